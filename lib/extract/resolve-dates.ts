/**
 * Dates of a posting from its facts: deadline (with "Eindtijd" merged in), posted,
 * start (or ASAP), end and duration. Year-less dates are placed near the posted date.
 */
import { type DateContext, type FoundDate, findDates, isAsap } from '../parse/date';
import { monthsBetween, parseDurationMonths, parseExtension, parsePeriod } from '../parse/period';
import { parseRelativeDate } from '../parse/relative-date';
import { snippet } from '../parse/text';
import type { IsoDate, Posting, PostingField, PostingWarning } from '../posting';
import { type Fact, byTrust } from './fact';
import type { LabelField } from './labels';

type DateFields = Pick<Posting, 'deadline' | 'postedDate' | 'startDate' | 'startAsap' | 'endDate' | 'durationMonths' | 'extension'>;

export interface Resolved<T> {
  fields: T;
  evidence: Partial<Record<PostingField, string>>;
  warnings: PostingWarning[];
}

function ofField(facts: Fact[], field: LabelField): Fact[] {
  return facts.filter((f) => f.field === field).sort(byTrust);
}

/** First date in a fact's value: absolute, or relative to today for labels and prose. */
function dateIn(fact: Fact, ctx: DateContext): { date: IsoDate; time: string | null; found?: FoundDate } | null {
  const numericWithoutYear = fact.tier <= 2 || /\b(?:tot|t\/m)\s+\d{1,2}-\d{1,2}\b/.test(fact.value);
  const found = findDates(fact.value, { ...ctx, numericWithoutYear })[0];
  const relative = parseRelativeDate(fact.value, ctx.now);
  if (found && (!relative || found.index <= relative.index)) return { date: found.date, time: found.time, found };
  return relative;
}

export function resolveDates(facts: Fact[], now: IsoDate): Resolved<DateFields> {
  const evidence: Partial<Record<PostingField, string>> = {};
  const warnings: PostingWarning[] = [];
  const fields: DateFields = {
    deadline: null, postedDate: null, startDate: null, startAsap: false, endDate: null, durationMonths: null, extension: null,
  };

  for (const f of ofField(facts, 'posted')) {
    const d = dateIn(f, { now });
    if (d && d.date <= now) {
      fields.postedDate = d.date;
      evidence.postedDate = snippet(f.snippet);
      break;
    }
  }
  const ctx: DateContext = { now, reference: fields.postedDate ?? now };

  // Deadline: the most trusted tier wins, structured data and labels counting as one tier
  // (validThrough is often an automatic expiry or the client's later date); within it the
  // earliest date, since a broker's deadline comes before the client's.
  const deadlines = ofField(facts, 'deadline')
    .map((f) => ({ f, d: dateIn(f, ctx), tier: Math.max(f.tier, 1) }))
    .filter((x): x is { f: Fact; d: NonNullable<ReturnType<typeof dateIn>>; tier: number } => x.d !== null && !x.d.found?.monthOnly);
  if (deadlines.length) {
    const tier = Math.min(...deadlines.map((x) => x.tier));
    const best = deadlines.filter((x) => x.tier === tier);
    const earliest = best.reduce((a, b) => (b.d.date < a.d.date ? b : a));
    let time = earliest.d.time;
    if (!time) {
      const t = ofField(facts, 'deadlineTime').map((f) => /(\d{1,2})[:.](\d{2})/.exec(f.value)).find(Boolean);
      if (t && +t[1] < 24) time = `${t[1].padStart(2, '0')}:${t[2]}`;
    }
    fields.deadline = time ? `${earliest.d.date}T${time}` : earliest.d.date;
    evidence.deadline = snippet(earliest.f.snippet);
    if (earliest.d.found?.yearAssumed) warnings.push({ code: 'deadline-year-assumed', detail: earliest.d.date.slice(0, 4) });
    const others = [...new Set(best.map((x) => x.d.date).filter((d) => d !== earliest.d.date))];
    if (others.length) warnings.push({ code: 'several-deadlines', detail: others.join(', ') });
  }

  // A posting is not published after it closes: such a "posted" date was misread.
  if (fields.postedDate && fields.deadline && fields.postedDate > fields.deadline.slice(0, 10)) {
    warnings.push({ code: 'posted-after-deadline', detail: fields.postedDate });
    fields.postedDate = null;
    delete evidence.postedDate;
  }
  resolvePeriod(facts, ctx, fields, evidence, warnings);
  return { fields, evidence, warnings };
}

function resolvePeriod(facts: Fact[], ctx: DateContext, fields: DateFields, evidence: Resolved<DateFields>['evidence'], warnings: PostingWarning[]) {
  const labelled = (f: Fact) => f.tier <= 2;
  const setStart = (start: IsoDate, f: Fact) => {
    if (fields.startDate || fields.startAsap) return;
    fields.startDate = start;
    evidence.startDate = snippet(f.snippet);
  };
  const setEnd = (end: IsoDate, f: Fact) => {
    if (fields.endDate || (fields.startDate && end <= fields.startDate)) return;
    fields.endDate = end;
    evidence.endDate = snippet(f.snippet);
  };
  const yearless = (f: Fact) => labelled(f) || /\b(?:tot|t\/m)\s+\d{1,2}-\d{1,2}\b/.test(f.value);

  // Labelled starts first, then a labelled period ("Looptijd: Van 2026-03-02 tot …"), then prose.
  const starts = ofField(facts, 'start');
  const labelledPeriodStart = ofField(facts, 'duration')
    .filter(labelled)
    .some((f) => parsePeriod(f.value, ctx, 'end')?.start);
  for (const f of starts.filter((f) => labelled(f) || !labelledPeriodStart)) {
    // In prose "zo snel mogelijk" counts only when the sentence is about starting.
    if (labelled(f) ? isAsap(f.value) : isAsap(f.value) && /start|begin|aanvang/i.test(f.value)) {
      fields.startAsap = true;
      evidence.startDate = snippet(f.snippet);
      break;
    }
    const p = parsePeriod(f.value, { ...ctx, numericWithoutYear: labelled(f) }, 'start');
    if (p?.start) {
      setStart(p.start, f);
      if (p.startMonthOnly) warnings.push({ code: 'start-month-only', detail: p.start });
      if (p.end && labelled(f)) setEnd(p.end, f);
      break;
    }
  }

  // Passes from most to least trusted: end labels, period labels ("Duur: 6 maanden (25 okt. 2021 -
  // 25 apr. 2022)"), then prose, so a phase "januari t/m maart" in the body never wins over a label.
  const ends = ofField(facts, 'end');
  const durations = ofField(facts, 'duration');
  const readEnd = (f: Fact) => {
    const p = parsePeriod(f.value, { ...ctx, numericWithoutYear: yearless(f) }, 'end');
    const end = p?.end ?? (labelled(f) ? p?.start : null);
    if (end) setEnd(end, f);
  };
  const readDuration = (f: Fact) => {
    const months = parseDurationMonths(f.value);
    if (months !== null && fields.durationMonths === null) {
      fields.durationMonths = months;
      evidence.durationMonths = snippet(f.snippet);
    }
    if (!labelled(f)) return;
    const p = parsePeriod(f.value, ctx, 'end');
    if (p?.start) setStart(p.start, f);
    if (p?.end) setEnd(p.end, f);
    if (!fields.extension) fields.extension = parseExtension(f.value);
  };
  ends.filter(labelled).forEach(readEnd);
  durations.filter(labelled).forEach(readDuration);
  ends.filter((f) => !labelled(f)).forEach(readEnd);
  durations.filter((f) => !labelled(f)).forEach(readDuration);

  if (fields.durationMonths === null && fields.startDate && fields.endDate) {
    fields.durationMonths = monthsBetween(fields.startDate, fields.endDate);
    if (fields.durationMonths !== null) evidence.durationMonths = `${fields.startDate} – ${fields.endDate}`;
  }
  if (fields.extension) {
    evidence.extension = fields.extension;
  } else {
    for (const f of ofField(facts, 'extension')) {
      fields.extension = labelled(f) ? f.value : parseExtension(f.value);
      if (fields.extension) {
        evidence.extension = snippet(f.snippet);
        break;
      }
    }
  }
}
