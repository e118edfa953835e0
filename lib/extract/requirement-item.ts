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
  /** The item's own mark of its kind: "… (eis)", "… (wens)", "(knock-out)". */
  marked?: 'knockout' | 'wish';
}

/** "Je hebt … (eis)", "… (wens):" before a sub-list: the kind, marked per item in one combined list. */
const KIND_MARK = /\s*\(\s*(eis|knock-?out|ko|must|wens|pr[eé]|should|could|nice to have)\s*\)\s*([.;:]?)\s*$/i;

/** The same mark before the point: "Pré: ervaring met …", "Pluspunt: …", "Must have: …". */
const LEADING_MARK = /^(pr[eé]|pluspunt|wens|eis|knock-?out|must[- ]have|nice[- ]to[- ]have)\s*:\s*(?=\S)/i;

const BULLETS = /^(?:[•·\-–—*▪◦●○■□►▶✓✔➤→]\s*)+/;
const WORD_CODE = /^((?:eis|wens|knock-?out|ko|gunningscriterium|criterium|selectiecriterium)\s*\d{1,2})\s*[.:)\-–]?\s*/i;
const LETTER_CODE = /^([A-Z]{1,3}\s?-?\d{1,2}(?:\.\d{1,2})?)(?:[.:)\-–]\s*|\s+)(?=\S)/;
const NUMBER_CODE = /^(\d{1,2}(?:\.\d{1,2})?)[.)]\s+/;
/**
 * Every weight pattern needs one of these: a ")" or a unit at the very end, or the word
 * weging. Most items have none and skip the patterns, which try every point of the text.
 */
const WEIGHT_HINT = /(?:\)|%|punten|pnt|pts|points?)\s*[.;]?\s*$|weging|gewicht|weight/i;
const WEIGHT_PATTERNS = [
  /\s*\(\s*(?:weging|gewicht|weight|score)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(%|procent|punten|punt|pnt|points?|pts)?\s*\)\s*[.;]?$/i,
  /\s*[-–—,;.]?\s*(?:weging|gewicht|weight)\s*:?\s*(\d+(?:[.,]\d+)?)\s*(%|punten|points?)?\s*[.;]?$/i,
  /\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*(%|punten|points?)\s*[.;]?$/i,
  // "…(MIRT). 20 pnt": a chip after the point's full stop.
  /(?<=[.)])\s*(\d+(?:[.,]\d+)?)\s*(%|punten|punt|pnt|points?|pts)\s*$/i,
];

const LEADING_WEIGHT = /^\(\s*(\d+(?:[.,]\d+)?)\s*(?:%|procent|punten|punt|pnt|points?|pts)\s*\)\s*[:.\-–]?\s*/i;

const TRAILING_HINT = /(?:[\s;,]|\b(?:en|and|of))$/i;

/** Clean one item; null when nothing of substance is left. */
export function cleanItem(raw: string): CleanItem | null {
  let text = squash(raw).replace(BULLETS, '');
  let code: string | undefined;
  const m = WORD_CODE.exec(text) ?? LETTER_CODE.exec(text) ?? NUMBER_CODE.exec(text);
  let weight: number | undefined;
  if (m) {
    code = m[1].replace(/\s+/g, ' ');
    text = text.slice(m[0].length).replace(BULLETS, '');
    // "Wens 1 (15 punten): Je hebt …": the weight between the code and the point.
    const w = LEADING_WEIGHT.exec(text);
    if (w) {
      weight = Number(w[1].replace(',', '.'));
      text = text.slice(w[0].length);
    }
  }
  for (const re of WEIGHT_HINT.test(text) ? WEIGHT_PATTERNS : []) {
    const w = re.exec(text);
    // A bare "(3)" is not a weight; it needs a unit or the word "weging".
    if (weight === undefined && w && (w[2] || /weging|gewicht|weight|score/i.test(w[0]))) {
      weight = Number(w[1].replace(',', '.'));
      text = text.slice(0, w.index);
      break;
    }
  }
  let marked: CleanItem['marked'];
  const mark = KIND_MARK.exec(text);
  const lead = mark ? null : LEADING_MARK.exec(text);
  if (mark) {
    marked = /^(?:eis|knock-?out|ko|must)$/i.test(mark[1]) ? 'knockout' : 'wish';
    text = text.slice(0, mark.index) + (mark[2] === ':' ? ':' : '');
  } else if (lead) {
    // "Pré: ervaring met …", "Pluspunt: …" among the points of one list.
    marked = /^(?:eis|knock-?out|must)/i.test(lead[1]) ? 'knockout' : 'wish';
    text = text.slice(lead[0].length);
  }
  // Trailing separators and a dangling "en"/"and"/"of"; looked at from the end, as most items have none.
  if (TRAILING_HINT.test(text)) text = text.replace(/[\s;,]+$/, '').replace(/\s+(?:en|and|of)$/i, '').trim();
  if (text.length < 3 || !/\p{L}{2}/u.test(text)) return null;
  const item: CleanItem = { text };
  if (code) item.code = code;
  if (weight !== undefined) item.weight = weight;
  if (marked) item.marked = marked;
  return item;
}

/**
 * Split "…etcMinimaal HBO…" where a lower-case word runs into a capitalised one.
 * Brand names ("SharePoint", "McKinsey") keep their capitals: the left part must be a
 * lower-case word or a long capitalised one.
 */
export function splitGluedItems(text: string): string[] {
  const cuts = gluedCuts(text);
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

/**
 * A capitalised word right after a letter or a stop, loosely: every letter is ASCII or
 * from U+00AA up, so this matches wherever the exact test could. Without it there is
 * nothing to split. Written without Unicode classes on purpose: V8 runs those many times
 * slower on two-byte strings, which is what page text is once it holds a "€" or a "’".
 */
const GLUE_HINT = /[A-Za-z.;)\u00aa-\uffff][A-Z\u00c0-\uffff][a-z\u00b5-\uffff]/;
const LETTERS = /\p{L}+/gu;
const CAPITALISED = /\p{Lu}\p{Ll}/gu;
const AFTER_STOP = /^[.;)]\p{Lu}\p{Ll}/u;

/**
 * Where glued items meet: in each run of letters, the last point where a capitalised word
 * starts ("etc|Minimaal"), or the run's end when a stop and a capitalised word follow
 * ("etc.|Minimaal"). The text before that point in the run is the left word. One pass per
 * run: a single regular expression that backtracks over every word is quadratic in its length.
 */
function gluedCuts(text: string): number[] {
  const cuts: number[] = [];
  if (!GLUE_HINT.test(text)) return cuts;
  LETTERS.lastIndex = 0;
  for (let run = LETTERS.exec(text); run; run = LETTERS.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    let wordEnd = -1;
    let cut = -1;
    if (AFTER_STOP.test(text.slice(end, end + 5))) {
      wordEnd = end;
      cut = end + 1;
    } else {
      CAPITALISED.lastIndex = 0;
      for (let m = CAPITALISED.exec(run[0]); m; m = CAPITALISED.exec(run[0])) if (m.index > 0) wordEnd = start + m.index;
      cut = wordEnd;
    }
    if (wordEnd < 0) continue;
    const word = text.slice(start, wordEnd);
    const lower = word === word.toLowerCase() && word.length >= 2;
    const longCapitalised = /^\p{Lu}\p{Ll}{6,}$/u.test(word);
    if (lower || longCapitalised) cuts.push(cut);
  }
  return cuts;
}
