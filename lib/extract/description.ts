/**
 * The posting body as plain text. Mozilla Readability finds the article (article.ts, in
 * the tab); the page's own lines supply the text, so noise inside the article (related
 * postings, broker process blocks) is still left out and fields and description agree on
 * what is noise. Paragraphs are separated by blank lines, list items start with "- ".
 */
import type { PageLine } from './page-reading';

export function readDescription(lines: PageLine[], titleLine: number): string {
  const seen = new Set<string>();
  const inArticle = lines.filter((l) => {
    if (l.noise || !l.article || seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });
  const text = formatLines(inArticle);
  if (text.length >= 200) return text;
  // No article found: the page's own visible non-noise lines after the title.
  return formatLines(lines.slice(titleLine + 1).filter((l) => !l.noise && !l.hidden));
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
