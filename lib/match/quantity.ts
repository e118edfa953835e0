/**
 * How many people, how much money, how large a floor area or a municipality: "een programmateam
 * van minimaal 10 medewerkers", "een begroting van meer dan € 10 miljoen", "een kantoorpand
 * groter dan 10.000 m²", "een gemeente met meer dan 100.000 inwoners". The words say the kind; the number is only shown by a CV line with a number of the same kind at least as large ("Led a programme
 * team of 12", "budget of € 14 million"), never by the digits alone.
 */
import { parseAmount, parseCount } from '../parse/text';

export type QuantityKind = 'people' | 'money' | 'area' | 'inhabitants';

export interface QuantityAsk {
  kind: QuantityKind;
  min: number;
  /** The words of the requirement that ask it, left out of its topic. */
  text: string;
}

/** A number as a CV or requirement writes it; articles ("een", "one") are no count. */
const NUMBER = String.raw`(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`;
const WORDS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
const PEOPLE = String.raw`(?:fte'?s?|personen|medewerkers|mensen|people|persons|staff|employees|professionals|teamleden|team members|members|leden|collega'?s|consulenten|adviseurs|advisers|advisors|engineers|projectleiders|project leaders|managers|specialisten|specialists|ambtenaren)`;
const MULTIPLIER = String.raw`(?:miljoen|mln\.?|million|mio\.?|m\b|miljard|mld\.?|billion|bn\b|duizend|thousand|k\b)`;
const AT_LEAST = String.raw`(?:minimaal|minstens|ten ?minste|meer dan|ruim|groter dan|boven de|vanaf|at least|more than|over|in excess of|>|≥)`;

/** Floor area: "10.000 m² bvo", "6800 m2", "5.000 vierkante meter". */
const AREA = String.raw`(?:m²|m2|vierkante meters?|square met(?:re|er)s?|sq\.? ?m)(?![\p{L}\d])`;

const ASKED_PEOPLE = new RegExp(String.raw`${AT_LEAST}\s+(${NUMBER})\+?\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE}(?![\p{L}])`, 'giu');
const ASKED_MONEY = new RegExp(String.raw`${AT_LEAST}\s+(?:€|EUR|euro)\s*(${NUMBER})\s*(${MULTIPLIER})?|${AT_LEAST}\s+(${NUMBER})\s*(${MULTIPLIER})\s*(?:euro|EUR)`, 'giu');

/** A municipality's size: "een gemeente met meer dan 100.000 inwoners", "a city of 165,000 inhabitants". */
const INHABITANTS = String.raw`(?:inwoners|bewoners|inhabitants|residents)(?![\p{L}])`;
const ASKED_INHABITANTS = new RegExp(String.raw`${AT_LEAST}\s+(${NUMBER})\s+${INHABITANTS}`, 'giu');
const SHOWN_INHABITANTS = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})\s+${INHABITANTS}`, 'giu');

const ASKED_AREA = new RegExp(String.raw`${AT_LEAST}\s+(${NUMBER})\s*${AREA}`, 'giu');
const SHOWN_AREA = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})\s*${AREA}`, 'giu');

const SHOWN_PEOPLE = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE}(?![\p{L}])|\bteams?\s+(?:of|van)\s+(?:circa\s+|ca\.\s*|about\s+|around\s+|ruim\s+)?(${NUMBER})(?![\p{L}\d])`, 'giu');
const SHOWN_MONEY = new RegExp(String.raw`(?:€|EUR|euro)\s*(${NUMBER})\s*(${MULTIPLIER})?|(?<![\p{L}\d.,])(${NUMBER})\s*(${MULTIPLIER})\s*(?:euro|EUR)`, 'giu');

function count(raw: string): number | null {
  const word = WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  return /\d/.test(raw) ? parseAmount(raw) : parseCount(raw);
}

function times(multiplier: string | undefined): number {
  const m = (multiplier ?? '').toLowerCase().replace(/\.$/, '');
  if (/^(?:miljoen|mln|million|mio|m)$/.test(m)) return 1e6;
  if (/^(?:miljard|mld|billion|bn)$/.test(m)) return 1e9;
  if (/^(?:duizend|thousand|k)$/.test(m)) return 1e3;
  return 1;
}

/** What a requirement asks in people or money, with at least how many. */
export function quantitiesAsked(requirement: string): QuantityAsk[] {
  const out: QuantityAsk[] = [];
  for (const m of requirement.matchAll(ASKED_PEOPLE)) {
    const n = count(m[1]);
    if (n !== null) out.push({ kind: 'people', min: n, text: m[0] });
  }
  for (const m of requirement.matchAll(ASKED_MONEY)) {
    const n = count(m[1] ?? m[3]);
    if (n !== null) out.push({ kind: 'money', min: n * times(m[2] ?? m[4]), text: m[0] });
  }
  for (const [kind, re] of [['area', ASKED_AREA], ['inhabitants', ASKED_INHABITANTS]] as const) {
    for (const m of requirement.matchAll(re)) {
      const n = count(m[1]);
      if (n !== null) out.push({ kind, min: n, text: m[0] });
    }
  }
  return out;
}

const AUDIENCE = /\b(?:voor|for|aan|to)\s+(?:ruim\s+|circa\s+|ca\.\s*|bijna\s+|meer dan\s+|about\s+|over\s+|more than\s+|nearly\s+)?$/i;

/** The largest number of each kind a line states. */
export function quantitiesOn(text: string): Partial<Record<QuantityKind, number>> {
  const out: Partial<Record<QuantityKind, number>> = {};
  for (const m of text.matchAll(SHOWN_PEOPLE)) {
    // "Zaaksysteem ingevoerd voor 600 medewerkers": the people it served, not a team led.
    if (AUDIENCE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const n = count(m[1] ?? m[2]);
    if (n !== null) out.people = Math.max(out.people ?? 0, n);
  }
  for (const m of text.matchAll(SHOWN_MONEY)) {
    const n = count(m[1] ?? m[3]);
    if (n !== null) out.money = Math.max(out.money ?? 0, n * times(m[2] ?? m[4]));
  }
  for (const [kind, re] of [['area', SHOWN_AREA], ['inhabitants', SHOWN_INHABITANTS]] as const) {
    for (const m of text.matchAll(re)) {
      const n = count(m[1]);
      if (n !== null) out[kind] = Math.max(out[kind] ?? 0, n);
    }
  }
  return out;
}
