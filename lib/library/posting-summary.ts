/**
 * One row of the library list: small, so ten thousand of them load and sort fast (the
 * search text is a table of its own, below).
 * Kept in its own table, rewritten in the same transaction as its posting.
 */
import { z } from 'zod';
import { PostingStatus, type SavedPosting, effective } from '../saved-posting';
import { sameAssignmentKeys } from './same-assignment-keys';
import { searchText } from './search-text';

export const PostingSummary = z.object({
  id: z.string(),
  title: z.string(),
  client: z.string(),
  location: z.string(),
  /** Effective deadline or "" when none. */
  deadline: z.string(),
  /** Highest hourly rate, 0 when unknown (for sorting). */
  rate: z.number(),
  /** The rate as numbers, shown as "max € 120" (never the page's sentence). */
  rateMin: z.number().nullable(),
  rateMax: z.number().nullable(),
  hoursMin: z.number().nullable(),
  hoursMax: z.number().nullable(),
  reference: z.string(),
  status: PostingStatus,
  capturedAt: z.string(),
  sourceHost: z.string(),
  /** When the posting last changed, so the side panel can refresh only the search texts that did. */
  updatedAt: z.string(),
  knockouts: z.number(),
  wishes: z.number(),
  checked: z.number(),
  total: z.number(),
  /** Shared by the postings of one assignment the user linked (shown as one row); absent when alone. */
  assignmentId: z.string().optional(),
  /**
   * Keys that find the same assignment on other portals (same-assignment-keys.ts), a
   * multi-entry index: a capture's lookup gets the rows it compares titles on in one read.
   */
  sameKeys: z.array(z.string()),
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
    rateMin: p.rate?.min ?? null,
    rateMax: p.rate?.max ?? null,
    hoursMin: p.hoursPerWeek?.min ?? null,
    hoursMax: p.hoursPerWeek?.max ?? null,
    reference: p.reference ?? '',
    status: saved.status,
    capturedAt: saved.capturedAt,
    sourceHost: saved.sort.sourceHost,
    updatedAt: saved.updatedAt,
    knockouts: saved.checklist.filter((i) => i.kind === 'knockout').length,
    wishes: saved.checklist.filter((i) => i.kind === 'wish').length,
    checked: saved.checklist.filter((i) => i.state !== 'open').length,
    total: saved.checklist.length,
    ...(saved.assignmentId ? { assignmentId: saved.assignmentId } : {}),
    sameKeys: sameAssignmentKeys(p),
  };
}

/**
 * The folded text a search looks through (title, client, location, portal, reference and
 * requirement texts; search-text.ts), kept apart from the list rows: it is most of their
 * size, and the list must open without reading it.
 */
export const SearchRow = z.object({ id: z.string(), text: z.string() });
export type SearchRow = z.infer<typeof SearchRow>;

export function searchRowOf(saved: SavedPosting): SearchRow {
  return { id: saved.id, text: searchText(effective(saved), saved.checklist) };
}
