/**
 * The posting body as plain text. Mozilla Readability finds the article; our own line
 * reader turns it into text so noise inside the article (related postings, broker
 * process blocks) is still left out. Paragraphs are separated by blank lines, list
 * items start with "- ".
 */
import { Readability } from '@mozilla/readability';
import { dedupeKey } from '../parse/text';
import { type PageLine, readPageLines } from './page-lines';

/** Readability gives up on pages this large; our own lines are used instead. */
const READABILITY_MAX_ELEMENTS = 15_000;

export function readDescription(doc: Document, pageLines: PageLine[], titleLine: number): string {
  // Readability decides where the article is; the page's own lines (with their noise
  // decisions) supply the text, so fields and description agree on what is noise.
  const article = readabilityArticle(doc);
  if (article) {
    const inArticle = new Set(readPageLines(article).map((l) => dedupeKey(l.text)));
    const seen = new Set<string>();
    const lines = pageLines.filter((l) => {
      const key = dedupeKey(l.text);
      if (l.noise || !inArticle.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const text = formatLines(lines);
    if (text.length >= 200) return text;
  }
  // No article found: the page's own visible non-noise lines after the title.
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
