/**
 * The half of extraction that needs the DOM: one walk over the live page into lines of
 * text that know what they are (heading, list item, table row, hidden, noise, inside
 * Readability's article), plus what the head and the images say. Runs in the tab, injected
 * on the user's click, so it stays small; everything it returns is plain data
 * (page-reading.ts) that posting-from-page.ts understands without a DOM.
 */
import { squash } from '../parse/text';
import { articleLines, fitsReadability } from './article';
import { brokerOf, isSiteName } from './broker';
import { textUpTo } from './element-text';
import { jsonLdBodyLines } from './json-ld-body';
import { noscriptBodyLines } from './noscript-body';
import type { PageHead, PageLine, PageReading } from './page-reading';
import { type LongList, type WalkedLine, walkPage } from './page-lines';
import { MAX_LINES } from './reading-caps';

export function readPage(doc: Document, url: string): PageReading {
  // linkedom throws on `head` when there is no root element; a browser never has none.
  if (!doc.documentElement) {
    return { url, head: { meta: {} }, jsonLd: [], lines: [], listedPostings: 0, imageAlts: [], articleSkipped: false };
  }
  const head = readHead(doc);
  const broker = brokerOf(head, url);
  const page = walkPage(doc, { isSiteName: (name) => isSiteName(name, broker) });
  // Readability is super-linear on deep nesting and slow on huge pages; it runs in the
  // user's tab, so such pages go without it (the description then takes the page's text).
  const articleSkipped = !fitsReadability(page);
  const article = articleSkipped ? null : articleLines(doc, page);
  const inKeptList = keptListLines(page.lines.length, article?.lists ?? []);
  const partsOf = inlineParts();
  const jsonLd = [...readJsonLd(doc.head), ...page.jsonLd.map((s) => s.textContent ?? '')];
  const toLine = (line: WalkedLine, article: boolean): PageLine => ({
    text: line.text,
    heading: line.heading,
    item: line.item,
    depth: line.depth,
    cells: line.cells,
    noise: line.noise,
    hidden: line.hidden,
    bold: line.bold,
    parts: line.cells ? null : partsOf(line.el, line.text),
    article,
  });
  // A page over the line cap is read cut short rather than refused.
  const lines = page.lines.slice(0, MAX_LINES).map((line, i) => toLine(line, (article?.texts.has(line.text) ?? false) || (inKeptList[i] && !line.hidden)));
  // A thin page whose JSON-LD carries the posting: its description is the body; else an app
  // shell whose <noscript> fallback does.
  const carried = jsonLdBodyLines(doc, jsonLd, page.lines);
  const body = carried.length ? carried : noscriptBodyLines(doc, page.lines);
  for (const line of body.slice(0, MAX_LINES - lines.length)) lines.push(toLine(line, true));
  return {
    url,
    head,
    jsonLd,
    lines,
    listedPostings: page.listedPostings,
    imageAlts: page.images
      .filter(({ noise, chrome }) => !noise && !chrome)
      .map(({ el }) => squash(el.getAttribute('alt') ?? ''))
      .filter(Boolean),
    articleSkipped,
  };
}

/** Which lines belong to the tails of the long lists the article kept (see LongList). */
function keptListLines(count: number, lists: LongList[]): boolean[] {
  // Lists can nest: count how many are open at each line rather than mark each range.
  const opens = new Int32Array(count + 1);
  for (const { from, to } of lists) {
    opens[from]++;
    opens[to]--;
  }
  const inside: boolean[] = new Array(count);
  for (let i = 0, open = 0; i < count; i++) inside[i] = (open += opens[i]) > 0;
  return inside;
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
 * Text read from one element's children for its parts. Parts serve chips (fact-chips.ts:
 * lines of at most 160 characters, chips of at most 40); children holding more than this
 * are not a row of chips.
 */
const MAX_PARTS_TEXT = 4000;

/**
 * Chips set as inline elements on one line ("<span>Arnhem</span> <span>32 uur</span>"):
 * the texts of the line's inline children when there are several and they make up the
 * line. One answer per block element (several lines can share one). Only as much text is
 * read as chips can take: an element's whole text, asked for at every level of a deeply
 * nested page, would be quadratic.
 */
function inlineParts(): (el: Element, text: string) => string[] | null {
  const cache = new Map<Element, string[] | null>();
  const BLOCKISH = /^(?:p|div|ul|ol|li|table|t[rdh]|h[1-6]|section)$/i;
  return (el, text) => {
    // Fewer than two element children: no parts (most lines), without a look-up.
    if (!el.firstElementChild?.nextElementSibling) return null;
    let parts = cache.get(el);
    if (parts === undefined) {
      // Asked once per element: lines that share one (a paragraph of <br> lines) would
      // otherwise list its children once per line.
      const children: Element[] = [];
      for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
      parts = children.every((c) => !BLOCKISH.test(c.tagName)) ? childTexts(children) : null;
      cache.set(el, parts);
    }
    return parts && parts.length >= 2 && parts.join(' ').length >= text.length - 2 ? parts : null;
  };
}

/** The children's texts, or null when together they run over MAX_PARTS_TEXT. */
function childTexts(children: Element[]): string[] | null {
  const texts: string[] = [];
  let total = 0;
  for (const c of children) {
    const text = squash(textUpTo(c, MAX_PARTS_TEXT - total));
    total += text.length;
    if (total > MAX_PARTS_TEXT) return null;
    if (text) texts.push(text);
  }
  return texts;
}
