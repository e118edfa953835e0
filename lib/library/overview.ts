/**
 * The pipeline at a glance: postings per status, bids submitted this month, won and lost,
 * and the rates offered over time. Read from the status history, so a bid submitted in
 * March still counts for March after it was won in April.
 */
import { PostingStatus, type SavedPosting } from '../saved-posting';

export interface Overview {
  perStatus: Record<PostingStatus, number>;
  submittedThisMonth: number;
  won: number;
  lost: number;
  /** Won of the decided bids (won + lost), 0–1; null before the first decision. */
  winRate: number | null;
  /** Offered rates in time order: the day the bid was submitted and the rate. */
  offered: { day: string; rate: number; title: string; status: PostingStatus }[];
}

/** `month`: "YYYY-MM", the user's current month. */
export function overviewOf(postings: ReadonlyArray<Pick<SavedPosting, 'status' | 'statusHistory' | 'capturedAt' | 'extracted' | 'corrections'>>, month: string): Overview {
  const perStatus = Object.fromEntries(PostingStatus.options.map((s) => [s, 0])) as Record<PostingStatus, number>;
  let submittedThisMonth = 0;
  const offered: Overview['offered'] = [];
  for (const p of postings) {
    perStatus[p.status]++;
    const submissions = (p.statusHistory ?? []).filter((c) => c.status === 'submitted');
    if (submissions.some((c) => c.at.slice(0, 7) === month)) submittedThisMonth++;
    const last = submissions.at(-1);
    if (last?.offeredRate) offered.push({ day: last.at.slice(0, 10), rate: last.offeredRate, title: p.corrections.title ?? p.extracted.title ?? p.extracted.url, status: p.status });
  }
  const decided = perStatus.won + perStatus.lost;
  return {
    perStatus,
    submittedThisMonth,
    won: perStatus.won,
    lost: perStatus.lost,
    winRate: decided > 0 ? perStatus.won / decided : null,
    offered: offered.sort((a, b) => a.day.localeCompare(b.day)),
  };
}
