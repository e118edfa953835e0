/**
 * Where the article is: Mozilla Readability reads a copy of the page (it rewrites what it
 * is given) without the noise, hidden and skipped elements the page walk found, so it
 * cannot pick a related-postings block as the article. Runs in the tab (needs the DOM).
 */
// The class itself, not the package index: that also brings isProbablyReaderable, which
// the capture script never uses (see readability.d.ts).
import Readability from '@mozilla/readability/Readability.js';
import { type PageModel, readPageLines } from './page-lines';

/** The texts of the lines inside Readability's article, or null when it finds none. */
export function articleLineTexts(doc: Document, page: PageModel): Set<string> | null {
  const article = readabilityArticle(doc, [...page.noiseElements, ...page.hiddenElements, ...page.skippedElements]);
  // Same walker on the same text nodes: the line texts match the page's lines exactly.
  return article ? new Set(readPageLines(article).map((l) => l.text)) : null;
}

function readabilityArticle(doc: Document, leaveOut: Element[]): Element | null {
  try {
    const result = new Readability<Element>(copyWithout(doc, leaveOut), {
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
 * nothing else from it). Only the elements on the path to something left out are copied
 * one by one; everything else is cloned whole, which is much cheaper than a full copy.
 * The live page is never touched.
 */
export function copyWithout(doc: Document, leaveOut: Element[]): Document {
  const skip = new Set<Node>(leaveOut);
  const onPath = new Set<Node>();
  for (const el of leaveOut) for (let p = el.parentNode; p && !onPath.has(p); p = p.parentNode) onPath.add(p);
  if (doc.head) {
    onPath.add(doc.head);
    for (const c of Array.from(doc.head.children)) if (c.tagName.toLowerCase() !== 'title') skip.add(c);
  }
  const copy = doc.cloneNode(false) as Document;
  const into = (from: Node, to: Node) => {
    // childNodes rather than nextSibling: linkedom's doctype has no nextSibling.
    for (const c of Array.from(from.childNodes)) {
      if (skip.has(c)) continue;
      const deep = !onPath.has(c);
      const clone = c.cloneNode(deep);
      to.appendChild(clone);
      if (!deep) into(c, clone);
    }
  };
  into(doc, copy);
  return copy;
}
