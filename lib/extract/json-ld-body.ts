/**
 * Thin pages: some portals show only a title and a login wall, or render the body later,
 * while their JSON-LD carries the whole posting in `description` (Bij Oranje, Jobbird).
 * When the page shows less than half of that text, the description is read like the
 * page's own body: its labels, lists and requirement sections count. It is parsed with
 * DOMParser into an inert document (no scripts run, nothing loads) and walked like a page.
 */
import { squash } from '../parse/text';
import { type WalkedLine, walkPage } from './page-lines';
import { jobPostingsIn } from './json-ld';

export function jsonLdBodyLines(doc: Document, jsonLd: readonly string[], pageLines: readonly WalkedLine[]): WalkedLine[] {
  const description = jobPostingsIn(jsonLd).map((job) => job.description).find((d): d is string => typeof d === 'string' && d.trim() !== '');
  if (!description) return [];
  const html = /<[a-z][^>]*>/i.test(description) ? description : plainTextAsHtml(description);
  return carriedBodyLines(doc, html, pageLines);
}

/**
 * A posting's body that the page carries as markup (a JSON-LD description, a <noscript>
 * fallback), walked like the page's own body when the page shows less than half of its text.
 * Parsed with DOMParser into an inert document: no scripts run, nothing loads.
 */
export function carriedBodyLines(doc: Document, html: string, pageLines: readonly WalkedLine[]): WalkedLine[] {
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return [];
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const shown = pageLines.reduce((n, l) => n + (l.noise ? 0 : l.text.length), 0);
  const carried = squash(parsed.body?.textContent ?? '').length;
  if (carried < 200 || shown >= carried / 2) return [];
  return walkPage(parsed).lines;
}

/**
 * Plain text with line breaks as the HTML a page would use: blank lines separate blocks;
 * in a block of several short lines the first is its heading and the rest its list
 * ("Competenties\nAnalytisch sterk\nResultaatgericht …").
 */
function plainTextAsHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((l) => squash(l)).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const [first, ...rest] = lines.map(escape);
      const heading = rest.length > 0 && first.length <= 60 && !/[.;,]$/.test(first);
      if (!heading) return lines.map((l) => `<p>${escape(l)}</p>`).join('');
      const list = rest.length >= 2 && rest.every((l) => l.length <= 200);
      return `<h3>${first}</h3>${list ? `<ul>${rest.map((l) => `<li>${l}</li>`).join('')}</ul>` : rest.map((l) => `<p>${l}</p>`).join('')}`;
    })
    .join('\n');
}
