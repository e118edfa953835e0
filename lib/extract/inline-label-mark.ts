/**
 * The mark the page walk leaves after an inline element that may be a label (see
 * inline-labels.ts). Its own module so the capture script carries it without the label
 * vocabulary.
 */

/** U+2063 INVISIBLE SEPARATOR: never in page text that matters, and not white space to squash(). */
export const INLINE_LABEL_MARK = '\u2063';

/** The text as written, without label marks. */
export function unmarked(text: string): string {
  return text.includes(INLINE_LABEL_MARK) ? text.replaceAll(INLINE_LABEL_MARK, '') : text;
}
