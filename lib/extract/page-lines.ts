/**
 * The page as the extractor reads it: one pass over the DOM turns it into lines of
 * text, each knowing whether it is a heading, a list item or a table row, and whether
 * it sits in noise (navigation, related postings, …) or in hidden markup. Every later
 * step works on these lines, which is what keeps extraction linear in page size.
 */
import { squash } from '../parse/text';
import { type ElementAttributes, readAttributes } from './element-attributes';
import { findElements } from './find-elements';
import { labelField } from './labels';
import { SKIPPED_TAGS, isHiddenElement, isNoiseElement, isNoiseHeading } from './noise';
import { markNoiseSections, sectionOf } from './noise-sections';
import type { PageLine } from './page-reading';

/**
 * A line as the walk produces it: the reading's line (see page-reading.ts) and the block
 * element it came from. The element never leaves the tab; read-page.ts turns walked
 * lines into plain data.
 */
export interface WalkedLine extends Omit<PageLine, 'parts' | 'article'> {
  /** Block element the text belongs to (the row for table rows). */
  el: Element;
}

interface Context {
  noise: boolean;
  hidden: boolean;
  inContent: boolean;
  bold: boolean;
  depth: number;
  heading: number;
  item: boolean;
  block: Element;
}

interface Stats {
  chars: number;
  links: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'legend', 'label',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE_BREAKS = new Set(['br', 'ul', 'ol', 'table', 'p', 'div', 'li']);
const LIST_BREAKS = new Set(['ul', 'ol', 'li', 'table', 'dl']);
const BULLET = /^[•·\-–—*▪◦●○■□►▶✓✔➤→]\s*/;
const NUMBERED = /^(?:\(?[a-z]?\d{1,2}[.)]|[A-Z]{1,3}\s?-?\d{1,2}(?:\.\d{1,2})?[.:)]?)\s+\S/;
/** Text that looks like a posting card: money, hours or a date. */
const CARD_FACT = /€|\beur\b|\d\s*(?:uur|uren|hrs|hours|u\/w|p\/w)\b|p\/u|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\b\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)/i;
const MAX_DEPTH = 400;

/** Turn a document (or one element of it, such as Readability's article) into lines. */
export function readPageLines(root: Document | Element): WalkedLine[] {
  return walkPage(root).lines;
}

export interface PageOptions {
  /** Recognises the portal's own name (for "Over <portal>" blocks). */
  isSiteName?: (name: string) => boolean;
}

export interface PageModel {
  lines: WalkedLine[];
  /** Cards of other postings found in lists (search results, related postings). */
  listedPostings: number;
  /** Outermost noise elements (navigation, related postings, banners). */
  noiseElements: Element[];
  /** Outermost hidden elements. */
  hiddenElements: Element[];
  /** Scripts, styles, SVG, … in the body. */
  skippedElements: Element[];
  /** `<script type="application/ld+json">` elements in the body. */
  jsonLd: Element[];
  /** Images, and whether they sit in noise (for "Logo van Gemeente X"). */
  images: { el: Element; noise: boolean }[];
}

/** Lines plus what the page says about itself as a whole. */
export function walkPage(root: Document | Element, options: PageOptions = {}): PageModel {
  const body = 'body' in root ? (root.body ?? root.documentElement) : root;
  if (!body) return { lines: [], listedPostings: 0, noiseElements: [], hiddenElements: [], skippedElements: [], jsonLd: [], images: [] };
  const isSiteName = options.isSiteName ?? (() => false);
  const walker = new LineWalker(body, isSiteName);
  walker.visit(body, {
    noise: false, hidden: false, inContent: false, bold: false, depth: 0, heading: 0, item: false, block: body,
  }, 0);
  walker.flush();
  markNoiseSections(walker.lines, isSiteName);
  const { lines, listedPostings, noiseElements, hiddenElements, skippedElements, jsonLd, images } = walker;
  return { lines, listedPostings, noiseElements, hiddenElements, skippedElements, jsonLd, images };
}

class LineWalker {
  lines: WalkedLine[] = [];
  listedPostings = 0;
  /** Outermost elements found to be noise, so a copy of the page can leave them out. */
  noiseElements: Element[] = [];
  /** Outermost hidden elements (tab panels, mobile copies). */
  hiddenElements: Element[] = [];
  /** Scripts, styles, SVG and the like: never text. */
  skippedElements: Element[] = [];
  jsonLd: Element[] = [];
  images: { el: Element; noise: boolean }[] = [];
  private buf = '';
  private boldChars = 0;
  private chars = 0;
  private bufCtx: Context | null = null;
  private protectedEls = new Set<Element>();
  private noiseRoots = new Set<Element>();

  constructor(root: Element, isSiteName: (name: string) => boolean) {
    // The posting's own heading and everything around it can never be noise.
    const headings = findElements(root, HEADING_TAGS);
    for (const h1 of headings.filter((h) => h.tagName.toLowerCase() === 'h1')) {
      for (let e: Element | null = h1; e; e = e.parentElement) this.protectedEls.add(e);
    }
    for (const h of headings) {
      if (h.tagName.toLowerCase() === 'h1') continue;
      const section = isNoiseHeading(h.textContent ?? '', isSiteName) ? sectionOf(h) : null;
      if (section) this.noiseRoots.add(section);
    }
  }

  flush(): void {
    const ctx = this.bufCtx;
    const text = squash(this.buf);
    if (ctx && text) {
      const bullet = BULLET.test(text) || NUMBERED.test(text);
      const bold = this.chars > 0 && this.boldChars >= this.chars * 0.9;
      const pseudoHeading = ctx.heading === 0 && bold && !ctx.item && text.length <= 80 && !/[.;,]$/.test(text);
      this.lines.push({
        text,
        el: ctx.block,
        heading: ctx.heading || (pseudoHeading ? 7 : 0),
        item: ctx.item || bullet,
        depth: ctx.depth,
        cells: null,
        noise: ctx.noise,
        hidden: ctx.hidden,
        bold,
      });
    }
    this.buf = '';
    this.boldChars = 0;
    this.chars = 0;
    this.bufCtx = null;
  }

  private append(text: string, ctx: Context): void {
    if (!this.bufCtx) {
      if (!text.trim()) return;
      this.bufCtx = ctx;
    }
    this.buf += text;
    const n = text.replace(/\s+/g, '').length;
    this.chars += n;
    if (ctx.bold) this.boldChars += n;
  }

  visit(el: Element, parent: Context, level: number): Stats {
    const tag = el.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) {
      this.skippedElements.push(el);
      if (tag === 'script' && readAttributes(el).type === 'application/ld+json') this.jsonLd.push(el);
      return { chars: 0, links: 0 };
    }
    if (tag === 'img') this.images.push({ el, noise: parent.noise });
    if (tag === 'br') {
      this.flush();
      return { chars: 0, links: 0 };
    }
    // Inside a list item only nested lists and tables break lines: "<li><span>E1</span><p>…</p></li>"
    // is one requirement, not a code and a paragraph.
    const block = BLOCK_TAGS.has(tag) && !(parent.item && !LIST_BREAKS.has(tag));
    if (BLOCK_TAGS.has(tag) && !block) this.append(' ', parent);
    const isProtected = this.protectedEls.has(el);
    const attrs = readAttributes(el);
    const noise =
      parent.noise || (!isProtected && (this.noiseRoots.has(el) || isNoiseElement(el, parent.inContent, attrs)));
    if (noise && !parent.noise) {
      this.noiseElements.push(el);
      // Nothing in noise is ever read, so its subtree is not walked (a related-postings block
      // or a mega-menu can be most of a large page). Headers and footers are walked: pages
      // put their JSON-LD there.
      if (tag !== 'header' && tag !== 'footer') {
        if (BLOCK_TAGS.has(tag)) this.flush();
        return { chars: 0, links: 0 };
      }
    }
    const hidden = parent.hidden || isHiddenElement(attrs);
    if (hidden && !parent.hidden && !noise) this.hiddenElements.push(el);
    const ctx: Context = {
      noise,
      hidden,
      inContent: parent.inContent || tag === 'main' || tag === 'article' || attrs.role === 'main',
      bold: parent.bold || tag === 'b' || tag === 'strong' || (attrs.style !== '' && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attrs.style)),
      depth: parent.depth + (tag === 'ul' || tag === 'ol' ? 1 : 0),
      heading: headingRank(tag, attrs) || (block ? 0 : parent.heading),
      item: tag === 'li' || (parent.item && !LIST_BREAKS.has(tag)),
      block: block ? el : parent.block,
    };
    if (block) this.flush();
    if (tag === 'table' && isDataTable(el)) return this.visitTable(el, ctx);
    if (attrs.role === 'tabpanel') this.emitTabLabel(el, ctx);

    const start = this.lines.length;
    let stats: Stats = { chars: 0, links: tag === 'a' && isLink(attrs.href) ? 1 : 0 };
    const childStats: Stats[] = [];
    if (level > MAX_DEPTH) {
      this.append(el.textContent ?? '', ctx);
    } else {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = (child as Text).data;
          this.append(data, ctx);
          stats.chars += data.trim().length;
        } else if (child.nodeType === 1) {
          const before = this.lines.length;
          const labelFirst = this.buf.trim() === '' ? this.buf.length : -1;
          const s = this.visit(child as Element, ctx, level + 1);
          if (labelFirst >= 0 && this.lines.length === before) this.separateInlineLabel(labelFirst, child);
          stats = { chars: stats.chars + s.chars, links: stats.links + s.links };
          if (s.chars > 0) childStats.push({ ...s, links: s.links > 0 && this.hasCardFact(before) ? s.links : 0 });
        }
      }
    }
    if (block) this.flush();
    const cards = postingCards(childStats);
    if (!noise && !isProtected && cards > 0) {
      this.listedPostings += cards;
      this.noiseElements.push(el);
      for (let i = start; i < this.lines.length; i++) this.lines[i].noise = true;
    }
    return stats;
  }

  /**
   * "<span>Location</span><span>Groningen</span>" reads as "LocationGroningen" in the DOM text.
   * An inline label that opens its line and is followed by more content gets a colon.
   */
  private separateInlineLabel(from: number, el: Node): void {
    const label = this.buf.slice(from).trim();
    if (label.length === 0 || label.length > 50 || /[:：]$/.test(label) || !labelField(label)) return;
    for (let next = el.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 1 && LINE_BREAKS.has((next as Element).tagName.toLowerCase())) return;
      if ((next.textContent ?? '').trim()) {
        this.buf = `${this.buf.trimEnd()}: `;
        return;
      }
    }
  }

  /** Did the lines since `from` state a rate, hours or a date (a posting card does)? */
  private hasCardFact(from: number): boolean {
    let text = this.buf;
    for (let i = from; i < this.lines.length && text.length < 800; i++) text += ` ${this.lines[i].text}`;
    return text.length < 800 && CARD_FACT.test(text);
  }

  private visitTable(table: Element, ctx: Context): Stats {
    let chars = 0;
    const first = this.lines.length;
    let cardRows = 0;
    let rows = 0;
    const caption = table.querySelector('caption');
    if (caption) this.pushLine(squash(textOf(caption)), { ...ctx, heading: 7, block: caption });
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const cells = Array.from(row.children)
        .filter((c) => /^t[dh]$/i.test(c.tagName))
        .map((c) => squash(textOf(c)));
      if (cells.every((c) => c === '')) continue;
      chars += cells.join('').length;
      rows++;
      const rowText = cells.join(' ');
      if (rowText.length < 700 && CARD_FACT.test(rowText) && Array.from(row.querySelectorAll('a')).some((a) => isLink(readAttributes(a).href))) cardRows++;
      const rowHidden = ctx.hidden || isHiddenElement(readAttributes(row));
      const headerRow = Array.from(row.children).every((c) => c.tagName.toLowerCase() === 'th') && cells.length > 1;
      this.lines.push({
        text: cells.filter(Boolean).join(' | '),
        el: row,
        heading: headerRow ? 7 : 0,
        item: !headerRow,
        depth: ctx.depth,
        cells,
        noise: ctx.noise,
        hidden: rowHidden,
        bold: headerRow,
      });
    }
    // A table whose rows each link to another posting with its own facts is a list of postings.
    if (!ctx.noise && cardRows >= 2 && cardRows * 2 >= rows) {
      for (let i = first; i < this.lines.length; i++) this.lines[i].noise = true;
      this.listedPostings += cardRows;
      this.noiseElements.push(table);
    }
    return { chars, links: 0 };
  }

  /** A tab panel's heading is often only in its tab; give the panel that heading. */
  private emitTabLabel(panel: Element, ctx: Context): void {
    const doc = panel.ownerDocument;
    const ids = (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    let label = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    if (!label.trim() && panel.id) {
      const tab = doc.querySelector(`[aria-controls="${CSS_escape(panel.id)}"]`);
      label = tab?.textContent ?? '';
    }
    label = label || panel.getAttribute('aria-label') || '';
    if (squash(label)) this.pushLine(squash(label), { ...ctx, heading: 2 });
  }

  private pushLine(text: string, ctx: Context): void {
    if (!text) return;
    this.lines.push({
      text, el: ctx.block, heading: ctx.heading, item: false, depth: ctx.depth, cells: null,
      noise: ctx.noise, hidden: ctx.hidden, bold: ctx.heading > 0,
    });
  }
}

function CSS_escape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

function isLink(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && !href.startsWith('mailto:') && !href.startsWith('tel:');
}

function headingRank(tag: string, attrs: ElementAttributes): number {
  if (/^h[1-6]$/.test(tag)) return Number(tag[1]);
  if (attrs.role === 'heading') return Math.min(6, Math.max(1, Number(attrs.ariaLevel) || 2));
  if (tag === 'dt' || tag === 'summary' || tag === 'legend') return 7;
  return 0;
}

/** How many children look like posting cards (a link plus a rate, hours or date); 0 unless most do. */
function postingCards(children: Stats[]): number {
  const cards = children.filter((s) => s.links > 0 && s.chars >= 30 && s.chars < 700).length;
  return cards >= 2 && cards * 2 >= children.length ? cards : 0;
}

/** A table that holds data (rows of cells) rather than page layout. */
function isDataTable(table: Element): boolean {
  return !table.querySelector('table, h1, h2, h3, ul, ol, form, article, section');
}

/** Visible-ish text of an element, skipping scripts and styles; <br> and blocks become spaces. */
export function textOf(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += (c as Text).data;
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'br' || BLOCK_TAGS.has(tag)) out += ' ';
      out += textOf(c as Element);
      if (BLOCK_TAGS.has(tag)) out += ' ';
    }
  }
  return out;
}
