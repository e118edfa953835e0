/**
 * How much of a page the reading carries: the walker cuts to these caps in the tab, and
 * the schema (page-reading.ts) checks them in the background. A page over a cap is read
 * cut short, never refused. No Zod here: the capture script imports this.
 */

/** Lines in one reading. */
export const MAX_LINES = 200_000;

/** Characters in one line, cell or part: a page whose text has no breaks is one huge line. */
export const MAX_LINE_TEXT = 20_000;

/** Cut a text to the line cap. */
export function capText(text: string): string {
  return text.length > MAX_LINE_TEXT ? text.slice(0, MAX_LINE_TEXT) : text;
}
