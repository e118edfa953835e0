/**
 * An app shell: the page shows a title and loading placeholders, and the posting is in its
 * <noscript> fallback for browsers without JavaScript. The largest fallback is read as the
 * page's body like a JSON-LD description (json-ld-body.ts). In a browser with scripts on, a
 * <noscript> holds its markup as text; its innerHTML is that markup either way.
 */
import { carriedBodyLines } from './json-ld-body';
import type { WalkedLine } from './page-lines';

export function noscriptBodyLines(doc: Document, pageLines: readonly WalkedLine[]): WalkedLine[] {
  const fallbacks = Array.from(doc.body?.getElementsByTagName('noscript') ?? []).map((el) => el.innerHTML);
  const html = fallbacks.reduce((a, b) => (b.length > a.length ? b : a), '');
  return html.length < 400 ? [] : carriedBodyLines(doc, html, pageLines);
}
