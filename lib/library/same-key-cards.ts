/**
 * The same-assignment index (same-assignment-keys.ts) as stored: under each key, a small
 * card per posting with what a capture's lookup compares titles on, so the lookup reads a
 * few pages of cards and no list rows (lib/db/same-assignment.ts).
 */
import { z } from 'zod';
import type { PostingSummary } from './posting-summary';

export const KeyCard = z.object({ id: z.string(), title: z.string(), client: z.string(), location: z.string(), sourceHost: z.string() });
export type KeyCard = z.infer<typeof KeyCard>;

export const cardOf = (s: PostingSummary): KeyCard => ({ id: s.id, title: s.title, client: s.client, location: s.location, sourceHost: s.sourceHost });

/** Every key a change touches: the ones the postings had and the ones they have. */
export function touchedKeys(before: readonly PostingSummary[], after: readonly PostingSummary[]): Set<string> {
  return new Set([...before, ...after].flatMap((s) => s.sameKeys));
}

/**
 * The index's entries after postings changed (`before`: their list rows as they were, absent
 * for new postings; `after`: as they are now, absent for deleted ones): each posting's card
 * leaves every key it was under and joins every key it is under now, with its title of now.
 * `current`: the entries of the touched keys as stored. A key left without cards is removed
 * (null). Cards stay in id order, so the index is the same whatever order postings came in.
 */
export function movedCards(
  before: readonly PostingSummary[],
  after: readonly PostingSummary[],
  current: { get(key: string): readonly KeyCard[] | undefined },
): Map<string, KeyCard[] | null> {
  const leaving = new Set([...before, ...after].map((s) => s.id));
  const joining = new Map<string, KeyCard[]>();
  for (const s of after) {
    const card = cardOf(s);
    for (const key of s.sameKeys) {
      const cards = joining.get(key);
      if (cards) cards.push(card);
      else joining.set(key, [card]);
    }
  }
  const out = new Map<string, KeyCard[] | null>();
  for (const key of touchedKeys(before, after)) {
    const cards = [...(current.get(key) ?? []).filter((c) => !leaving.has(c.id)), ...(joining.get(key) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.set(key, cards.length > 0 ? cards : null);
  }
  return out;
}
