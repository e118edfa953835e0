/**
 * The library database (IndexedDB through Dexie) in the extension's own origin: the
 * background writes captures, the popup and side panel read live queries. Never opened
 * from a content script, which would put it in the portal's origin.
 *
 * Every schema version stays listed here; when stored shapes change, add a version with
 * an upgrade() and a test in tests/db/migrations.test.ts with example rows.
 */
import Dexie, { type EntityTable } from 'dexie';
import { type PostingSummary, type SearchRow, searchRowOf, summaryOf } from '../library/posting-summary';
import { withSortKeys } from '../library/saved-from-capture';
import type { SavedPosting } from '../saved-posting';
import type { StoredProfile } from '../cv/stored-profile';
import type { LibrarySettings } from '../settings';
import { warningFromV1 } from './warnings-v1';

export const DATABASE_NAME = 'bidprep';

export class BidPrepDatabase extends Dexie {
  postings!: EntityTable<SavedPosting, 'id'>;
  /** One small row per posting for the library list (see posting-summary.ts). */
  summaries!: EntityTable<PostingSummary, 'id'>;
  /** The folded text a search looks through, one row per posting (posting-summary.ts). */
  search!: EntityTable<SearchRow, 'id'>;
  /** The user's CV and profile settings: one row (stored-profile.ts). */
  profile!: EntityTable<StoredProfile, 'id'>;
  /** Reminders, broker margins, last backup: one row (settings.ts). */
  settings!: EntityTable<LibrarySettings, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1: postings, matched on re-capture by canonical URL or by portal + reference;
    // summaries, the list rows, indexed for sorting and filtering.
    this.version(1).stores({
      postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference]',
      summaries: 'id, deadline, rate, capturedAt, status',
    });
    // v2: extraction warnings are codes (worded in the user's language), no longer English
    // sentences. Same tables and indexes; every stored posting's warnings are read back.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('postings')
          .toCollection()
          .modify((row: { extracted?: { warnings?: unknown } }) => {
            const warnings = row.extracted?.warnings;
            if (!Array.isArray(warnings)) return;
            row.extracted!.warnings = warnings.map((w: unknown) => (typeof w === 'string' ? warningFromV1(w) : w));
          }),
      );
    // v3: list rows carry the rate and hours as numbers and the reference; search covers the
    // portal, reference and requirement texts, without regard to accents. Every posting's
    // search key and list row are computed again.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const postings = tx.table<SavedPosting, string>('postings');
        const rows: PostingSummary[] = [];
        await postings.toCollection().modify((row: SavedPosting) => {
          row.sort = withSortKeys(row).sort;
          rows.push(summaryOf(row));
        });
        await tx.table<PostingSummary, string>('summaries').bulkPut(rows);
      });
    // v4: the user's CV and profile settings, for matching it against every requirement.
    this.version(4).stores({ profile: 'id' });
    // v5: library settings (reminders, broker margins, last backup) as a row, so a backup and
    // its restore cover them in the same transaction as the postings. Postings may carry a
    // status history and an assignment id (optional fields: old rows stay valid as they are).
    this.version(5).stores({ settings: 'id', postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId' });
    // v6: the same assignment on several portals. Postings carry keys that find their twins
    // (sort.sameKeys, a multi-entry index); list rows carry the assignment id, so a linked
    // group shows as one row. The search text leaves the list rows for a table of its own
    // (the rows are a tenth of the size: the list of 10,000 opens faster). Every posting's
    // keys, list row and search text are computed again.
    this.version(6)
      .stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId, *sort.sameKeys', search: 'id' })
      .upgrade(async (tx) => {
        const rows: PostingSummary[] = [];
        const texts: SearchRow[] = [];
        await tx.table<SavedPosting, string>('postings').toCollection().modify((row: SavedPosting) => {
          row.sort = withSortKeys(row).sort;
          rows.push(summaryOf(row));
          texts.push(searchRowOf(row));
        });
        await tx.table<PostingSummary, string>('summaries').bulkPut(rows);
        await tx.table<SearchRow, string>('search').bulkPut(texts);
      });
    // v7: fewer entries to write per posting (a restore of 10,000 writes every one of them):
    // the posting no longer carries its search text, which the search table holds, and the
    // list rows keep only the deadline index (the first screen); the list sorts in memory.
    // The same-assignment keys move from the postings to the list rows, so a capture's lookup
    // gets the rows it compares titles on in one read. Every list row is computed again.
    this.version(7)
      .stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId', summaries: 'id, deadline, *sameKeys' })
      .upgrade(async (tx) => {
        const rows: PostingSummary[] = [];
        await tx.table<SavedPosting, string>('postings').toCollection().modify((row: SavedPosting & { sort: { search?: unknown; sameKeys?: unknown } }) => {
          delete row.sort.search;
          delete row.sort.sameKeys;
          rows.push(summaryOf(row));
        });
        await tx.table<PostingSummary, string>('summaries').bulkPut(rows);
      });
  }
}
