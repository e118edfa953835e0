/**
 * Statuses in the groups the list colours them by: still in play (new, interested,
 * bidding), offered (submitted), won, and done without a contract (lost, dropped).
 */
import type { PostingStatus } from '../saved-posting';

export type StatusGroup = 'active' | 'submitted' | 'won' | 'done';

const GROUP: Record<PostingStatus, StatusGroup> = {
  new: 'active', interested: 'active', bidding: 'active', submitted: 'submitted', won: 'won', lost: 'done', dropped: 'done',
};

export function statusGroup(status: PostingStatus): StatusGroup {
  return GROUP[status];
}
