/**
 * The same assignment on several portals, in the library: find a posting's twins through the
 * same-assignment index (a few pages of cards, whatever the library's size), link them (one
 * assignment id, checklist work shared) and unlink them (remembered, so they are not linked
 * again). Every write validates and runs in one transaction.
 */
import { type SameAssignmentCandidate, TITLE_MIN, sameAssignment } from '../library/same-assignment';
import { lookupKeys } from '../library/same-assignment-keys';
import { clientKey, portalKey, titleIgnore, titleSimilarity, titleWords } from '../library/assignment-key';
import type { KeyCard } from '../library/same-key-cards';
import type { Posting } from '../posting';
import { shareOnLink } from '../library/shared-checklist';
import { SavedPosting, effective } from '../saved-posting';
import { putListRows } from './rows';

import type { BidPrepDatabase } from './database';
import { canonicalUrl } from '../library/canonical-url';
import { withSortKeys } from '../library/saved-from-capture';

/** How many of its rarest title words a page without a client is looked up by. */
const RAREST_WORDS = 2;
/** Bounds on the cards looked at and the postings compared in full, whatever the library holds. */
const MAX_LISTED = 5000;
const MAX_COMPARED = 500;
/**
 * The comparison's own title bar: a card holds the title, client and place the comparison
 * reads (the posting as the user sees it), so the quick look drops only what the comparison
 * would. (A lower bar read every posting of a common title's single words in full: a page
 * hiding its client, "Projectleider Warmtetransitie", read 500 postings, 50–150 ms.) The
 * margin covers the order of summing, which may differ in the last bit.
 */
const NEAR_TITLE = TITLE_MIN - 1e-9;

/** How near a card's title is to the posting's (the posting's side worked out once). */
function titleNearness(p: Posting): (s: KeyCard) => number {
  const ignoreP = titleIgnore([...(clientKey(p.client)?.words ?? []), p.location ?? '']);
  const wordsP = titleWords(p.title);
  return (s) => {
    const side = cardSide(s);
    return titleSimilarity(wordsP, side.words, ignoreP, side.ignore);
  };
}

/**
 * A card's title words and the words its client and place make ignorable, kept while the
 * background lives: reading titles is most of a lookup's own work (some 7 ms for a client
 * with hundreds of postings), and the next capture meets the same cards.
 */
const cardSides = new Map<string, { words: ReturnType<typeof titleWords>; ignore: Set<string> }>();
const MAX_CARD_SIDES = 20_000;

function cardSide(s: KeyCard) {
  const key = `${s.title}\n${s.client}\n${s.location}`;
  let side = cardSides.get(key);
  if (!side) {
    if (cardSides.size >= MAX_CARD_SIDES) cardSides.clear();
    side = { words: titleWords(s.title), ignore: titleIgnore([...(clientKey(s.client)?.words ?? []), s.location]) };
    cardSides.set(key, side);
  }
  return side;
}

const portalHost = (host: string | null) => portalKey(host) ?? '';

/** Postings on other portals that are the same assignment as `saved`, best first; not the ones the user unlinked. */
export async function findSameAssignment(db: BidPrepDatabase, saved: SavedPosting): Promise<SameAssignmentCandidate[]> {
  return findTwins(db, effective(saved), saved.id, saved.notSameAs ?? []);
}

async function findTwins(db: BidPrepDatabase, p: Posting, selfId: string | null, notSameAs: readonly string[]): Promise<SameAssignmentCandidate[]> {
  const { exact, byWord } = lookupKeys(p);
  // One read: the pages its keys are on, with the cards of the postings under each.
  const under = await db.sameKeys.getMany([...exact, ...byWord]);
  // A page hiding its client: its twin is under its rarest title words.
  const rarest = byWord
    .map((key) => ({ key, n: under.get(key)?.length ?? 0 }))
    .sort((a, b) => a.n - b.n)
    .slice(0, RAREST_WORDS)
    .map((c) => c.key);
  if (exact.length + rarest.length === 0) return [];
  const excluded = new Set([...(selfId ? [selfId] : []), ...notSameAs]);
  // Exact keys first: when the bound cuts, it cuts the weaker ones.
  const found = [...exact, ...rarest].flatMap((key) => (under.get(key) ?? []).slice(0, MAX_LISTED));
  const rows = [...new Map(found.map((s) => [s.id, s])).values()].filter((s) => !excluded.has(s.id)).slice(0, MAX_LISTED);
  // Titles first, on the cards: only postings whose title is near are read in full.
  // The nearest titles first, another portal only (a portal's own repost is no twin), so the
  // bound drops the least likely.
  const host = portalHost(p.sourceHost);
  const nearness = titleNearness(p);
  const near = rows
    .filter((s) => portalHost(s.sourceHost) !== host)
    .map((s) => ({ s, near: nearness(s) }))
    .filter((x) => x.near >= NEAR_TITLE)
    .sort((a, b) => b.near - a.near)
    .slice(0, MAX_COMPARED)
    .map((x) => x.s);
  if (near.length === 0) return [];
  const others = (await db.postings.bulkGet(near.map((s) => s.id))).filter((o): o is SavedPosting => !!o);
  const out: SameAssignmentCandidate[] = [];
  for (const other of others) {
    if (selfId && other.notSameAs?.includes(selfId)) continue;
    const r = sameAssignment(p, effective(other));
    if (r.same) out.push({ id: other.id, score: r.score, reasons: r.reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Link postings (and the groups they are already in) as one assignment; returns the members. */
export async function linkPostings(db: BidPrepDatabase, ids: readonly string[], at = new Date().toISOString()): Promise<SavedPosting[]> {
  return db.transaction('rw', db.libraryTables, async () => {
    const chosen = (await db.postings.bulkGet([...ids])).filter((p): p is SavedPosting => !!p);
    if (chosen.length < 2) return chosen;
    const groups = [...new Set(chosen.map((p) => p.assignmentId).filter((g): g is string => !!g))];
    const inGroups = groups.length ? await db.postings.where('assignmentId').anyOf(groups).toArray() : [];
    const members = [...new Map([...chosen, ...inGroups].map((p) => [p.id, p])).values()];
    const assignmentId = groups.sort()[0] ?? `asg-${[...ids].sort()[0]}`;
    const memberIds = new Set(members.map((m) => m.id));
    const linked = shareOnLink(members).map((m) =>
      SavedPosting.parse(withSortKeys({ ...m, assignmentId, notSameAs: dropEmpty(m.notSameAs?.filter((id) => !memberIds.has(id))), updatedAt: at })),
    );
    await db.postings.bulkPut(linked);
    await putListRows(db, linked);
    return linked;
  });
}

/** Take one posting out of its assignment; the others stay linked. Its checklist keeps what it has. */
export async function unlinkPosting(db: BidPrepDatabase, id: string, at = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.libraryTables, async () => {
    const posting = await db.postings.get(id);
    if (!posting?.assignmentId) return;
    const others = (await db.postings.where('assignmentId').equals(posting.assignmentId).toArray()).filter((p) => p.id !== id);
    const otherIds = others.map((o) => o.id);
    const writes: SavedPosting[] = [{ ...posting, assignmentId: undefined, notSameAs: [...new Set([...(posting.notSameAs ?? []), ...otherIds])], updatedAt: at }];
    for (const o of others) {
      // One left alone is no longer a group.
      writes.push({ ...o, assignmentId: others.length > 1 ? o.assignmentId : undefined, notSameAs: [...new Set([...(o.notSameAs ?? []), id])], updatedAt: at });
    }
    const valid = writes.map((w) => SavedPosting.parse(withSortKeys(stripUndefined(w))));
    await db.postings.bulkPut(valid);
    await putListRows(db, valid);
  });
}

/**
 * Before a capture is saved: the postings on other portals it is the same assignment as.
 * Asked before the write, while nothing else reads the library (after it, every open view
 * of the library reads its list again).
 */
export async function twinsOfCapture(db: BidPrepDatabase, posting: Posting): Promise<string[]> {
  // The page as read, looked up while the posting it may update is fetched: a correction the
  // user made to the client or title seldom matters here, and a twin needs both. All reads in
  // one transaction, not a dozen small ones (each its own round trip to the browser's storage).
  const [existing, twins] = await db.transaction('r', db.postings, db.sameKeyPages, db.addressPages, async () =>
    Promise.all([db.addresses.get(canonicalUrl(posting.url)).then((id) => (id ? db.postings.get(id) : undefined)), findTwins(db, posting, null, [])]),
  );
  const excluded = new Set([existing?.id, ...(existing?.notSameAs ?? [])]);
  return twins.map((c) => c.id).filter((id) => !excluded.has(id));
}

/** After a capture: link the posting with its twins (found before it was saved). Returns the posting as stored. */
export async function linkSameAssignment(db: BidPrepDatabase, saved: SavedPosting, twins?: readonly string[], at?: string): Promise<SavedPosting> {
  const ids = twins ?? (await findSameAssignment(db, saved)).map((t) => t.id);
  const others = ids.filter((id) => id !== saved.id && !saved.notSameAs?.includes(id));
  if (others.length === 0) return saved;
  const linked = await linkPostings(db, [saved.id, ...others], at);
  return linked.find((p) => p.id === saved.id) ?? saved;
}

function dropEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Compile the title vocabulary ahead of the first capture (it takes tens of milliseconds once). */
export function warmSameAssignment(): void {
  titleWords('Projectleider Wonen');
  clientKey('Gemeente Utrecht');
}
