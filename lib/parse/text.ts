/** Small text helpers shared by every parser. Pure, no DOM. */

/** White space that squash would change: anything but single spaces between words. */
const UNSQUASHED = /[^\S ]| {2}|^ | $|[\u200b\u200c]|\u200d/;

/** Collapse all white space (incl. nbsp and zero-width) to single spaces and trim. */
export function squash(text: string): string {
  // Most texts squashed are squashed already (page lines, cells): kept as they are, not copied.
  if (!UNSQUASHED.test(text)) return text;
  return text.replace(/(?:[\s\u00a0\u200b\u200c\ufeff]|\u200d)+/g, ' ').trim();
}

/** Lower-case, strip accents and punctuation: for comparing labels and headings. */
export function fold(text: string): string {
  return squash(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'`´]/g, "'")
      .replace(/[^a-z0-9'%/&+.-]+/g, ' ')
      .replace(/(^|\s)[.\-/&+]+(?=\s|$)/g, ' '),
  ).replace(/[.:\-/\s]+$/, '');
}

/** Key for de-duplicating sentences: letters and digits only. */
export function dedupeKey(text: string): string {
  // Accents only exist beyond ASCII; most texts have none and skip the normalisation.
  const plain = /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Cut a snippet for `evidence` without breaking words more than needed. */
/** The first sentence: up to a stop followed by a capital ("excl. btw" and "Max. € 95" go on). */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
}

export function snippet(text: string, max = 200): string {
  const s = squash(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const DUTCH_NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
  tien: 10, elf: 11, twaalf: 12, achttien: 18, vierentwintig: 24, zesendertig: 36,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, half: 0.5,
};

/** A number written as a word ("vier", "twaalf"), or null. */
export function numberWord(word: string): number | null {
  return DUTCH_NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/** Regex source for a count: digits (with decimal comma/dot) or a number word. */
// Built by a call marked pure so bundles that never use it (the capture script) drop it.
export const COUNT = /* @__PURE__ */ countPattern();

function countPattern(): string {
  return `(?:\\d+(?:[.,]\\d+)?|${Object.keys(DUTCH_NUMBER_WORDS).join('|')})`;
}

/** Parse a count matched by COUNT. */
export function parseCount(raw: string): number | null {
  const word = numberWord(raw);
  if (word !== null) return word;
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Parse an amount as written on Dutch and English pages: "1.234,56", "4.700,-",
 * "97.50", "72,50", "€ 98,-". The last separator followed by 1–2 digits is the
 * decimal mark; a separator followed by exactly 3 digits groups thousands.
 */
export function parseAmount(raw: string): number | null {
  const s = raw.replace(/[€\s]|EUR/gi, '').replace(/[,.]-+$/, '').replace(/[,.]$/, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const m = /^(.*?)[.,](\d{1,2})$/.exec(s);
  const whole = m ? m[1] : s;
  const decimals = m ? m[2] : '';
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(whole)) return null;
  const n = Number(`${whole.replace(/[.,]/g, '')}${decimals ? `.${decimals}` : ''}`);
  return Number.isFinite(n) ? n : null;
}
