/**
 * The half of extraction that needs the DOM: one walk over the live page into lines of
 * text that know what they are (heading, list item, table row, hidden, noise, inside
 * Readability's article), plus what the head and the images say. Runs in the tab, injected
 * on the user's click, so it stays small; everything it returns is plain data
 * (page-reading.ts) that posting-from-page.ts understands without a DOM.
 */
import { squash } from '../parse/text';
import { articleLineTexts } from './article';
import { brokerOf, isSiteName } from './broker';
import { jsonLdBodyLines } from './json-ld-body';
import type { PageHead, PageLine, PageReading } from './page-reading';
import { walkPage } from './page-lines';

export function readPage(doc: Document, url: string): PageReading {
  // linkedom throws on `head` when there is no root element; a browser never has none.
  if (!doc.documentElement) return { url, head: { meta: {} }, jsonLd: [], lines: [], listedPostings: 0, imageAlts: [] };
  const head = readHead(doc);
  const broker = brokerOf(head, url);
  const page = walkPage(doc, { isSiteName: (name) => isSiteName(name, broker) });
  const inArticle = articleLineTexts(doc, page);
  const partsOf = inlineParts();
  const jsonLd = [...readJsonLd(doc.head), ...page.jsonLd.map((s) => s.textContent ?? '')];
  const lines = page.lines.map(({ el, ...line }): PageLine => ({
    ...line,
    parts: line.cells ? null : partsOf(el, line.text),
    article: inArticle?.has(line.text) ?? false,
  }));
  // A thin page whose JSON-LD carries the posting: its description is the body.
  for (const { el, ...line } of jsonLdBodyLines(doc, jsonLd, page.lines)) lines.push({ ...line, parts: line.cells ? null : partsOf(el, line.text), article: true });
  return {
    url,
    head,
    jsonLd,
    lines,
    listedPostings: page.listedPostings,
    imageAlts: page.images
      .filter(({ el, noise }) => !noise && !inSiteChrome(el))
      .map(({ el }) => squash(el.getAttribute('alt') ?? ''))
      .filter(Boolean),
  };
}

/** Read the head by its own children: a selector query would walk the whole (large) page. */
export function readHead(doc: Document): PageHead {
  const head: PageHead = { meta: {} };
  for (const el of Array.from(doc.head?.children ?? [])) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'meta') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase();
      const content = el.getAttribute('content');
      if (key && content && !Object.hasOwn(head.meta, key)) head.meta[key] = squash(content);
    } else if (tag === 'title') head.title = squash(el.textContent ?? '') || undefined;
    else if (tag === 'link' && /\bcanonical\b/i.test(el.getAttribute('rel') ?? '')) head.canonical = el.getAttribute('href') ?? undefined;
  }
  return head;
}

function readJsonLd(head: HTMLHeadElement | null): string[] {
  return Array.from(head?.children ?? [])
    .filter((el) => el.tagName.toLowerCase() === 'script' && el.getAttribute('type') === 'application/ld+json')
    .map((el) => el.textContent ?? '');
}

/**
 * Chips set as inline elements on one line ("<span>Arnhem</span> <span>32 uur</span>"):
 * the texts of the line's inline children when there are several and they make up the
 * line. One answer per block element (several lines can share one).
 */
function inlineParts(): (el: Element, text: string) => string[] | null {
  const cache = new Map<Element, string[] | null>();
  const BLOCKISH = /^(?:p|div|ul|ol|li|table|t[rdh]|h[1-6]|section)$/i;
  return (el, text) => {
    if (el.children.length < 2) return null;
    let parts = cache.get(el);
    if (parts === undefined) {
      const children = Array.from(el.children);
      parts = children.every((c) => !BLOCKISH.test(c.tagName)) ? children.map((c) => squash(c.textContent ?? '')).filter(Boolean) : null;
      cache.set(el, parts);
    }
    return parts && parts.length >= 2 && parts.join(' ').length >= text.length - 2 ? parts : null;
  };
}

/** The site's own logo sits in its header or navigation, also outside <nav> markup. */
function inSiteChrome(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (/^(?:nav|footer|header|aside)$/i.test(e.tagName)) return true;
  return false;
}
