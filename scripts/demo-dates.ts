/**
 * A saved posting page made current: every date on it moved by the same whole number of
 * weeks, so that it closes within the next two weeks. The demo posting of `npm start` and the
 * README screenshots show an open posting ("9 days left") rather than one that closed when
 * the page was saved. Whole weeks keep each date's weekday ("woensdag 4 september") true.
 *
 * Dates are moved as the page writes them: 2025-09-04 (also inside timestamps and JSON-LD),
 * 04-09-2025, 4-9-2025, 04/09/2025 and "4 september 2025" (Dutch and English month names).
 */
import { extractPosting } from '../lib/extract';
import { htmlDocument } from '../lib/node/html-document';
import { addDays } from '../lib/parse/date';

/** Month names by style: Dutch and English, written out and short. */
const STYLES = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  'nl-short': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  'en-short': ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
};
type Style = keyof typeof STYLES;
/** Each name with its month (1–12) and style; a name both languages share reads as Dutch. */
const NAMES = new Map<string, { month: number; style: Style }>();
for (const style of ['en-short', 'nl-short', 'en', 'nl'] as const) STYLES[style].forEach((name, i) => NAMES.set(name, { month: i + 1, style }));
const MONTH_NAMES = [...NAMES.keys()].sort((a, b) => b.length - a.length).join('|');

// Also inside timestamps (2025-08-25T09:14:37), where no word boundary follows the day.
const ISO = /(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)/g;
const DAY_FIRST = /\b(\d{1,2})([-/.])(\d{1,2})\2(20\d\d)\b/g;
const WRITTEN = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES})\\.? (20\\d\\d)\\b`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number | string, m: number | string, d: number | string) => `${y}-${pad(Number(m))}-${pad(Number(d))}`;
const valid = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/**
 * The page as if published lately: its dates moved so that it was published at most a week
 * before `today` (YYYY-MM-DD), not after it, and closes at least two days after it.
 */
export function currentPage(html: string, url: string, today: string): string {
  const posting = extractPosting(htmlDocument(html), url, { now: today });
  const deadline = posting.deadline?.slice(0, 10);
  if (!deadline) return html;
  const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const aWeekAhead = Math.ceil(days(deadline, addDays(today, 7)) / 7);
  const notPublishedYet = posting.postedDate ? Math.floor(days(posting.postedDate, today) / 7) : aWeekAhead;
  const stillOpen = Math.ceil(days(deadline, addDays(today, 2)) / 7);
  return moveDates(html, Math.max(0, stillOpen, Math.min(aWeekAhead, notPublishedYet)));
}

/** `html` with every date moved `weeks` weeks on, each written as it was. */
export function moveDates(html: string, weeks: number): string {
  if (weeks === 0) return html;
  const move = (day: string) => addDays(day, weeks * 7);
  return html
    .replace(ISO, (all, y: string, m: string, d: string) => (valid(iso(y, m, d)) ? move(iso(y, m, d)) : all))
    .replace(DAY_FIRST, (all, d: string, sep: string, m: string, y: string) => {
      const day = iso(y, m, d);
      if (!valid(day)) return all;
      const [ny, nm, nd] = move(day).split('-');
      // As written: "04-09-2025" stays two-digit, "4-9-2025" one where it was.
      const width = (was: string, now: string) => (was.length === 2 ? now : String(Number(now)));
      return `${width(d, nd)}${sep}${width(m, nm)}${sep}${ny}`;
    })
    .replace(WRITTEN, (all, d: string, name: string, y: string) => {
      const { month, style } = NAMES.get(name.toLowerCase())!;
      const day = iso(y, month, d);
      if (!valid(day)) return all;
      const [ny, nm, nd] = move(day).split('-').map(Number);
      const now = STYLES[style][nm - 1];
      return `${nd} ${name[0] === name[0].toUpperCase() ? now[0].toUpperCase() + now.slice(1) : now} ${ny}`;
    });
}
