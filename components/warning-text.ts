/**
 * Extraction warnings in the user's language: the Posting stores a code and the page's
 * detail (lib/posting.ts), the words live in public/_locales.
 */
import type { PostingWarning, WarningCode } from '../lib/posting';
import { formatDate } from './format';
import { type MessageKey, t } from './i18n';

const MESSAGE: Record<Exclude<WarningCode, 'other'>, MessageKey> = {
  'page-empty': 'warningPageEmpty',
  'list-of-postings': 'warningListOfPostings',
  'page-too-complex': 'warningPageTooComplex',
  'no-title': 'warningNoTitle',
  'no-deadline': 'warningNoDeadline',
  'no-hours': 'warningNoHours',
  'no-requirements': 'warningNoRequirements',
  'no-rate': 'warningNoRate',
  'rate-not-an-amount': 'warningRateNotAnAmount',
  'salary-not-hourly': 'warningSalaryNotHourly',
  'salary-placeholder': 'warningSalaryPlaceholder',
  'deadline-year-assumed': 'warningDeadlineYearAssumed',
  'several-deadlines': 'warningSeveralDeadlines',
  'deadline-differs-from-structured-data': 'warningDeadlineDiffers',
  'sources-disagree': 'warningSourcesDisagree',
  'posted-after-deadline': 'warningPostedAfterDeadline',
  'start-month-only': 'warningStartMonthOnly',
  'saved-by-hand': 'warningSavedByHand',
};

export function warningText(w: PostingWarning): string {
  // 'other': a warning stored before warnings had codes; its detail is its text.
  if (w.code === 'other') return w.detail ?? '';
  // This one names two dates, stored as "shown|structured".
  if (w.code === 'deadline-differs-from-structured-data') return t(MESSAGE[w.code], ...(w.detail ?? '|').split('|').map(dayText));
  return t(MESSAGE[w.code], w.detail ?? '');
}

function dayText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDate(iso) : iso;
}
