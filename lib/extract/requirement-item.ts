/**
 * One requirement line made clean: bullets, codes ("K1.", "E2", "Eis 3:") and weight
 * markers ("(30%)", "(40 punten)", "(Weging: 20)") are taken off the text and kept
 * as `code` and `weight`. Also splits items glued together without separators
 * ("…projecten etcMinimaal HBO…"), which hidden mobile copies produce.
 */
import { squash } from '../parse/text';

export interface CleanItem {
  text: string;
  code?: string;
  weight?: number;
}

const BULLETS = /^(?:[•·\-–—*▪◦●○■□►▶✓✔➤→]\s*)+/;
const WORD_CODE = /^((?:eis|wens|knock-?out|ko|gunningscriterium|criterium|selectiecriterium)\s*\d{1,2})\s*[.:)\-–]?\s*/i;
const LETTER_CODE = /^([A-Z]{1,3}\s?-?\d{1,2}(?:\.\d{1,2})?)(?:[.:)\-–]\s*|\s+)(?=\S)/;
const NUMBER_CODE = /^(\d{1,2}(?:\.\d{1,2})?)[.)]\s+/;
const WEIGHT_PATTERNS = [
  /\s*\(\s*(?:weging|gewicht|weight|score)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(%|procent|punten|punt|pnt|points?|pts)?\s*\)\s*[.;]?$/i,
  /\s*[-–—,;.]?\s*(?:weging|gewicht|weight)\s*:?\s*(\d+(?:[.,]\d+)?)\s*(%|punten|points?)?\s*[.;]?$/i,
  /\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*(%|punten|points?)\s*[.;]?$/i,
];

/** Clean one item; null when nothing of substance is left. */
export function cleanItem(raw: string): CleanItem | null {
  let text = squash(raw).replace(BULLETS, '');
  let code: string | undefined;
  const m = WORD_CODE.exec(text) ?? LETTER_CODE.exec(text) ?? NUMBER_CODE.exec(text);
  if (m) {
    code = m[1].replace(/\s+/g, ' ');
    text = text.slice(m[0].length).replace(BULLETS, '');
  }
  let weight: number | undefined;
  for (const re of WEIGHT_PATTERNS) {
    const w = re.exec(text);
    // A bare "(3)" is not a weight; it needs a unit or the word "weging".
    if (w && (w[2] || /weging|gewicht|weight|score/i.test(w[0]))) {
      weight = Number(w[1].replace(',', '.'));
      text = text.slice(0, w.index);
      break;
    }
  }
  text = text.replace(/[\s;,]+$/, '').replace(/\s+(?:en|and|of)$/i, '').trim();
  if (text.length < 3 || !/\p{L}{2}/u.test(text)) return null;
  return { text, ...(code ? { code } : {}), ...(weight !== undefined ? { weight } : {}) };
}

/**
 * Split "…etcMinimaal HBO…" where a lower-case word runs into a capitalised one.
 * Brand names ("SharePoint", "McKinsey") keep their capitals: the left part must be a
 * lower-case word or a long capitalised one.
 */
export function splitGluedItems(text: string): string[] {
  const cuts: number[] = [];
  const re = /([\p{L}]+)[.;)]?(?=\p{Lu}\p{Ll})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[1];
    const lower = word === word.toLowerCase() && word.length >= 2;
    const longCapitalised = /^\p{Lu}\p{Ll}{6,}$/u.test(word);
    if (lower || longCapitalised) cuts.push(m.index + m[0].length);
  }
  if (cuts.length === 0) return [text];
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    // Pieces too short to be a requirement belong to their neighbour.
    if (piece.trim().length < 15 && pieces.length && cut !== text.length) continue;
    if (piece.trim().length < 15 && pieces.length) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
    from = cut;
  }
  return pieces.map((p) => p.trim()).filter(Boolean);
}
