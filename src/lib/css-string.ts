/**
 * Text as a CSS string literal ("…"), for `content:` in generated CSS (the
 * printed pack's page margins). Quotes, backslashes, line breaks and angle
 * brackets are escaped, so a plan title can never end the string or the rule.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
