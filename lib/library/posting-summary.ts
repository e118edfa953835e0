/**
 * One row of the library list: small, so ten thousand of them load and sort fast.
 * Kept in its own table, rewritten in the same transaction as its posting.
 */
import { z } from 'zod';
import { PostingStatus, type SavedPosting, effective } from '../saved-posting';

export const PostingSummary = z.object({
  id: z.string(),
  title: z.string(),
  client: z.string(),
  location: z.string(),
  /** Effective deadline or "" when none. */
  deadline: z.string(),
  /** Highest hourly rate, 0 when unknown. */
  rate: z.number(),
  rateText: z.string(),
  status: PostingStatus,
  capturedAt: z.string(),
  sourceHost: z.string(),
  /** Lower-cased title, client and location. */
  search: z.string(),
  knockouts: z.number(),
  wishes: z.number(),
  checked: z.number(),
  total: z.number(),
});
export type PostingSummary = z.infer<typeof PostingSummary>;

export function summaryOf(saved: SavedPosting): PostingSummary {
  const p = effective(saved);
  return {
    id: saved.id,
    title: p.title ?? p.url,
    client: p.client ?? '',
    location: p.location ?? '',
    deadline: saved.sort.deadline,
    rate: saved.sort.rate,
    rateText: p.rate?.text ?? '',
    status: saved.status,
    capturedAt: saved.capturedAt,
    sourceHost: saved.sort.sourceHost,
    search: saved.sort.search,
    knockouts: saved.checklist.filter((i) => i.kind === 'knockout').length,
    wishes: saved.checklist.filter((i) => i.kind === 'wish').length,
    checked: saved.checklist.filter((i) => i.state !== 'open').length,
    total: saved.checklist.length,
  };
}
