/**
 * The posting body as plain text. Mozilla Readability finds the article; our own line
 * reader turns it into text so noise inside the article (related postings, broker
 * process blocks) is still left out. Paragraphs are separated by blank lines, list
 * items start with "- ".
 */
import { Readability } from '@mozilla/readability';
import { type PageLine, type PageModel, readPageLines } from './page-lines';

export function readDescription(doc: Document, page: PageModel, titleLine: number): string {
  // Readability decides where the article is; the page's own lines (with their noise
  // decisions) supply the text, so fields and description agree on what is noise.
  const article = readabilityArticle(doc, [...page.noiseElements, ...page.hiddenElements, ...page.skippedElements]);
  if (article) {
    // Same walker on the same text nodes: the line texts match exactly.
    const inArticle = new Set(readPageLines(article).map((l) => l.text));
    const seen = new Set<string>();
    const lines = page.lines.filter((l) => {
      const key = l.text;
      if (l.noise || !inArticle.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const text = formatLines(lines);
    if (text.length >= 200) return text;
  }
  // No article found: the page's own visible non-noise lines after the title.
  return formatLines(page.lines.slice(titleLine + 1).filter((l) => !l.noise && !l.hidden));
}

function readabilityArticle(doc: Document, noise: Element[]): Element | null {
  try {
    const result = new Readability<Element>(copyWithout(doc, noise), {
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
 * A copy of the page for Readability to consume (it rewrites what it is given), leaving
 * out what it would discard anyway: noise already found, hidden elements, scripts and
 * styles (all found by the page walk), and the head but its title. Much cheaper than a full copy, and Readability
 * cannot pick a related-postings block as the article. The live page is never touched.
 */
export function copyWithout(doc: Document, leaveOut: Element[]): Document {
  const skip = new Set<Node>(leaveOut);
  const onPath = new Set<Node>();
  for (const el of leaveOut) for (let p = el.parentNode; p && !onPath.has(p); p = p.parentNode) onPath.add(p);
  // The head holds nothing Readability needs but the title.
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

/** Lines to text: blank line between paragraphs, "- " before list items, one line per item. */
export function formatLines(lines: PageLine[]): string {
  let out = '';
  let previousItem = false;
  let previous = '';
  for (const line of lines) {
    if (line.text === previous) continue;
    previous = line.text;
    const item = line.item && !line.heading;
    const text = item ? `- ${line.text.replace(/^[•·\-–—*▪◦●○■□►▶✓✔➤→]\s*/, '')}` : line.text;
    if (out) out += item && previousItem ? '\n' : '\n\n';
    out += text;
    previousItem = item;
  }
  return out;
}
