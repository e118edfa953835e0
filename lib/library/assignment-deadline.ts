/**
 * The same assignment on several portals, linked by the user: the earliest closing date
 * among its active postings governs (a broker's own deadline is often a day or two before
 * the client's). Reminders and the badge count such a group once, at that date.
 */
import { ACTIVE_STATUSES } from './list-query';
import type { PostingSummary } from './posting-summary';
import type { SavedPosting } from '../saved-posting';

export interface DeadlineRow {
  id: string;
  deadline: string | null;
  status: PostingSummary['status'];
  title: string | null;
}

/** One row per posting, except that a linked group is one row: its active member that closes first. */
export function governingDeadlines(
  summaries: ReadonlyArray<Pick<PostingSummary, 'id' | 'deadline' | 'status' | 'title'>>,
  linked: ReadonlyArray<Pick<SavedPosting, 'id' | 'assignmentId'>>,
): DeadlineRow[] {
  const groupOf = new Map(linked.filter((p) => p.assignmentId).map((p) => [p.id, p.assignmentId!]));
  const rows: DeadlineRow[] = [];
  const governing = new Map<string, DeadlineRow>();
  for (const s of summaries) {
    const row: DeadlineRow = { id: s.id, deadline: s.deadline || null, status: s.status, title: s.title };
    const group = groupOf.get(s.id);
    if (!group) {
      rows.push(row);
      continue;
    }
    const best = governing.get(group);
    if (!best || earlier(row, best)) governing.set(group, row);
  }
  return [...rows, ...governing.values()];
}

/** Active before inactive; then the earlier closing date; a posting without one never governs a dated one. */
function earlier(a: DeadlineRow, b: DeadlineRow): boolean {
  const activeA = ACTIVE_STATUSES.includes(a.status);
  const activeB = ACTIVE_STATUSES.includes(b.status);
  if (activeA !== activeB) return activeA;
  if (!a.deadline || !b.deadline) return Boolean(a.deadline);
  return a.deadline < b.deadline;
}

/** The group's governing closing date for one posting, when another member closes earlier (for the detail view's note). */
export function earlierInGroup(posting: Pick<SavedPosting, 'id' | 'sort'>, members: ReadonlyArray<Pick<SavedPosting, 'id' | 'sort' | 'status'>>): { id: string; deadline: string } | null {
  const own = posting.sort.deadline;
  const first = members
    .filter((m) => m.id !== posting.id && m.sort.deadline && ACTIVE_STATUSES.includes(m.status))
    .sort((a, b) => (a.sort.deadline < b.sort.deadline ? -1 : 1))[0];
  return first && (!own || first.sort.deadline < own) ? { id: first.id, deadline: first.sort.deadline } : null;
}
