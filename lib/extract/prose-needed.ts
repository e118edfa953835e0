/**
 * Prose is the last resort, and reading every sentence of a long page costs time. So
 * sentences are read only for the fields that more trusted sources left without a
 * readable value ("Tarief: marktconform" still lets an eis state the cap). JSON-LD counts
 * as found except for the deadline: there a shown sentence ("Sluit over 4 dagen") is
 * trusted before validThrough, so it must still be looked for.
 */
import { isAsap } from '../parse/date';
import { parseDurationMonths, parseExtension } from '../parse/period';
import type { IsoDate } from '../posting';
import type { Fact } from './fact';
import { isLabelled } from './fact';
import { readOnce } from './fields/context';
import { dateIn } from './fields/deadline';
import { hoursReading } from './fields/hours';
import { rateReading } from './fields/rate';
import type { LabelField } from './labels';

const PROSE_FIELDS: LabelField[] = ['deadline', 'posted', 'start', 'end', 'duration', 'extension', 'hours', 'rate'];
/** Fields whose rule trusts sentences before JSON-LD. */
const PROSE_BEFORE_JSON_LD: ReadonlySet<LabelField> = new Set(['deadline']);

export function fieldsStillMissing(early: readonly Fact[], now: IsoDate): Set<LabelField> {
  const readable = (f: Fact): boolean => {
    if (f.source === 'json-ld' && PROSE_BEFORE_JSON_LD.has(f.field)) return false;
    switch (f.field) {
      case 'rate':
        return rateReading(f)?.kind === 'rate';
      case 'hours':
        return hoursReading(f) !== null;
      case 'duration':
        return readOnce(f, 'months', () => parseDurationMonths(f.value)) !== null;
      case 'extension':
        return true;
      case 'start':
        return isAsap(f.value) || dateIn(f, { now }) !== null;
      default:
        return dateIn(f, { now }) !== null;
    }
  };
  const found = new Set(early.filter(readable).map((f) => f.field));
  // A labelled period also gives the start, the end and often the extension.
  if (early.some((f) => f.field === 'duration' && isLabelled(f) && readOnce(f, 'extension', () => parseExtension(f.value)))) found.add('extension');
  return new Set(PROSE_FIELDS.filter((field) => !found.has(field)));
}
