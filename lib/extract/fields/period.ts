/**
 * When the work runs: start date (or "as soon as possible"), end date, duration in months
 * and the extension option.
 *
 * Start: a start label ("Startdatum: z.s.m.", "Start: 1-10-2026 t/m 31-12-2026"), then the
 * start of a labelled period ("Looptijd: van 1 oktober 2026 tot 1 oktober 2027"), then
 * JSON-LD, then a sentence about starting, then the start of a period a sentence gives
 * ("voor de periode van 1 december 2026 tot en met 30 november 2027"). End: an end label, then the end of a labelled
 * start range or period, then a sentence ("loopt tot en met 31 december 2026"); an end
 * before the start is refused. Duration: a labelled duration, then a sentence, else the
 * months between start and end. Extension: from the labelled period, else an extension
 * label or sentence. Labels always before sentences, so a project phase "januari t/m maart"
 * in the body never wins over a label.
 */
import { type DateContext, isAsap } from '../../parse/date';
import { type Period, monthsBetween, parseDurationMonths, parseExtension, parsePeriod } from '../../parse/period';
import { snippet } from '../../parse/text';
import type { IsoDate, PostingWarning } from '../../posting';
import { type Fact, isLabelled } from '../fact';
import { type FieldContext, factsOf, readOnce } from './context';
import { type Candidate, type Decision, candidate, decide, no, ok } from './decide';

/** "uiterlijk", "niet later dan": the latest a start may be. */
const LATEST = /\b(?:uiterlijk|niet later dan|ten laatste|no later than|at the latest)\b/i;

const LABELS: Fact['source'][] = ['label', 'inferred-label', 'page-title'];
const VISIBLE_LABELS: Fact['source'][] = ['label', 'inferred-label'];

export interface Start {
  date: IsoDate | null;
  asap: boolean;
  monthOnly: boolean;
}

export interface PeriodDecisions {
  start: Decision<Start>;
  end: Decision<IsoDate>;
  duration: Decision<number>;
  extension: Decision<string>;
  warnings: PostingWarning[];
}

function periodIn(fact: Fact, ctx: DateContext, lone: 'start' | 'end'): Period | null {
  const yearless = isLabelled(fact) || /\b(?:tot|t\/m)\s+\d{1,2}-\d{1,2}\b/.test(fact.value);
  return readOnce(fact, `period:${lone}@${ctx.reference ?? ''}:${yearless}`, () => parsePeriod(fact.value, { ...ctx, numericWithoutYear: yearless }, lone));
}

export function decidePeriod(ctx: FieldContext, posted: IsoDate | null): PeriodDecisions {
  const dateCtx: DateContext = { now: ctx.now, reference: posted ?? ctx.now };
  const facts = (field: Fact['field'], sources: Fact['source'][]) => factsOf(ctx, field, sources);

  const startFrom = (f: Fact) => {
    // In a sentence "zo snel mogelijk" counts only when it is about starting.
    if (isLabelled(f) ? isAsap(f.value) : isAsap(f.value) && /start|begin|aanvang/i.test(f.value)) {
      return ok<Start>({ date: null, asap: true, monthOnly: false });
    }
    const p = periodIn(f, dateCtx, 'start');
    return p?.start ? ok<Start>({ date: p.start, asap: false, monthOnly: p.startMonthOnly }) : no('no start date in it');
  };
  const periodStart = (f: Fact) => {
    const p = periodIn(f, dateCtx, 'end');
    return p?.start ? ok<Start>({ date: p.start, asap: false, monthOnly: p.startMonthOnly }) : no('no period with a start in it');
  };
  const start = decide<Start>({
    field: 'startDate',
    tiers: [
      { sources: LABELS, candidates: () => facts('start', LABELS).map((f) => candidate(f, startFrom(f))) },
      { sources: LABELS, candidates: () => facts('duration', LABELS).map((f) => candidate(f, periodStart(f))) },
      { sources: ['json-ld'], candidates: () => facts('start', ['json-ld']).map((f) => candidate(f, startFrom(f))) },
      { sources: ['chip', 'prose'], candidates: () => facts('start', ['chip', 'prose']).map((f) => candidate(f, startFrom(f))) },
      // "voor de periode van 1 december 2026 tot en met 30 november 2027": a range, never a lone date.
      { sources: ['chip', 'prose'], candidates: () => facts('duration', ['chip', 'prose']).map((f) => candidate(f, periodStart(f))) },
    ],
    show: (s) => (s.asap ? 'as soon as possible' : (s.date ?? '')),
  });
  const startDate = start.value?.date ?? null;

  const endOf = (f: Fact, lone: 'start' | 'end', what: string) => {
    const p = periodIn(f, dateCtx, lone);
    const end = p?.end ?? (lone === 'end' && isLabelled(f) ? p?.start : null);
    if (!end) return no(`no ${what} in it`);
    // "Gewenste startdatum: z.s.m., uiterlijk 1 februari 2027": the latest start, not the end.
    if (lone === 'start' && !p?.start && LATEST.test(f.value)) return no('the latest start, not the end');
    if (startDate && end <= startDate) return no('not after the start date');
    return ok(end);
  };
  const end = decide<IsoDate>({
    field: 'endDate',
    tiers: [
      { sources: LABELS, candidates: () => facts('end', LABELS).map((f) => candidate(f, endOf(f, 'end', 'end date'))) },
      { sources: LABELS, candidates: () => facts('start', LABELS).map((f) => candidate(f, endOf(f, 'start', 'date range'))) },
      { sources: LABELS, candidates: () => facts('duration', LABELS).map((f) => candidate(f, endOf(f, 'end', 'period'))) },
      { sources: ['chip', 'prose'], candidates: () => facts('end', ['chip', 'prose']).map((f) => candidate(f, endOf(f, 'end', 'end date'))) },
    ],
    show: (d) => d,
  });

  const months = (f: Fact) => {
    const n = readOnce(f, 'months', () => parseDurationMonths(f.value));
    if (n !== null) return ok(n);
    // "Looptijd: 01.10.2026 - 30.09.2027": the months the labelled period spans, also when the start is "z.s.m.".
    const p = isLabelled(f) ? periodIn(f, dateCtx, 'end') : null;
    const spanned = p?.start && p.end ? monthsBetween(p.start, p.end) : null;
    return spanned !== null ? ok(spanned) : no('no number of months or years in it');
  };
  function* derived(): Generator<Candidate<number>> {
    if (!startDate || !end.value) return;
    const n = monthsBetween(startDate, end.value);
    // The evidence is the page text of both dates, not a date range the page never wrote.
    const text = [start.evidence, end.evidence].filter((e) => e).join(' · ') || `${startDate} – ${end.value}`;
    yield { source: 'derived', text, line: -1, hidden: false, value: n, ...(n === null ? { rejected: 'no months between them' } : {}) };
  }
  const duration = decide<number>({
    field: 'durationMonths',
    tiers: [
      { sources: LABELS, candidates: () => facts('duration', LABELS).map((f) => candidate(f, months(f))) },
      { sources: ['chip', 'prose'], candidates: () => facts('duration', ['chip', 'prose']).map((f) => candidate(f, months(f))) },
      { sources: ['derived'], candidates: derived },
    ],
    show: (n) => `${n} months`,
  });

  const extensionIn = (f: Fact, raw: boolean) => {
    const e = raw ? f.value : readOnce(f, 'extension', () => parseExtension(f.value));
    return e ? ok(snippet(e, 160)) : no('no extension option in it');
  };
  const extension = decide<string>({
    field: 'extension',
    tiers: [
      { sources: VISIBLE_LABELS, candidates: () => facts('duration', VISIBLE_LABELS).map((f) => candidate(f, extensionIn(f, false))) },
      { sources: LABELS, candidates: () => facts('extension', LABELS).map((f) => candidate(f, extensionIn(f, true))) },
      { sources: ['chip', 'prose'], candidates: () => facts('extension', ['chip', 'prose']).map((f) => candidate(f, extensionIn(f, false))) },
    ],
    show: (e) => e,
  });

  const warnings: PostingWarning[] = [];
  if (start.value?.monthOnly && startDate) warnings.push({ code: 'start-month-only', detail: startDate });
  return { start, end, duration, extension, warnings };
}
