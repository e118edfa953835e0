/**
 * Prose is the last resort, and reading every sentence of a long page costs time. So
 * sentences are read only for the fields that structured data, labels and chips left
 * without a readable value ("Tarief: marktconform" still lets an eis state the cap).
 */
import { findDates, isAsap } from '../parse/date';
import { parseHours } from '../parse/hours';
import { parseDurationMonths, parseExtension } from '../parse/period';
import { parseRate } from '../parse/rate';
import { parseRelativeDate } from '../parse/relative-date';
import type { IsoDate } from '../posting';
import type { Fact } from './fact';
import type { LabelField } from './labels';

const PROSE_FIELDS: LabelField[] = ['deadline', 'posted', 'start', 'end', 'duration', 'extension', 'hours', 'rate'];

export function fieldsStillMissing(early: Fact[], now: IsoDate): Set<LabelField> {
  const readable = (f: Fact): boolean => {
    const labelled = f.tier <= 2;
    switch (f.field) {
      case 'rate':
        return parseRate(f.value, { labelled })?.kind === 'rate';
      case 'hours':
        return parseHours(f.value, { labelled }) !== null;
      case 'duration':
        return parseDurationMonths(f.value) !== null;
      case 'extension':
        return true;
      case 'start':
        return isAsap(f.value) || findDates(f.value, { now }).length > 0;
      default:
        return findDates(f.value, { now, numericWithoutYear: labelled }).length > 0 || parseRelativeDate(f.value, now) !== null;
    }
  };
  const found = new Set(early.filter(readable).map((f) => f.field));
  // A labelled period also gives the start, the end and often the extension.
  if (early.some((f) => f.field === 'duration' && f.tier <= 2 && parseExtension(f.value))) found.add('extension');
  return new Set(PROSE_FIELDS.filter((field) => !found.has(field)));
}
