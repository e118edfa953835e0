/**
 * The library database (IndexedDB through Dexie) in the extension's own origin: the
 * background writes captures, the popup and side panel read live queries. Never opened
 * from a content script, which would put it in the portal's origin.
 *
 * Every schema version stays listed here; when stored shapes change, add a version with
 * an upgrade() and a test in tests/db/migrations.test.ts with example rows.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PostingSummary } from '../library/posting-summary';
import type { SavedPosting } from '../saved-posting';
import { warningFromV1 } from './warnings-v1';

export const DATABASE_NAME = 'bidprep';

export class BidPrepDatabase extends Dexie {
  postings!: EntityTable<SavedPosting, 'id'>;
  /** One small row per posting for the library list (see posting-summary.ts). */
  summaries!: EntityTable<PostingSummary, 'id'>;

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
  }
}
