/** Text on the chart itself: Danish axis dates and legend names wrapped to fit beside the plot. */

export const LEGEND_CHARS = 32;

/** Breaks text into lines of at most `max` characters, at spaces; a longer word keeps its own line. */
export function wrapText(text: string, max: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
