/**
 * What is derived from a posting and kept beside it: its list row, its search text, its
 * same-assignment cards, its address and its portal reference, all in pages (paged-map.ts).
 * Written and removed with the posting, always inside the caller's transaction on
 * `db.libraryTables`, in two rounds of reads and one of writes whatever the number of
 * postings: a note typed just before the panel closes is written before it is gone.
 */
import Dexie from 'dexie';
import { movedReferences, touchedReferences } from '../library/portal-references';
import { type PostingSummary, searchRowOf, summaryOf } from '../library/posting-summary';
import { movedCards, touchedKeys } from '../library/same-key-cards';
import type { SavedPosting } from '../saved-posting';
import type { BidPrepDatabase } from './database';

/** Another posting already has this address (the unique index the pages replace). */
export class AddressTakenError extends Error {
  constructor(readonly address: string) {
    super(`Another posting is saved under ${address}`);
  }
}

/** What a posting's pages hold of it, worked out ahead by a caller with time to spare (a restore, while the browser writes). */
export interface Derived {
  /** The postings' ids and addresses, in the order of their rows and texts. */
  keys: PostingKeys[];
  rows: PostingSummary[];
  texts: string[];
}

/** What the pages are looked up by. */
export type PostingKeys = Pick<SavedPosting, 'id' | 'canonicalUrl'>;

export function derivedOf(postings: readonly SavedPosting[]): Derived {
  return { keys: postings.map(({ id, canonicalUrl }) => ({ id, canonicalUrl })), rows: postings.map(summaryOf), texts: postings.map((p) => searchRowOf(p).text) };
}

/** After these postings were written (in the same transaction). */
export function putListRows(db: BidPrepDatabase, postings: readonly SavedPosting[]): Promise<void> {
  return putDerived(db, derivedOf(postings));
}

/** After postings were written whose pages a caller worked out ahead (derivedOf), in the same transaction. */
export function putDerived(db: BidPrepDatabase, derived: Derived): Promise<void> {
  return updatePages(db, derived, []);
}

/** After these postings were deleted (in the same transaction). */
export function deleteListRows(db: BidPrepDatabase, postings: readonly PostingKeys[]): Promise<void> {
  return updatePages(db, { keys: [], rows: [], texts: [] }, postings);
}

async function updatePages(db: BidPrepDatabase, derived: Derived, deleted: readonly PostingKeys[]): Promise<void> {
  const { keys: written, rows, texts: textOf } = derived;
  const all = [...written, ...deleted];
  if (all.length === 0) return;
  const ids = all.map((p) => p.id);
  const [listed, addresses, texts] = await Dexie.Promise.all([db.summaries.load(ids), db.addresses.load(all.map((p) => p.canonicalUrl)), db.searchTexts.load(ids)]);
  const taken = written.find((p) => (addresses.get(p.canonicalUrl) ?? p.id) !== p.id);
  if (taken) throw new AddressTakenError(taken.canonicalUrl);
  const before = ids.map((id) => listed.get(id)).filter((s): s is PostingSummary => !!s);
  const [cards, references] = await Dexie.Promise.all([db.sameKeys.load(touchedKeys(before, rows)), db.references.load(touchedReferences(before, rows))]);
  for (const p of deleted) {
    listed.set(p.id, null);
    texts.set(p.id, null);
    if (addresses.get(p.canonicalUrl) === p.id) addresses.set(p.canonicalUrl, null);
  }
  written.forEach((p, i) => {
    listed.set(p.id, rows[i]);
    texts.set(p.id, textOf[i]);
    addresses.set(p.canonicalUrl, p.id);
  });
  for (const [key, value] of movedCards(before, rows, cards)) cards.set(key, value);
  for (const [key, value] of movedReferences(before, rows, references)) references.set(key, value);
  await Dexie.Promise.all([listed.save(), texts.save(), addresses.save(), cards.save(), references.save()]);
}
