/**
 * Where a figure may wrap on paper. The shared formatter binds a number to its unit with a no-break space
 * ("438 helårspersoner"), which is right on screen. A spelled-out unit is wider than the printed pack's
 * columns (A4, fixed widths), and the figure ran into the next column's text ("438 helårspersoner" over
 * "Fald på 15 %" in as2015's pack). A word of a unit may go to the next line; a sign or an abbreviation
 * ("%", "kr.") stays with its number. The text is unchanged: the pack puts a line-break opportunity (<wbr>)
 * between the parts.
 */
export function paperBreaks(text: string): string[] {
  return text.split(/(?<=\u00a0)(?=\p{L}{3})/u);
}
