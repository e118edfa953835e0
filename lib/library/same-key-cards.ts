/**
 * The same-assignment index (same-assignment-keys.ts) as stored: under each key, a small
 * card per posting with what a capture's lookup compares titles on, so the lookup reads a
 * few pages of cards and no list rows (lib/db/same-assignment.ts).
 */
import { z } from 'zod';
import { type MemberIndex, movedMembers, touchedBy } from './moved-members';
import type { PostingSummary } from './posting-summary';

export const KeyCard = z.object({ id: z.string(), title: z.string(), client: z.string(), location: z.string(), sourceHost: z.string() });
export type KeyCard = z.infer<typeof KeyCard>;

export const cardOf = (s: PostingSummary): KeyCard => ({ id: s.id, title: s.title, client: s.client, location: s.location, sourceHost: s.sourceHost });

const CARDS: MemberIndex<KeyCard> = { keysOf: (s) => s.sameKeys, memberOf: cardOf, idOf: (c) => c.id };

/** Every key a change touches: the ones the postings had and the ones they have. */
export const touchedKeys = (before: readonly PostingSummary[], after: readonly PostingSummary[]) => touchedBy(CARDS, before, after);

/**
 * The index's entries after postings changed (moved-members.ts): each posting's card leaves
 * every key it was under and joins every key it is under now, with its title of now.
 */
export const movedCards = (before: readonly PostingSummary[], after: readonly PostingSummary[], current: { get(key: string): readonly KeyCard[] | undefined }) =>
  movedMembers(CARDS, before, after, current);
