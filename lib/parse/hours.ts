/**
 * Hours per week: "32 uur p/w", "16 - 24 uur per week", "16 tot 24 uur", "32-40",
 * "28 hrs/week", "gemiddeld 24 uur", "3 dagen per week", "vier dagen per week", "0,8 fte".
 * Days count as 8 hours, an fte as 40 (government CAOs count 36, but a page that means that
 * states the hours too, and the hours come first).
 */
import type { HoursPerWeek } from '../posting';
import { HOUR_UNITS, PER_WEEK, unitSource } from '../vocabulary/units';
import { COUNT, parseCount } from './text';

export interface HoursOptions {
  /** The text is the value of an hours label ("Uren per week"), so a bare number is hours. */
  labelled: boolean;
}

const NUM = String.raw`(\d{1,2}(?:[.,]\d)?)`;
const JOIN = String.raw`\s*(?:-|–|—|tot(?:\s+max(?:imaal)?)?|t\/m|à|a|to|of|or)\s*`;
const HOUR_UNIT = unitSource(HOUR_UNITS);
const WEEK = String.raw`(?:\s*\/?\s*${unitSource(PER_WEEK)})`;

const DAYS = new RegExp(String.raw`\b(${COUNT})(?:${JOIN}(${COUNT}))?\s+(?:dag(?:en)?|days?)${WEEK}`, 'i');
const RANGE = new RegExp(String.raw`(?<![\d.,:/-])${NUM}(?![.,]\d)(?:\s*${HOUR_UNIT})?${JOIN}${NUM}\s*(${HOUR_UNIT})?(${WEEK})?(?![\d:/]|\s*(?:maanden|months|jaar|years|%|euro|€|fte))`, 'i');
const SINGLE = new RegExp(String.raw`(?<![\d.,:/-])${NUM}(?![.,]\d)\s*(${HOUR_UNIT})?(${WEEK})?(?![\d:/-]|\s*(?:maanden|months|jaar|years|%|euro|€|dagen|days|fte))`, 'i');
/** What follows days per week that says where they are spent, not how many are worked. */
const PRESENCE = /^\s*(?:op\s+(?:kantoor|locatie|de\s+(?:werkvloer|werkplek|zaak)|het\s+(?:kantoor|stadhuis|gemeentehuis|provinciehuis|werk))|aanwezig|thuis|vanuit\s+huis|in\s+(?:the|our)\s+office|on[\s-]?site|at\s+the\s+office|in\s+het\s+(?:stadhuis|gemeentehuis|provinciehuis|kantoor))/i;
const ONLY_HOURS = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:uur|uren|hours|hrs)$/i;
const FTE_NUM = String.raw`(\d(?:[.,]\d{1,2})?)`;
const FTE = new RegExp(String.raw`(?<![\d.,])${FTE_NUM}(?:${JOIN}${FTE_NUM})?\s*fte\b`, 'i');
const AVERAGE = new RegExp(String.raw`(?:gemiddeld|average|circa|ca\.?|ongeveer|voor)\s+${NUM}\s*${HOUR_UNIT}`, 'i');

function hours(n: number | null): n is number {
  return n !== null && n > 0 && n <= 60;
}

/** Read hours per week from `text`; null when it has none. */
export function parseHours(text: string, options: HoursOptions): HoursPerWeek | null {
  const t = text.replace(/\s+/g, ' ').trim();
  // A text that is only hours ("32 uur", a fact chip): an assignment's hours are per week.
  const labelled = options.labelled || ONLY_HOURS.test(t);
  const days = DAYS.exec(t);
  // "minimaal twee dagen per week op kantoor": where the days are spent, not how many are worked.
  if (days && !PRESENCE.test(t.slice(days.index + days[0].length))) {
    const a = parseCount(days[1]);
    const b = days[2] ? parseCount(days[2]) : a;
    if (a !== null && b !== null && a > 0 && b >= a && b <= 7) return { min: a * 8, max: b * 8, text: t };
  }
  const fte = /\d\s*(?:uur|uren|hours|hrs)\b/i.test(t) ? null : FTE.exec(t);
  if (fte) {
    const [a, b] = [parseCount(fte[1]), parseCount(fte[2] ?? fte[1])];
    if (a !== null && b !== null && a > 0 && b >= a && b <= 1.2) return { min: Math.round(a * 40), max: Math.round(b * 40), text: t };
  }
  const range = RANGE.exec(t);
  if (range && (labelled || range[3] || range[4])) {
    const a = parseCount(range[1]);
    const b = parseCount(range[2]);
    if (hours(a) && hours(b) && b >= a) return { min: a, max: b, text: t };
  }
  const avg = AVERAGE.exec(t);
  if (avg) {
    const a = parseCount(avg[1]);
    if (hours(a)) return { min: a, max: a, text: t };
  }
  // A single number needs a weekly unit unless the label already said "uren per week".
  const single = SINGLE.exec(t);
  if (single) {
    const a = parseCount(single[1]);
    if (hours(a) && (labelled || (single[2] && single[3]))) return { min: a, max: a, text: t };
  }
  return null;
}
