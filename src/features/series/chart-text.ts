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

export const LEGEND_LINE = 15;
export const NARROW_LEGEND_GAP = 8;

/**
 * Room under the plot for the legend on a narrow screen, an entry a row with as many lines as its wrapped
 * name has; the chart is taller by as much. An entry a row: in rows of two, ECharts centres a name of
 * several lines on its symbol and lays the row out by its top, so the name reached up into the row above.
 */
export function narrowLegendHeight(names: readonly string[]): number {
  const lines = names.reduce((sum, name) => sum + wrapText(name, LEGEND_CHARS).split('\n').length, 0);
  return 28 + lines * LEGEND_LINE + names.length * NARROW_LEGEND_GAP;
}
