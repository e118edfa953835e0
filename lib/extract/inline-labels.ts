/**
 * Inline labels: "<span>Location</span><span>Groningen</span>" reads as "LocationGroningen"
 * in the DOM text. The page walk (in the tab) leaves a mark after a short inline element
 * that opens its line; here, without a DOM, the mark becomes ": " when that element was a
 * label ("Location: Groningen") and goes away when it was not, leaving the text as written.
 */
import { INLINE_LABEL_MARK } from './inline-label-mark';
import { labelField } from './labels';
import type { PageLine } from './page-reading';

export function resolveInlineLabels(line: PageLine): PageLine {
  const at = line.text.indexOf(INLINE_LABEL_MARK);
  if (at === -1) return line;
  const label = line.text.slice(0, at);
  const rest = line.text.slice(at + 1).replaceAll(INLINE_LABEL_MARK, '');
  const text = labelField(label.trim()) ? `${label.trimEnd()}: ${rest.trimStart()}` : `${label}${rest}`;
  return { ...line, text };
}
