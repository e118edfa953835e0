/**
 * The page as the extractor reads it: one pass over the DOM turns it into lines of
 * text, each knowing whether it is a heading, a list item or a table row, and whether
 * it sits in noise (navigation, related postings, …) or in hidden markup. Every later
 * step works on these lines, which is what keeps extraction linear in page size.
 *
 * The walk is iterative (a stack of frames, not recursion), so a page nested thousands
 * of levels deep is read whole and in full structure, and never overflows the stack.
 */
import { squash } from '../parse/text';
import { type ElementAttributes, readAttributes } from './element-attributes';
import { hasText, rawTextUpTo, textOf } from './element-text';
import { findElements, tagOf } from './find-elements';
import { INLINE_LABEL_MARK, unmarked } from './inline-label-mark';
import { SKIPPED_TAGS, isHiddenElement, isNoiseElement, isNoiseHeading } from './noise';
import { markNoiseSections, sectionOf } from './noise-sections';
import type { PageLine } from './page-reading';
import { capText } from './reading-caps';

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
  /** Beyond the first items of a long list: left out of Readability's copy (see LongList). */
  cut: boolean;
  /** Inside nav, header, footer or aside: the site's own chrome (for logos). */
  chrome: boolean;
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

/** An element being walked: its context, what its children added up to, and where the walk is. */
interface Frame {
  el: Element;
  ctx: Context;
  block: boolean;
  noise: boolean;
  isProtected: boolean;
  /** Its place in document order (see LineWalker.inside). */
  order: number;
  /** Lines before it. */
  start: number;
  stats: Stats;
  childStats: Stats[];
  /** The next child to walk. */
  next: ChildNode | null;
  /** Element children met so far. */
  elementChildren: number;
  /** The element child being walked, the lines before it, and where an inline label in it would start. */
  child: Element | null;
  before: number;
  labelFirst: number;
}

/** A `<br>` inside a list item: where in the line it fell, the counts up to there, and the context after it. */
interface SoftBreak {
  at: number;
  chars: number;
  boldChars: number;
  ctx: Context | null;
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
/** What an element adds up to when its children are not walked (read-only: shared). */
const NOTHING: Readonly<Stats> = { chars: 0, links: 0 };
const CARD_FACT = /€|\beur\b|\d\s*(?:uur|uren|hrs|hours|u\/w|p\/w)\b|p\/u|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\b\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)/i;

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
  /** Images, whether they sit in noise and whether in the site's chrome (for "Logo van Gemeente X"). */
  images: PageImage[];
  /** How many elements, and how deep, Readability's copy of the page holds (see article.ts). */
  articleElements: number;
  articleDepth: number;
  /** Lists and tables too long to copy whole for Readability. */
  longLists: LongList[];
}

/**
 * Readability only needs to see that a list is there to judge where the article is, not
 * all of its items: its time grows faster than the list. Its copy of the page holds the
 * first CUT_AFTER items of a longer list; when the article keeps the list, the list's
 * lines (`from` up to `to`) are in the article, the items left out included.
 */
export interface LongList {
  el: Element;
  from: number;
  to: number;
}

/** Items of a long list that Readability's copy keeps. */
export const CUT_AFTER = 100;

export interface PageImage {
  el: Element;
  noise: boolean;
  /** Inside nav, header, footer or aside. */
  chrome: boolean;
}

/** Lines plus what the page says about itself as a whole. */
export function walkPage(root: Document | Element, options: PageOptions = {}): PageModel {
  const body = 'body' in root ? (root.body ?? root.documentElement) : root;
  const isSiteName = options.isSiteName ?? (() => false);
  const walker = new LineWalker(body, isSiteName);
  if (body) {
    walker.walk(body, {
      noise: false, cut: false, chrome: false, hidden: false, inContent: false, bold: false, depth: 0, heading: 0, item: false, block: body,
    });
    walker.flush();
    markNoiseSections(walker.lines, isSiteName, walker);
  }
  // The walker's public fields are the model (a copy of them would only add to the capture script).
  return walker;
}

class LineWalker implements PageModel {
  lines: WalkedLine[] = [];
  listedPostings = 0;
  /** Outermost elements found to be noise, so a copy of the page can leave them out. */
  noiseElements: Element[] = [];
  /** Outermost hidden elements (tab panels, mobile copies). */
  hiddenElements: Element[] = [];
  /** Scripts, styles, SVG and the like: never text. */
  skippedElements: Element[] = [];
  jsonLd: Element[] = [];
  images: PageImage[] = [];
  articleElements = 0;
  articleDepth = 0;
  longLists: LongList[] = [];
  private buf = '';
  private boldChars = 0;
  private chars = 0;
  private bufCtx: Context | null = null;
  private softBreaks: SoftBreak[] = [];
  private protectedEls = new Set<Element>();
  /** Elements with an h1 inside them. */
  private h1Holders = new Set<Element>();
  private noiseRoots = new Set<Element>();
  /** Document order of every element walked, and the order of the last element inside each. */
  private orderOf = new Map<Element, number>();
  private lastInside: number[] = [];
  private tabs: Map<string, Element> | null = null;

  constructor(root: Element | null, isSiteName: (name: string) => boolean) {
    // The posting's own heading and everything around it can never be noise. Climbing
    // stops at an element already known: its ancestors are known too.
    const headings = root ? findElements(root, HEADING_TAGS) : [];
    for (const h1 of headings.filter((h) => h.tagName.toLowerCase() === 'h1')) {
      this.protectedEls.add(h1);
      for (let e = h1.parentElement; e && !this.h1Holders.has(e); e = e.parentElement) this.h1Holders.add(e);
    }
    for (const e of this.h1Holders) this.protectedEls.add(e);
    for (const h of headings) {
      if (h.tagName.toLowerCase() === 'h1') continue;
      // A noise heading is short; reading more of a heading than that would only cost time.
      const section = isNoiseHeading(rawTextUpTo(h, 2000), isSiteName) ? sectionOf(h) : null;
      if (section) this.noiseRoots.add(section);
    }
  }

  /** Is `el` inside `container` (or the container itself)? Constant time for elements the walk met. */
  inside(container: Element, el: Element): boolean {
    const c = this.orderOf.get(container);
    const e = this.orderOf.get(el);
    if (c === undefined || e === undefined) return container.contains(el);
    return c <= e && e <= this.lastInside[c];
  }

  /** Does `el` hold an h1? */
  holdsH1(el: Element): boolean {
    return this.h1Holders.has(el);
  }

  flush(): void {
    const ctx = this.bufCtx;
    if (ctx && this.softBreaks.length) this.flushItem(ctx);
    else if (ctx) this.pushText(this.buf, ctx, this.chars, this.boldChars);
    this.buf = '';
    this.boldChars = 0;
    this.chars = 0;
    this.bufCtx = null;
    this.softBreaks = [];
  }

  /**
   * A list item with `<br>`s in it is one line ("… Windows 11, <br/> Powershell, Intune …"),
   * except where the text after a `<br>` starts with a bullet or an item code ("- ", "• ",
   * "1. ", "E2 "): some pages put a whole list in one item that way.
   */
  private flushItem(ctx: Context): void {
    let from = 0;
    let fromChars = 0;
    let fromBold = 0;
    let fromCtx = ctx;
    const breaks = this.softBreaks;
    for (let k = 0; k < breaks.length; k++) {
      const b = breaks[k];
      const after = unmarked(this.buf.slice(b.at, k + 1 < breaks.length ? breaks[k + 1].at : this.buf.length)).trim();
      if (!b.ctx || !(BULLET.test(after) || NUMBERED.test(after))) continue;
      this.pushText(this.buf.slice(from, b.at), fromCtx, b.chars - fromChars, b.boldChars - fromBold);
      from = b.at;
      fromChars = b.chars;
      fromBold = b.boldChars;
      fromCtx = b.ctx;
    }
    this.pushText(this.buf.slice(from), fromCtx, this.chars - fromChars, this.boldChars - fromBold);
  }

  private pushText(raw: string, ctx: Context, chars: number, boldChars: number): void {
    const text = capText(squash(raw));
    if (!text) return;
    // What the line is ("E1. …" an item) is read from its text as written, without the label mark.
    const plain = unmarked(text);
    const bullet = BULLET.test(plain) || NUMBERED.test(plain);
    const bold = chars > 0 && boldChars >= chars * 0.9;
    const pseudoHeading = ctx.heading === 0 && bold && !ctx.item && plain.length <= 80 && !/[.;,]$/.test(plain);
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

  private append(text: string, ctx: Context): void {
    if (!this.bufCtx) {
      if (!text.trim()) return;
      this.bufCtx = ctx;
    } else if (this.softBreaks.length && !this.softBreaks[this.softBreaks.length - 1].ctx && text.trim()) {
      this.softBreaks[this.softBreaks.length - 1].ctx = ctx;
    }
    this.buf += text;
    const n = text.replace(/\s+/g, '').length;
    this.chars += n;
    if (ctx.bold) this.boldChars += n;
  }

  /** Walk `root` and everything in it, one frame per open element. */
  walk(root: Element, ctx: Context): void {
    const first = this.enter(root, ctx, 0, ctx.cut);
    if (!('el' in first)) return;
    const frames: Frame[] = [first];
    while (frames.length) {
      const f = frames[frames.length - 1];
      const child = f.next;
      if (!child) {
        frames.pop();
        const stats = this.leave(f);
        if (frames.length) this.childDone(frames[frames.length - 1], stats);
        continue;
      }
      f.next = child.nextSibling;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        this.append(data, f.ctx);
        f.stats.chars += data.trim().length;
      } else if (child.nodeType === 1) {
        f.child = child as Element;
        f.before = this.lines.length;
        // An empty line so far: an inline label may open it (see separateInlineLabel).
        f.labelFirst = this.bufCtx ? -1 : this.buf.length;
        const entered = this.enter(child as Element, f.ctx, frames.length, f.ctx.cut || ++f.elementChildren > CUT_AFTER);
        if ('el' in entered) frames.push(entered);
        else this.childDone(f, entered);
      }
    }
  }

  /** Start on an element: a frame to walk its children, or what it adds up to when they are not walked. */
  private enter(el: Element, parent: Context, level: number, cut: boolean): Frame | Stats {
    const order = this.orderOf.size;
    this.orderOf.set(el, order);
    this.lastInside[order] = order;
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) && !isDisclosureToggle(el, tag)) {
      this.skippedElements.push(el);
      if (tag === 'script' && readAttributes(el).type === 'application/ld+json') this.jsonLd.push(el);
      // A second <head> inside the body (Inhuurdesk's template): a browser drops the tag and
      // keeps its scripts in the body, so they are read here too, as in the extension.
      if (tag === 'head') for (const script of Array.from(el.getElementsByTagName('script'))) if (readAttributes(script).type === 'application/ld+json') this.jsonLd.push(script);
      return NOTHING;
    }
    if (tag === 'img') this.images.push({ el, noise: parent.noise, chrome: parent.chrome });
    if (tag === 'br') {
      // Inside a list item a <br> is a soft break (see flushItem); elsewhere it ends the line.
      if (parent.item && this.bufCtx) {
        this.softBreaks.push({ at: this.buf.length, chars: this.chars, boldChars: this.boldChars, ctx: null });
        this.buf += ' ';
      } else {
        this.flush();
      }
      return NOTHING;
    }
    // Inside a list item only nested lists and tables break lines: "<li><span>E1</span><p>…</p></li>"
    // is one requirement, not a code and a paragraph.
    const attrs = readAttributes(el);
    // ARIA lists of custom elements ("<mat-list role="list"><mat-list-item role="listitem">") are lists.
    const listRole = attrs.role === 'listitem' ? 'li' : attrs.role === 'list' ? 'ul' : null;
    const blockTag = BLOCK_TAGS.has(tag) || listRole !== null;
    const block = blockTag && !(parent.item && !LIST_BREAKS.has(listRole ?? tag));
    if (blockTag && !block) this.append(' ', parent);
    const isProtected = this.protectedEls.has(el);
    // An icon font's ligature ("<mat-icon>check_circle</mat-icon>", "<i class="material-icons">euro</i>"): a picture, not text.
    if (ICON_FONT.test(attrs.className)) return NOTHING;
    // Custom elements side by side ("<mat-panel-title>Wensen</mat-panel-title><mat-panel-description>3 …"): words apart.
    if (!block && tag.includes('-')) this.append(' ', parent);
    const noise =
      parent.noise || (!isProtected && (this.noiseRoots.has(el) || isNoiseElement(el, parent.inContent, attrs)));
    if (noise && !parent.noise) {
      this.noiseElements.push(el);
      // Nothing in noise is ever read, so its subtree is not walked (a related-postings block
      // or a mega-menu can be most of a large page). Headers and footers are walked: pages
      // put their JSON-LD there.
      if (tag !== 'header' && tag !== 'footer') {
        if (BLOCK_TAGS.has(tag)) this.flush();
        return NOTHING;
      }
    }
    const hidden = parent.hidden || isHiddenElement(attrs);
    if (hidden && !parent.hidden && !noise) this.hiddenElements.push(el);
    if (!noise && !hidden && !cut) {
      this.articleElements++;
      if (level > this.articleDepth) this.articleDepth = level;
    }
    const ctx: Context = {
      noise,
      cut,
      chrome: parent.chrome || tag === 'nav' || tag === 'footer' || tag === 'header' || tag === 'aside',
      hidden,
      inContent: parent.inContent || tag === 'main' || tag === 'article' || attrs.role === 'main',
      bold: parent.bold || tag === 'b' || tag === 'strong' || (attrs.style !== '' && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attrs.style)),
      depth: parent.depth + (tag === 'ul' || tag === 'ol' || listRole === 'ul' ? 1 : 0),
      heading: headingRank(tag, attrs) || (block ? 0 : parent.heading),
      item: tag === 'li' || listRole === 'li' || (parent.item && !LIST_BREAKS.has(listRole ?? tag)),
      block: block ? el : parent.block,
    };
    if (block) this.flush();
    const table = tag === 'table' ? dataTable(el) : null;
    if (table) {
      const stats = this.visitTable(table, ctx);
      this.lastInside[order] = this.orderOf.size - 1;
      return stats;
    }
    if (attrs.role === 'tabpanel') this.emitTabLabel(el, ctx);
    return {
      el, ctx, block, noise, isProtected, order,
      start: this.lines.length,
      stats: { chars: 0, links: tag === 'a' && isLink(attrs.href) ? 1 : 0 },
      childStats: [],
      next: el.firstChild,
      elementChildren: 0,
      child: null,
      before: 0,
      labelFirst: -1,
    };
  }

  /** A child element is done: add up what it held. */
  private childDone(f: Frame, s: Stats): void {
    if (f.labelFirst >= 0 && this.lines.length === f.before && f.child) this.separateInlineLabel(f.labelFirst, f.child);
    f.stats.chars += s.chars;
    f.stats.links += s.links;
    if (s.chars > 0) f.childStats.push({ chars: s.chars, links: s.links > 0 && this.hasCardFact(f.before) ? s.links : 0 });
  }

  /** All children are done: end the element's line and see whether it was a list of posting cards. */
  private leave(f: Frame): Stats {
    this.lastInside[f.order] = this.orderOf.size - 1;
    if (f.block) this.flush();
    if (!f.ctx.cut && f.elementChildren > CUT_AFTER) this.longLists.push({ el: f.el, from: f.start, to: this.lines.length });
    const cards = postingCards(f.childStats);
    if (!f.noise && !f.isProtected && cards > 0) {
      this.listedPostings += cards;
      this.noiseElements.push(f.el);
      for (let i = f.start; i < this.lines.length; i++) this.lines[i].noise = true;
    }
    return f.stats;
  }

  /**
   * "<span>Location</span><span>Groningen</span>" reads as "LocationGroningen" in the DOM text.
   * Where a short inline element opens its line and more content follows, a mark is left;
   * the background turns it into a colon when the element was a label (inline-labels.ts),
   * so the label vocabulary need not travel in this script.
   */
  private separateInlineLabel(from: number, el: Node): void {
    // A label is at most 50 characters; a longer stretch (a huge inline block) is not read for one.
    if (this.buf.length - from > 2000) return;
    const label = this.buf.slice(from).trim();
    if (label.length === 0 || label.length > 50 || /[:：]$/.test(label)) return;
    for (let next = el.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 1 && LINE_BREAKS.has((next as Element).tagName.toLowerCase())) return;
      if (hasText(next)) {
        this.buf += INLINE_LABEL_MARK;
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

  private visitTable({ table, caption, rows: rowEls }: DataTable, ctx: Context): Stats {
    let chars = 0;
    const first = this.lines.length;
    let cardRows = 0;
    let rows = 0;
    if (caption) {
      this.orderOf.set(caption, this.orderOf.size);
      this.pushLine(capText(squash(textOf(caption, BLOCK_TAGS))), { ...ctx, heading: 7, block: caption });
    }
    // Rows by the element that holds them (tbody), to cut long ones for Readability.
    const sections = new Map<Element | null, { rows: number; from: number; to: number }>();
    for (const row of rowEls) {
      this.orderOf.set(row, this.orderOf.size);
      let section = sections.get(row.parentElement);
      if (!section) sections.set(row.parentElement, (section = { rows: 0, from: this.lines.length, to: this.lines.length }));
      const cut = ctx.cut || ++section.rows > CUT_AFTER;
      const cellEls: Element[] = [];
      let allTh = true;
      for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
        const cellTag = tagOf(c);
        if (cellTag === 'td' || cellTag === 'th') cellEls.push(c);
        if (cellTag !== 'th') allTh = false;
      }
      const cells = cellEls.map((c) => capText(squash(textOf(c, BLOCK_TAGS))));
      if (cells.every((c) => c === '')) continue;
      const rowHidden = ctx.hidden || isHiddenElement(readAttributes(row));
      if (!ctx.noise && !rowHidden && !cut) this.articleElements += 1 + cellEls.length;
      chars += cells.reduce((n, c) => n + c.length, 0);
      rows++;
      const rowText = cells.join(' ');
      if (rowText.length < 700 && CARD_FACT.test(rowText) && findElements(row, LINK).some((a) => isLink(readAttributes(a).href))) cardRows++;
      // A header row in th cells, or a row of short cells each wholly in bold ("<td><strong>Nr.
      // </strong></td><td><strong>Criterium</strong></td>", also halfway, over the wensen): editors' tables.
      const headerRow = cells.length > 1 && (allTh || cellEls.every((c, k) => cells[k] === '' || (cells[k].length <= 40 && wholeBold(c))));
      this.lines.push({
        text: capText(cells.filter(Boolean).join(' | ')),
        el: row,
        heading: headerRow ? 7 : 0,
        item: !headerRow,
        depth: ctx.depth,
        cells,
        noise: ctx.noise,
        hidden: rowHidden,
        bold: headerRow,
      });
      section.to = this.lines.length;
    }
    for (const [el, { rows: count, from, to }] of sections) {
      if (el && !ctx.cut && count > CUT_AFTER) this.longLists.push({ el, from, to });
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
    if (!label.trim() && panel.id) label = (this.tabs ??= tabsByPanel(doc)).get(panel.id)?.textContent ?? '';
    label = label || panel.getAttribute('aria-label') || '';
    if (squash(label)) this.pushLine(capText(squash(label)), { ...ctx, heading: 2 });
  }

  private pushLine(text: string, ctx: Context): void {
    if (!text) return;
    this.lines.push({
      text, el: ctx.block, heading: ctx.heading, item: false, depth: ctx.depth, cells: null,
      noise: ctx.noise, hidden: ctx.hidden, bold: ctx.heading > 0,
    });
  }
}

const LINK = new Set(['a']);

/** Classes of icon fonts that draw a ligature's name as a picture (Material Icons and Symbols, Angular's mat-icon). */
const ICON_FONT = /(?:^|\s)(?:material-icons(?:-[\w-]+)?|material-symbols(?:-[\w-]+)?|mat-icon)(?:\s|$)/;

/**
 * Tabs by the panel they control, first in document order as querySelector would find
 * it, in one walk: a query per tab panel would walk the whole page each time.
 */
function tabsByPanel(doc: Document): Map<string, Element> {
  const tabs = new Map<string, Element>();
  const root = doc.documentElement;
  for (const el of root ? [root, ...findElements(root, null)] : []) {
    const controls = el.getAttribute('aria-controls');
    if (controls && !tabs.has(controls)) tabs.set(controls, el);
  }
  return tabs;
}

function isLink(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && !href.startsWith('mailto:') && !href.startsWith('tel:');
}

function headingRank(tag: string, attrs: ElementAttributes): number {
  if (/^h[1-6]$/.test(tag)) return Number(tag[1]);
  if (attrs.role === 'heading') return Math.min(6, Math.max(1, Number(attrs.ariaLevel) || 2));
  if (tag === 'dt' || tag === 'summary' || tag === 'legend') return 7;
  // An accordion panel's header that is no <button> ("<mat-expansion-panel-header role="button" aria-expanded>").
  if (attrs.role === 'button' && attrs.disclosure && tag !== 'a') return 7;
  return 0;
}

/** How many children look like posting cards (a link plus a rate, hours or date); 0 unless most do. */
function postingCards(children: Stats[]): number {
  const cards = children.filter((s) => s.links > 0 && s.chars >= 30 && s.chars < 700).length;
  return cards >= 2 && cards * 2 >= children.length ? cards : 0;
}

interface DataTable {
  table: Element;
  caption: Element | null;
  rows: Element[];
}

const LAYOUT_INSIDE = new Set(['table', 'h1', 'h2', 'h3', 'ul', 'ol', 'form', 'article', 'section']);

/**
 * A table that holds data (rows of cells) rather than page layout, with its caption and
 * rows, found in one walk over it; null for a layout table.
 */
function dataTable(table: Element): DataTable | null {
  let caption: Element | null = null;
  const rows: Element[] = [];
  for (const el of findElements(table, null)) {
    const tag = tagOf(el);
    if (LAYOUT_INSIDE.has(tag)) return null;
    if (tag === 'tr') rows.push(el);
    else if (tag === 'caption') caption ??= el;
  }
  return { table, caption, rows };
}

/** A cell whose one element holds its text in bold: "<td><strong>Weging</strong></td>". */
function wholeBold(cell: Element): boolean {
  const only = cell.firstElementChild;
  if (!only || only !== cell.lastElementChild || !/^(?:strong|b)$/.test(tagOf(only))) return false;
  return squash(only.textContent ?? '') === squash(cell.textContent ?? '');
}

/**
 * The button that opens an accordion panel ("<button aria-expanded aria-controls=…>Knock-out
 * criteria</button>"): its text is the panel's heading, so it is read, unlike other buttons.
 */
function isDisclosureToggle(el: Element, tag: string): boolean {
  return tag === 'button' && (el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls') || /collapse/.test(el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle') ?? ''));
}
