/**
 * An app shell: the page shows a title and loading placeholders, and the posting is in its
 * <noscript> fallback for browsers without JavaScript. When the page shows less than half of
 * that text, the fallback is read like the page's own body (as json-ld-body.ts reads a
 * JSON-LD description): parsed into an inert document and walked. In a browser with
 * scripts on, a <noscript> holds its markup as text; its innerHTML is that markup either way.
 */
import { squash } from '../parse/text';
import { type WalkedLine, walkPage } from './page-lines';

export function noscriptBodyLines(doc: Document, pageLines: readonly WalkedLine[]): WalkedLine[] {
  const fallbacks = Array.from(doc.body?.getElementsByTagName('noscript') ?? []).map((el) => el.innerHTML);
  const html = fallbacks.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (html.length < 400) return [];
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return [];
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const shown = pageLines.reduce((n, l) => n + (l.noise ? 0 : l.text.length), 0);
  const carried = squash(parsed.body?.textContent ?? '').length;
  if (carried < 200 || shown >= carried / 2) return [];
  return walkPage(parsed).lines;
}
