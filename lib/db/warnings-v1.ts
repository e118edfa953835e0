/**
 * Version 1 stored extraction warnings as English sentences; version 2 stores codes the
 * UI words in the user's language (lib/posting.ts). This reads a v1 sentence back into
 * its code and detail. A sentence it does not know is kept word for word as 'other'.
 */
import type { PostingWarning } from '../posting';

const V1_SENTENCES: [RegExp, PostingWarning['code']][] = [
  [/^The page is empty\.$/, 'page-empty'],
  [/^This page lists (\d+) postings;/, 'list-of-postings'],
  [/^No posting title found/, 'no-title'],
  [/^No closing date found/, 'no-deadline'],
  [/^No hours per week found/, 'no-hours'],
  [/^No requirements \(eisen, wensen\) found/, 'no-requirements'],
  [/^No hourly rate found/, 'no-rate'],
  [/^The rate is not stated as an amount \("(.*)"\)\.$/, 'rate-not-an-amount'],
  [/^Structured data states a salary per (.+?); it is not an hourly rate\.$/, 'salary-not-hourly'],
  [/^Structured data holds a placeholder salary/, 'salary-placeholder'],
  [/^The closing date has no year on the page; (\d{4}) was assumed\.$/, 'deadline-year-assumed'],
  [/^The page shows more than one closing date \((.+)\); the earliest was taken\.$/, 'several-deadlines'],
  [/^A publication date after the closing date \((.+)\) was ignored\.$/, 'posted-after-deadline'],
  [/^The start is given as a month only; the 1st was taken \((.+)\)\.$/, 'start-month-only'],
  [/^Saved by hand:/, 'saved-by-hand'],
];

export function warningFromV1(sentence: string): PostingWarning {
  for (const [pattern, code] of V1_SENTENCES) {
    const m = pattern.exec(sentence);
    if (m) return m[1] === undefined ? { code } : { code, detail: m[1] };
  }
  return { code: 'other', detail: sentence };
}
