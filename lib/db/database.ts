/**
 * The library database (IndexedDB through Dexie) in the extension's own origin: the
 * background writes captures, the popup and side panel read live queries. Never opened
 * from a content script, which would put it in the portal's origin.
 *
 * Every schema version stays listed here; when stored shapes change, add a version with
 * an upgrade() and a test in tests/db/migrations.test.ts with example rows.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { type PostingSummary, type SearchRow, searchRowOf, summaryOf } from '../library/posting-summary';
import { withSortKeys } from '../library/saved-from-capture';
import type { SavedPosting } from '../saved-posting';
import type { StoredProfile } from '../cv/stored-profile';
import type { LibrarySettings } from '../settings';
import { warningFromV1 } from './warnings-v1';
import { type KeyCard, movedCards } from '../library/same-key-cards';
import { movedReferences } from '../library/portal-references';
import { type Page, PagedMap } from './paged-map';

// The page counts are part of the stored layout (an entry lives on the page its key hashes
// to): changing one needs a new version whose upgrade rebuilds those pages.
/** Pages of list rows: some 75 kB each at 10,000 postings (a capture rewrites one). */
export const LIST_PAGES = 64;
/** Pages of search texts: some 120 kB each at 10,000 postings. */
export const SEARCH_PAGES = 64;
/** Pages of the same-assignment index: a capture's lookup reads the few its keys are on. */
export const SAME_KEY_PAGES = 256;
/** Pages of the addresses and of the portal references: a capture's lookup reads one of each. */
export const ADDRESS_PAGES = 64;

export const DATABASE_NAME = 'bidprep';

export class BidPrepDatabase extends Dexie {
  postings!: EntityTable<SavedPosting, 'id'>;
  /** One small row per posting for the library list (see posting-summary.ts), in pages (paged-map.ts). */
  listPages!: Table<Page<PostingSummary>, number>;
  /** The folded text a search looks through, per posting (posting-summary.ts), kept in pages (paged-map.ts). */
  searchPages!: Table<Page<string>, number>;
  /** The same-assignment keys, each with the cards of the postings under it (same-key-cards.ts), in pages. */
  sameKeyPages!: Table<Page<KeyCard[]>, number>;
  /** Each posting's canonical address with its id, in pages: one posting per address. */
  addressPages!: Table<Page<string>, number>;
  /** Portal and reference ("striive.com S-9") with the ids of the postings that carry them, in pages. */
  referencePages!: Table<Page<string[]>, number>;
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
    // v8: everything derived from the postings leaves its one record or index entry per posting
    // for pages (paged-map.ts): the list rows, the search texts, the same-assignment index, and
    // the postings' own indexes of address and portal reference. A restore of 10,000 postings
    // wrote 30,000 small records and 80,000 index entries besides the postings, some 4 s in
    // Chromium; the side panel read 10,000 list rows in 80 ms, 64 pages of them take 12 ms.
    // Built from the tables as they are (the postings read one at a time, for their address).
    this.version(8)
      .stores({ postings: 'id, assignmentId', summaries: null, search: null, listPages: 'page', searchPages: 'page', sameKeyPages: 'page', addressPages: 'page', referencePages: 'page' })
      .upgrade(async (tx) => {
        const rows = await tx.table<PostingSummary, string>('summaries').toArray();
        const texts = await tx.table<SearchRow, string>('search').toArray();
        const addresses = new Map<string, string>();
        await tx.table<SavedPosting, string>('postings').each((p) => void addresses.set(p.canonicalUrl, p.id));
        await new PagedMap(tx.table<Page<PostingSummary>, number>('listPages'), LIST_PAGES).set(new Map(rows.map((r) => [r.id, r])));
        await new PagedMap(tx.table<Page<string>, number>('searchPages'), SEARCH_PAGES).set(new Map(texts.map((t) => [t.id, t.text])));
        await new PagedMap(tx.table<Page<KeyCard[]>, number>('sameKeyPages'), SAME_KEY_PAGES).set(movedCards([], rows, new Map()));
        await new PagedMap(tx.table<Page<string>, number>('addressPages'), ADDRESS_PAGES).set(addresses);
        await new PagedMap(tx.table<Page<string[]>, number>('referencePages'), ADDRESS_PAGES).set(movedReferences([], rows, new Map()));
      });
  }

  /** Each posting's list row, by posting id. */
  get summaries(): PagedMap<PostingSummary> {
    return new PagedMap(this.listPages, LIST_PAGES);
  }

  /** Each posting's search text, by posting id. */
  get searchTexts(): PagedMap<string> {
    return new PagedMap(this.searchPages, SEARCH_PAGES);
  }

  /** The cards of the postings under each same-assignment key, by key. */
  get sameKeys(): PagedMap<KeyCard[]> {
    return new PagedMap(this.sameKeyPages, SAME_KEY_PAGES);
  }

  /** Which posting has this canonical address. */
  get addresses(): PagedMap<string> {
    return new PagedMap(this.addressPages, ADDRESS_PAGES);
  }

  /** Which postings carry this portal and reference (portalReferenceKey in portal-references.ts). */
  get references(): PagedMap<string[]> {
    return new PagedMap(this.referencePages, ADDRESS_PAGES);
  }

  /** The tables a posting's write touches: the posting and the pages derived from it. */
  get libraryTables() {
    return [this.postings, this.listPages, this.searchPages, this.sameKeyPages, this.addressPages, this.referencePages] as const;
  }
}
