/**
 * Posted date and closing date (deadline).
 *
 * Deadline: what the page shows wins. Sources, most trusted first: labels (also a
 * "Sluitingsdatum 17 sept 2026" in the document title), among which the earliest date
 * (a broker's own deadline comes before the client's); then the later of two date chips
 * under the title; then a sentence ("De opdracht sluit 04-09-2025", "Sluit over 4 dagen");
 * and only then JSON-LD validThrough, which portals often set a day or more after the date
 * they show, and some to the last day of the work (refused when the page's period names that day). When a shown date and validThrough differ, the shown one is kept and a warning
 * names both. A time comes with the date or from an "Eindtijd" label. A month alone is not
 * a closing date.
 */
import { type DateContext, type FoundDate, findDates } from '../../parse/date';
import { parseRelativeDate } from '../../parse/relative-date';
import { firstSentence, fold } from '../../parse/text';
import type { IsoDate, PostingWarning } from '../../posting';
import { NOT_THE_CLOSING_DATE } from '../../vocabulary/labels';
import { anyPhrase } from '../../vocabulary/phrases';
import { type Fact, isLabelled } from '../fact';
import { type FieldContext, factsOf, readOnce } from './context';
import { type Candidate, type Decision, candidate, decide, no, ok, tiersFrom } from './decide';

export interface Day {
  date: IsoDate;
  time: string | null;
  yearAssumed: boolean;
  /** Written relative to the day of capture ("Sluit over 4 dagen"). */
  relative?: boolean;
}

const LABELS: Fact['source'][] = ['label', 'inferred-label', 'page-title'];
const OTHER_DEADLINE = anyPhrase(NOT_THE_CLOSING_DATE);
const HAS_TIME = /\b\d{1,2}[:.]\d{2}\b/;
/** Words of a sentence about the closing ("uiterlijk 22 oktober 2026 om 09:00 uur"). */
const CLOSING_WORD = /\b(?:reageren|reageer|uiterlijk|sluit|sluiting|sluitingsdatum|deadline|inschrijven|inschrijving|aanbieden|aanbieding|offerte|closing|apply|applications?)\b/i;

/** The first date in a fact: absolute, or relative to today ("Sluit over 9 dagen"). Read once per context. */
export function dateIn(fact: Fact, ctx: DateContext): (Day & { found?: FoundDate }) | null {
  return readOnce(fact, `date@${ctx.reference ?? ''}`, () => {
    // Day-month numbers without a year ("4-10 11:00") only where a label says a date is meant.
    const numericWithoutYear = isLabelled(fact) || /\b(?:tot|t\/m)\s+\d{1,2}-\d{1,2}\b/.test(fact.value);
    const found = findDates(fact.value, { ...ctx, numericWithoutYear })[0];
    const relative = parseRelativeDate(fact.value, ctx.now);
    if (found && (!relative || found.index <= relative.index)) {
      return { date: found.date, time: found.time, yearAssumed: found.yearAssumed, found };
    }
    return relative && { ...relative, yearAssumed: false };
  });
}

export function decidePosted(ctx: FieldContext): Decision<IsoDate> {
  // "Geplaatst 4 dagen geleden" is only as exact as the day the page was rendered: an
  // absolute date (labelled or JSON-LD datePosted) comes first.
  const from = (sources: Fact['source'][], relative: boolean | 'either') => () =>
    factsOf(ctx, 'posted', sources).flatMap((f) => {
      const d = dateIn(f, { now: ctx.now });
      if (relative !== 'either' && (d ? !d.found !== relative : relative)) return [];
      return [candidate(f, !d ? no('no date in it') : d.date > ctx.now ? no('after the day of capture') : ok(d.date))];
    });
  return decide<IsoDate>({
    field: 'postedDate',
    tiers: [
      { sources: LABELS, candidates: from(LABELS, false) },
      { sources: ['json-ld'], candidates: from(['json-ld'], false) },
      { sources: LABELS, candidates: from(LABELS, true) },
      { sources: ['chip'], candidates: from(['chip'], 'either') },
      { sources: ['prose'], candidates: from(['prose'], 'either') },
    ],
    show: (d) => d,
  });
}

export function decideDeadline(ctx: FieldContext, posted: IsoDate | null): Decision<string> & { day: Day | null } {
  const dateCtx: DateContext = { now: ctx.now, reference: posted ?? ctx.now };
  // The days the page's period labels name ("Looptijd 15.10.2026 - 31.12.2026").
  let periodDays: Set<string> | null = null;
  const inPeriod = (date: IsoDate) =>
    (periodDays ??= new Set(
      (['start', 'end', 'duration'] as const).flatMap((field) => factsOf(ctx, field, LABELS)).flatMap((f) => findDates(f.value, { ...dateCtx, numericWithoutYear: true }).map((d) => d.date)),
    )).has(date);
  const read = (f: Fact) => {
    // (The sentence with the cue only: "De opdracht sluit 12-10-2026. De gesprekken …" is about the closing.)
    if (f.source === 'prose' && OTHER_DEADLINE.test(fold(firstSentence(f.value).slice(0, 60)))) return no('about questions or interviews, not the closing date');
    // A label known by its wording, and what it is of after it: "Uiterste datum vragen vrijdag 4 december".
    // (Up to its date: "Reageren vóór 8 januari; de intakegesprekken …" is the closing.)
    if (f.source === 'inferred-label' && OTHER_DEADLINE.test(fold(f.snippet.slice(0, 60).split(/\d/)[0]))) return no('about questions or interviews, not the closing date');
    const d = dateIn(f, dateCtx);
    if (!d) return no('no date in it');
    if (d.found?.monthOnly) return no('a month, not a day');
    // Inhuurdesk's validThrough is the last day of the work, which its "Looptijd" shows.
    if (f.source === 'json-ld' && inPeriod(d.date)) return no('the day the work ends (the period on the page), not the closing date');
    return ok<Day>({ date: d.date, time: d.time, yearAssumed: d.yearAssumed, relative: !d.found });
  };
  const from = (sources: Fact['source'][]) => () => factsOf(ctx, 'deadline', sources).map((f) => candidate(f, read(f)));
  const several: PostingWarning[] = [];

  const decision = decide<Day>({
    field: 'deadline',
    tiers: tiersFrom([LABELS, ['chip'], ['prose'], ['json-ld']], from),
    show: (d) => (d.time ? `${d.date} ${d.time}` : d.date),
    same: (a, b) => a.date === b.date,
    // Two labelled closing dates: the broker's comes first, and that is when the user must act.
    pick: (accepted) => {
      // On the same day, one with the time says more ("Sluit morgen om 16:00" beside a title's
      // "Sluitingsdatum 7 okt 2026"), and a written date is better evidence than "Sluit over 4 dagen".
      const better = (a: Day, b: Day) => (!a.time && !!b.time) || (!!a.time === !!b.time && !!a.relative && !b.relative);
      const earliest = accepted.reduce((a, b) => (b.value!.date < a.value!.date || (b.value!.date === a.value!.date && better(a.value!, b.value!)) ? b : a));
      const others = [...new Set(accepted.map((c) => c.value!.date).filter((d) => d !== earliest.value!.date))];
      if (others.length) several.push({ code: 'several-deadlines', detail: others.join(', ') });
      return { chosen: earliest, why: 'the earliest closing date wins (the broker closes before the client)' };
    },
    disagreeWarning: {
      sources: ['json-ld'],
      warn: (shown: Candidate<Day>, structured: Candidate<Day>) => ({
        code: 'deadline-differs-from-structured-data',
        detail: `${shown.value!.date}|${structured.value!.date}`,
      }),
    },
  });

  let day = decision.value;
  if (day && !day.time) {
    // "Einde inschrijfdatum" and "Eindtijd" in two rows (Flextender).
    const time = factsOf(ctx, 'deadlineTime', LABELS)
      .map((f) => /(\d{1,2})[:.](\d{2})/.exec(f.value))
      .find((m) => m && +m[1] < 24);
    if (time) day = { ...day, time: `${time[1].padStart(2, '0')}:${time[2]}` };
  }
  if (day && !day.time) {
    // "Reageren kan t/m 22 oktober 2026" in the facts, "uiterlijk 22 oktober 2026 om 09:00 uur" in the text: the same day, with its hour.
    // (Sentences are read for the closing date only when no label gave one, so the lines are looked at here.)
    const date = day.date;
    const timed = ctx.lines
      .filter((l) => !l.noise && l.text.length <= 400 && HAS_TIME.test(l.text) && CLOSING_WORD.test(l.text) && !OTHER_DEADLINE.test(fold(l.text.slice(0, 60))))
      .flatMap((l) => findDates(l.text, dateCtx))
      .find((d) => d.date === date && d.time);
    if (timed) day = { ...day, time: timed.time };
  }
  const warnings = [...decision.warnings, ...several];
  if (day?.yearAssumed) warnings.push({ code: 'deadline-year-assumed', detail: day.date.slice(0, 4) });
  return { ...decision, value: day ? (day.time ? `${day.date}T${day.time}` : day.date) : null, day, warnings };
}
