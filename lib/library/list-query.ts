/**
 * Which postings the library shows, in which order. Default: open postings by closing
 * date, soonest first, postings without a date after them, closed ones last.
 */
import type { PostingStatus } from '../saved-posting';
import type { PostingSummary } from './posting-summary';

export type SortBy = 'deadline' | 'rate' | 'captured';

export interface ListQuery {
  search: string;
  sortBy: SortBy;
  /** Empty: every status. */
  statuses: PostingStatus[];
  hideClosed: boolean;
}

export const DEFAULT_QUERY: ListQuery = { search: '', sortBy: 'deadline', statuses: [], hideClosed: false };

/** `today` as `YYYY-MM-DD`; a deadline before it is closed. */
export function listPostings(rows: PostingSummary[], q: ListQuery, today: string): PostingSummary[] {
  const words = q.search.toLowerCase().split(/\s+/).filter(Boolean);
  const closed = (r: PostingSummary) => r.deadline !== '' && r.deadline.slice(0, 10) < today;
  const shown = rows.filter(
    (r) =>
      (q.statuses.length === 0 || q.statuses.includes(r.status)) &&
      !(q.hideClosed && closed(r)) &&
      words.every((w) => r.search.includes(w)),
  );
  const byDeadline = (a: PostingSummary, b: PostingSummary) => {
    const rank = (r: PostingSummary) => (closed(r) ? 2 : r.deadline === '' ? 1 : 0);
    return rank(a) - rank(b) || (rank(a) === 2 ? b.deadline.localeCompare(a.deadline) : a.deadline.localeCompare(b.deadline));
  };
  const compare: Record<SortBy, (a: PostingSummary, b: PostingSummary) => number> = {
    deadline: byDeadline,
    rate: (a, b) => b.rate - a.rate || byDeadline(a, b),
    captured: (a, b) => b.capturedAt.localeCompare(a.capturedAt),
  };
  return shown.sort(compare[q.sortBy]);
}
