/**
 * The library as CSV, one row per posting, for the spreadsheet most users track their bids
 * in today. Made to open cleanly in Excel and LibreOffice with a Dutch locale: UTF-8 with a
 * byte-order mark (else Excel reads "€" as "â‚¬"), ";" between cells (the Dutch list
 * separator, since the comma is the decimal sign), decimal commas in Dutch, CRLF line ends
 * and RFC 4180 quoting. Page text never runs as a formula: a cell that starts with = + - @
 * (or a tab or carriage return) gets an apostrophe in front, as OWASP advises.
 */
import { type Language, type MessageKey, message } from '../i18n/messages';
import { type SavedPosting, effective } from '../saved-posting';
import { portalName } from '../library/portal-name';

export interface LibraryCsvOptions {
  language: Language;
}

const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised when it could be read as a formula, quoted when it holds ; " or a line break. */
export function csvCell(value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? numberText(value, language) : value;
  // A number we wrote ourselves is a number; anything else that starts like a formula is text.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(n: number, language: Language): string {
  const text = String(Math.round(n * 100) / 100);
  return language === 'nl' ? text.replace('.', ',') : text;
}

const COLUMNS: [MessageKey, (s: SavedPosting, language: Language) => string | number | null][] = [
  ['fieldTitle', (s) => effective(s).title],
  ['fieldClient', (s) => effective(s).client],
  ['fieldLocation', (s) => effective(s).location],
  ['exportPortal', (s) => portalName(effective(s).sourceHost) || null],
  ['fieldReference', (s) => effective(s).reference],
  ['csvRateMin', (s) => effective(s).rate?.min ?? null],
  ['csvRateMax', (s) => effective(s).rate?.max ?? null],
  ['csvHoursMin', (s) => effective(s).hoursPerWeek?.min ?? null],
  ['csvHoursMax', (s) => effective(s).hoursPerWeek?.max ?? null],
  ['csvDeadline', (s) => effective(s).deadline?.replace('T', ' ') ?? null],
  ['csvStart', (s, l) => (effective(s).startAsap ? message(l, 'asap') : effective(s).startDate)],
  ['csvEnd', (s) => effective(s).endDate],
  ['csvDurationMonths', (s) => effective(s).durationMonths],
  ['status', (s, l) => message(l, `status_${s.status}`)],
  // Two numbers, not "3/7": a spreadsheet would read that as a date.
  ['csvProgress', (s) => s.checklist.filter((i) => i.state !== 'open').length],
  ['csvRequirements', (s) => s.checklist.length],
  ['csvKnockoutsNotMet', (s) => s.checklist.filter((i) => i.kind === 'knockout' && i.state === 'not-met').length],
  ['exportCaptured', (s) => s.capturedAt.slice(0, 10)],
  ['csvLink', (s) => s.extracted.url],
];

/** The whole library as one CSV file's text (byte-order mark included). */
export function libraryCsv(postings: readonly SavedPosting[], { language }: LibraryCsvOptions): string {
  const header = COLUMNS.map(([key]) => csvCell(message(language, key), language)).join(';');
  const rows = postings.map((s) => COLUMNS.map(([, read]) => csvCell(read(s, language), language)).join(';'));
  return `${BOM}${[header, ...rows].join('\r\n')}\r\n`;
}
