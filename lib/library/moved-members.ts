/**
 * An index kept as members under keys (the same-assignment cards under each key, the postings
 * under each portal reference), brought in line after postings changed: each posting leaves
 * every key it was under and joins every key it is under now, as it is now.
 */
import type { PostingSummary } from './posting-summary';

export interface MemberIndex<M> {
  /** The keys a posting is under, read from its list row. */
  keysOf: (s: PostingSummary) => readonly string[];
  /** What the index holds of it under each key. */
  memberOf: (s: PostingSummary) => M;
  idOf: (m: M) => string;
}

/** Every key a change touches: the ones the postings had and the ones they have. */
export function touchedBy<M>(index: MemberIndex<M>, before: readonly PostingSummary[], after: readonly PostingSummary[]): Set<string> {
  return new Set([...before, ...after].flatMap((s) => index.keysOf(s)));
}

/**
 * The entries of the touched keys after the change (`before`: the postings' list rows as
 * they were, absent for new postings; `after`: as they are now, absent for deleted ones;
 * `current`: the touched keys' entries as stored). A key left empty is removed (null).
 * Members stay in id order, so the index is the same whatever order postings came in.
 */
export function movedMembers<M>(
  index: MemberIndex<M>,
  before: readonly PostingSummary[],
  after: readonly PostingSummary[],
  current: { get(key: string): readonly M[] | undefined },
): Map<string, M[] | null> {
  const leaving = new Set([...before, ...after].map((s) => s.id));
  const joining = new Map<string, M[]>();
  for (const s of after) {
    const member = index.memberOf(s);
    for (const key of index.keysOf(s)) {
      const members = joining.get(key);
      if (members) members.push(member);
      else joining.set(key, [member]);
    }
  }
  const byId = (a: M, b: M) => (index.idOf(a) < index.idOf(b) ? -1 : index.idOf(a) > index.idOf(b) ? 1 : 0);
  const out = new Map<string, M[] | null>();
  for (const key of touchedBy(index, before, after)) {
    const members = [...(current.get(key) ?? []).filter((m) => !leaving.has(index.idOf(m))), ...(joining.get(key) ?? [])].sort(byId);
    out.set(key, members.length > 0 ? members : null);
  }
  return out;
}
