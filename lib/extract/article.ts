/**
 * Where the article is: Mozilla Readability reads a copy of the page (it rewrites what it
 * is given) without the noise, hidden and skipped elements the page walk found, so it
 * cannot pick a related-postings block as the article. Runs in the tab (needs the DOM).
 */
// The class itself, not the package index: that also brings isProbablyReaderable, which
// the capture script never uses (see readability.d.ts).
import Readability from '@mozilla/readability/Readability.js';
import { findElements } from './find-elements';
import { CUT_AFTER, type LongList, type PageModel, readPageLines } from './page-lines';

/**
 * Readability's input is bounded: its time grows faster than the page (it reads the text
 * of the ancestors of what it scores, and long lists cost it more per item), and it runs
 * in the user's tab. Long lists reach it cut short (see LongList in page-lines.ts); a page
 * deeper or larger than this even so is read without it, with a warning. Real posting
 * pages are far within these (the fixture pages: at most 17 deep and 600 elements).
 */
export const READABILITY_MAX_DEPTH = 100;
export const READABILITY_MAX_ELEMENTS = 5000;

/** Marks a long list in the copy with its index in PageModel.longLists. */
const CUT_MARK = 'data-bidprep-cut';

/** Can Readability read this page (its copy without noise, hidden parts and long lists' tails) in bounded time? */
export function fitsReadability(page: PageModel): boolean {
  return page.articleDepth <= READABILITY_MAX_DEPTH && page.articleElements <= READABILITY_MAX_ELEMENTS;
}

export interface ArticleLines {
  /** Texts of the lines inside Readability's article. */
  texts: Set<string>;
  /** Long lists the article kept: the lines of their items left out of the copy are in it too. */
  lists: LongList[];
}

/** Which lines are inside Readability's article, or null when it finds none. */
export function articleLines(doc: Document, page: PageModel): ArticleLines | null {
  const leaveOut = [...page.noiseElements, ...page.hiddenElements, ...page.skippedElements];
  const article = readabilityArticle(copyWithout(doc, leaveOut, page.longLists.map((l) => l.el)));
  if (!article) return null;
  const lists: LongList[] = [];
  for (const el of [article, ...findElements(article, null)]) {
    const mark = el.getAttribute(CUT_MARK);
    const list = mark === null ? undefined : page.longLists[Number(mark)];
    if (list) lists.push(list);
  }
  // Same walker on the same text nodes: the line texts match the page's lines exactly.
  return { texts: new Set(readPageLines(article).map((l) => l.text)), lists };
}

function readabilityArticle(copy: Document): Element | null {
  try {
    const result = new Readability<Element>(copy, {
      keepClasses: true,
      charThreshold: 300,
      serializer: (el) => el as Element,
    }).parse();
    return result?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * A copy of the page leaving out `leaveOut` and the head but its title (Readability needs
 * nothing else from it), with only the first CUT_AFTER element children of each of `cut`
 * (marked, so the article can be matched back to the list). Only the elements on the path
 * to something left out or cut are copied one by one; everything else is cloned whole,
 * which is much cheaper than a full copy. The live page is never touched.
 */
export function copyWithout(doc: Document, leaveOut: Element[], cut: Element[] = []): Document {
  const skip = new Set<Node>(leaveOut);
  const onPath = new Set<Node>();
  for (const el of leaveOut) for (let p = el.parentNode; p && !onPath.has(p); p = p.parentNode) onPath.add(p);
  const cutAt = new Map<Node, number>(cut.map((el, i) => [el, i]));
  for (const el of cut) for (let p: Node | null = el; p && !onPath.has(p); p = p.parentNode) onPath.add(p);
  if (doc.head) {
    onPath.add(doc.head);
    for (const c of Array.from(doc.head.children)) if (c.tagName.toLowerCase() !== 'title') skip.add(c);
  }
  const copy = doc.cloneNode(false) as Document;
  const into = (from: Node, to: Node) => {
    const index = cutAt.get(from);
    if (index !== undefined) (to as Element).setAttribute(CUT_MARK, String(index));
    let elements = 0;
    // childNodes rather than nextSibling: linkedom's doctype has no nextSibling.
    for (const c of Array.from(from.childNodes)) {
      if (skip.has(c)) continue;
      if (index !== undefined && c.nodeType === 1 && ++elements > CUT_AFTER) break;
      const deep = !onPath.has(c);
      const clone = c.cloneNode(deep);
      to.appendChild(clone);
      if (!deep) into(c, clone);
    }
  };
  into(doc, copy);
  return copy;
}
