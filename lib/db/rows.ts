/**
 * The list row and the search text of a posting, written and removed with it, always inside
 * the caller's transaction on postings, summaries and search (see database.ts).
 */
import { searchRowOf, summaryOf } from '../library/posting-summary';
import type { SavedPosting } from '../saved-posting';
import type { BidPrepDatabase } from './database';

export async function putListRows(db: BidPrepDatabase, postings: readonly SavedPosting[]): Promise<void> {
  await db.summaries.bulkPut(postings.map(summaryOf));
  await db.search.bulkPut(postings.map(searchRowOf));
}

export async function deleteListRows(db: BidPrepDatabase, ids: readonly string[]): Promise<void> {
  await db.summaries.bulkDelete([...ids]);
  await db.search.bulkDelete([...ids]);
}
