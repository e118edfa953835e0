/**
 * A status change, kept with its date so the overview can show the pipeline over time; a
 * submitted bid can carry the rate offered. Postings saved before the history was kept
 * start theirs with the status they had, dated when they were captured.
 */
import type { PostingStatus, SavedPosting, StatusChange } from '../saved-posting';

export function withStatus(saved: SavedPosting, status: PostingStatus, at: string): SavedPosting {
  if (status === saved.status) return saved;
  const history: StatusChange[] = saved.statusHistory ?? [{ status: saved.status, at: saved.capturedAt }];
  return { ...saved, status, statusHistory: [...history, { status, at }] };
}

/** The rate offered in the bid: on the latest "submitted" change (one is added when there is none). */
export function withOfferedRate(saved: SavedPosting, offeredRate: number | null, at: string): SavedPosting {
  const history = [...(saved.statusHistory ?? [{ status: saved.status, at: saved.capturedAt }])];
  let i = history.findLastIndex((c) => c.status === 'submitted');
  if (i < 0) {
    history.push({ status: 'submitted', at });
    i = history.length - 1;
  }
  const { offeredRate: _drop, ...rest } = history[i];
  history[i] = offeredRate === null ? rest : { ...rest, offeredRate };
  return { ...saved, statusHistory: history };
}

/** The offered rate of the latest submitted bid, if the user recorded one. */
export function offeredRateOf(saved: Pick<SavedPosting, 'statusHistory'>): number | null {
  return saved.statusHistory?.findLast((c) => c.status === 'submitted')?.offeredRate ?? null;
}
