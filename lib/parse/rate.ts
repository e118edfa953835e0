/**
 * Hourly rates: "Max 75 p/u", "€ 80 - € 95", "tussen €95,00 en €109,00", "95 per uur",
 * "€97.50–107.50/hr", "up to EUR 120 excl. VAT", "maximaal gelijk aan 120 euro per uur".
 * Monthly salaries, scales, budgets and day rates are never an hourly rate.
 */
import { PLAUSIBLE_RATE } from '../vocabulary/money';
import { NOT_PER_HOUR, NO_AMOUNT, PER_HOUR, unitSource } from '../vocabulary/units';
import { firstSentence, parseAmount } from './text';

export type RateReading =
  | { kind: 'rate'; min: number | null; max: number | null; text: string }
  /** The page speaks of the rate but gives no number ("marktconform", "Geen maximum"). */
  | { kind: 'unstated'; text: string };

export interface RateOptions {
  /** The text is the value of a rate label ("Tarief"), so a bare number is a rate. */
  labelled: boolean;
}

const AMOUNT = String.raw`(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s*[.,]-+)?`;
const CURRENCY = String.raw`(?:€|eur(?:o)?\b|eur\.)`;
const MONEY = new RegExp(String.raw`(${CURRENCY}\s*)?${AMOUNT}(?!\s*%|[\d.,]*\d)(\s*(?:${CURRENCY}|euro))?`, 'gi');
const RANGE_JOIN = /^\s*(?:-|–|—|tot(?:\s+en\s+met)?|t\/m|to|en|and)\s*$/i;
const HOURLY = new RegExp(unitSource(PER_HOUR), 'i');
/** Also "o.b.v. 36u": a monthly salary based on 36 hours (Gemeenteprojecten). */
const NOT_HOURLY = new RegExp(`${unitSource(NOT_PER_HOUR)}|o\\.?b\\.?v\\.?\\s*\\d+\\s*u`, 'i');
const UNSTATED = new RegExp(unitSource(NO_AMOUNT), 'i');
const MIN_WORDS = /(?:vanaf|min(?:imaal|imum)?\.?|from|v\.a\.|≥|>=?)\s*(?:€|eur|euro)?\s*$/i;

/** Plausible euro per hour for an interim assignment (one range for every reader: vocabulary/money.ts). */
function plausible(n: number | null): n is number {
  return n !== null && n >= PLAUSIBLE_RATE.min && n <= PLAUSIBLE_RATE.max;
}

/** Read an hourly rate from `text`; null when the text has none. */
export function parseRate(text: string, { labelled }: RateOptions): RateReading | null {
  const t = firstSentenceWithAmount(text.replace(/\s+/g, ' ').trim(), labelled);
  if (!t) return null;
  if (NOT_HOURLY.test(t) && !(HOURLY.test(t) && /tarief|rate|per\s+uur|p\/u/i.test(t) && !/salaris|salary|schaal|scale/i.test(t))) {
    return null;
  }
  const amounts = [...t.matchAll(MONEY)].filter((m) => !/^\d{4}$/.test(m[2]) || m[1] || m[3]);
  if (amounts.length === 0) {
    return labelled && UNSTATED.test(t) ? { kind: 'unstated', text: t } : null;
  }
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    const hasCurrency = Boolean(first[1] || first[3]);
    if (!labelled && !hasCurrency && !HOURLY.test(t.slice(first.index, first.index + first[0].length + 14))) {
      continue;
    }
    const value = parseAmount(first[2]);
    if (!plausible(value)) continue;
    const next = amounts[i + 1];
    const between = next ? t.slice(first.index + first[0].length, next.index) : '';
    const before = t.slice(0, first.index);
    if (next && RANGE_JOIN.test(between)) {
      const upper = parseAmount(next[2]);
      if (plausible(upper) && upper >= value) return { kind: 'rate', min: value, max: upper, text: t };
    }
    if (MIN_WORDS.test(before.slice(-20))) return { kind: 'rate', min: value, max: null, text: t };
    if (/tussen\s*(?:€|eur|euro)?\s*$/i.test(before)) continue;
    // One amount, with or without "max", is the most the client pays.
    return { kind: 'rate', min: null, max: value, text: t };
  }
  return labelled && UNSTATED.test(t) ? { kind: 'unstated', text: t } : null;
}

/**
 * "Maximaal uurtarief: € 92,00 excl. btw. De gemiddelde inzet is 20 uur per week": a label's
 * value that runs on into other sentences is read up to the end of the sentence with its amount.
 */
function firstSentenceWithAmount(t: string, labelled: boolean): string {
  if (!labelled) return t;
  const first = firstSentence(t);
  return first !== t && /\d/.test(first) ? first : t;
}

/** Does free text state an hourly rate with its unit (for chips, prose and eisen)? */
export function mentionsHourlyRate(text: string): boolean {
  return HOURLY.test(text) && /\d/.test(text) && (/tarief|rate|€|eur|euro/i.test(text) || /\bp\/?u\b/i.test(text));
}
