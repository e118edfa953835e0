/**
 * Unlabelled fact chips near the title, as Bij Oranje shows them: "Max 75 p/u",
 * "Flevoland", "32 uur p/w", "25ste augustus, 2025", "4de september, 2025".
 * Two chip dates are the posted date and the closing date, in that order of time.
 */
import { findDates } from '../parse/date';
import { parseHours } from '../parse/hours';
import { mentionsHourlyRate, parseRate } from '../parse/rate';
import type { IsoDate } from '../posting';
import type { Fact } from './fact';
import { labelField } from './labels';
import { isPlaceName } from './places';
import { isPracticalHeading } from './section-vocabulary';
import type { PageLine } from './page-reading';

const MAX_CHIP = 40;
/** A chip that is only a duration: "5 maanden", "12 mnd", "1 jaar". */
const DURATION_CHIP = /^\d{1,2}(?:[.,]\d)?\s*(?:maand(?:en)?|mnd\.?|jaar|jaren|months?|years?|weken|weeks?)$/i;

/** Icons before a chip's words ("📍", "⏱"), never the apostrophe of "'s-Hertogenbosch". */
const ICON = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;

/** The lines after the title and before the body text starts. */
export function headerZone(lines: readonly PageLine[], titleLine: number): number[] {
  const zone: number[] = [];
  const from = titleLine >= 0 ? titleLine + 1 : 0;
  for (let i = from; i < lines.length && zone.length < 40; i++) {
    const line = lines[i];
    if (line.noise) continue;
    if (line.text.length > 160 || (line.heading >= 1 && line.heading <= 3 && i > from + 1)) break;
    zone.push(i);
  }
  return zone;
}

/**
 * The items of practical-details lists ("Praktische zaken: Startdatum z.s.m. · 36 uur p/w ·
 * Schaal 10", "In het kort"): facts without labels, read like chips (dates excepted).
 */
export function practicalZone(lines: readonly PageLine[]): number[] {
  const zone: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].noise || !isPracticalHeading(lines[i].text.replace(/[:：]\s*$/, ''))) continue;
    for (let j = i + 1; j < lines.length && j <= i + 15; j++) {
      const l = lines[j];
      if (l.noise || (l.heading > 0 && !l.item) || (!l.item && l.text.endsWith(':'))) break;
      if (l.item) zone.push(j);
    }
  }
  return zone;
}

/** `zone`: the header under the title (every kind of chip); `practical`: practical-details items (no dates). */
export function findChipFacts(lines: readonly PageLine[], zone: number[], now: IsoDate, practical: number[] = []): Fact[] {
  const facts: Fact[] = [];
  const dates: { date: string; text: string; line: number }[] = [];
  const header = new Set(zone);
  for (const i of [...zone, ...practical.filter((i) => !header.has(i))]) {
    // A value under a label ("Einddatum" / "31-12-2026") is a labelled fact, not a chip.
    if (i > 0 && labelField(lines[i - 1].text)) continue;
    for (const chip of chipsOf(lines[i])) {
      // "⏱ 32 uur", "📍 Utrecht": the icon before a chip's text says nothing the text does not.
      const text = chip.replace(ICON, '');
      if (!text || text.length > MAX_CHIP || labelField(text.split(/[:：]/)[0])) continue;
      const fact = (field: Fact['field']) => facts.push({ field, value: text, snippet: text, source: 'chip', line: i, hidden: lines[i].hidden });
      if (mentionsHourlyRate(text) || /^(?:max\.?\s*)?€/i.test(text)) {
        if (parseRate(text, { labelled: false })) fact('rate');
      } else if (parseHours(text, { labelled: false })) {
        fact('hours');
      } else if (isPlaceName(text)) {
        fact('location');
      } else if (DURATION_CHIP.test(text)) {
        fact('duration');
      } else if (header.has(i)) {
        const found = findDates(text, { now });
        // The whole chip is the date (not a sentence that mentions one).
        if (found.length === 1 && found[0].end - found[0].index >= text.replace(/[^\w]+$/, '').length - 2) {
          dates.push({ date: found[0].date, text, line: i });
        }
      }
    }
  }
  if (dates.length >= 2) {
    const sorted = [...dates].sort((a, b) => a.date.localeCompare(b.date));
    const [posted, deadline] = [sorted[0], sorted[sorted.length - 1]];
    if (posted.date !== deadline.date) {
      facts.push({ field: 'posted', value: posted.text, snippet: posted.text, source: 'chip', line: posted.line, hidden: false });
      facts.push({ field: 'deadline', value: deadline.text, snippet: deadline.text, source: 'chip', line: deadline.line, hidden: false });
    }
  }
  return facts;
}

/** Chips set as inline elements on one line ("<span>Arnhem</span> <span>Sluit over 9 dagen</span>") count one by one. */
function chipsOf(line: PageLine): string[] {
  // A table row pairs a label with its value: structure, not chips.
  if (line.cells) return [];
  const parts = line.parts;
  if (!parts) return [line.text];
  // "<span>Deadline</span><span>12-05-2026</span>": the part after a label is its value.
  return parts.filter((_, i) => i === 0 || !labelField(parts[i - 1]));
}
