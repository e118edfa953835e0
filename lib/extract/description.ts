/**
 * The posting body as plain text. Mozilla Readability finds the article; our own line
 * reader turns it into text so noise inside the article (related postings, broker
 * process blocks) is still left out. Paragraphs are separated by blank lines, list
 * items start with "- ".
 */
import { Readability } from '@mozilla/readability';
import { type PageLine, readPageLines } from './page-lines';

/** Readability gives up on pages this large; our own lines are used instead. */
const READABILITY_MAX_ELEMENTS = 15_000;

export function readDescription(doc: Document, pageLines: PageLine[], titleLine: number): string {
  const article = readabilityArticle(doc);
  const lines = article ? readPageLines(article).filter((l) => !l.noise) : [];
  const text = formatLines(lines);
  if (text.length >= 200) return text;
  // No article found: the page's own non-noise lines after the title.
  return formatLines(pageLines.slice(titleLine + 1).filter((l) => !l.noise && !l.hidden));
}

function readabilityArticle(doc: Document): Element | null {
  if (doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return null;
  try {
    const clone = doc.cloneNode(true) as Document;
    const result = new Readability<Element>(clone, {
      keepClasses: true,
      charThreshold: 300,
      serializer: (el) => el as Element,
    }).parse();
    return result?.content ?? null;
  } catch {
    return null;
  }
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
