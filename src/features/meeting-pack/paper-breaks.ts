/**
 * Where a figure may wrap on paper. The shared formatter binds a number to its unit with a no-break space
 * ("438 helårspersoner"), which is right on screen. A spelled-out unit is wider than the printed pack's
 * columns (A4, fixed widths), and the figure ran into the next column's text ("438 helårspersoner" over
 * "Fald på 15 %" in as2015's pack). A word of a unit may go to the next line; a sign or an abbreviation
 * ("%", "kr.") stays with its number. The pack puts a line-break opportunity (<wbr>) between the parts.
 *
 * A compound unit wider than its column ("fuldtidspersoner" in bp2020's pack) breaks at its joint with a
 * hyphen, as Danish hyphenates it ("fuldtids-personer"), not wherever the column ends ("fuldtidsperson|er"):
 * a soft hyphen, which shows only where the line breaks. The browser's own hyphenation needs a Danish
 * dictionary it may not have.
 */
export function paperBreaks(text: string): string[] {
  return text.replace(UNIT_JOINT, '\u00ad').split(/(?<=\u00a0)(?=\p{L}{3})/u);
}

/** Inside a word, before the last part of a compound unit: fuldtids|personer, helårs|personer, procent|point. */
const UNIT_JOINT = /(?<=\p{L}{3})(?=(?:personer|point)(?!\p{L}))/gu;
