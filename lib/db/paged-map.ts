/**
 * A map of many small entries (a posting's search text, the postings under a same-assignment
 * key) kept in a fixed number of records, "pages", each holding the entries whose key hashes
 * to it. The library's own data stays one record per posting; these are derived from it.
 *
 * Why: in Chromium's IndexedDB a write costs about 0.1 ms per record and 0.01 ms per index
 * entry, far more than its bytes (measured in real Chromium on an on-disk profile: 10,000 search
 * texts as 10,000 records took 1.5 s, the same texts as 20 records 0.1 s). A restore writes
 * every posting's derived data; pages make that a few hundred records, and reading all of it
 * (the side panel's search) a few dozen.
 *
 * A write reads and writes whole pages: always inside the caller's transaction, which must
 * include the pages' table, so that two writes never interleave on one page.
 */
import Dexie, { type PromiseExtended, type Table } from 'dexie';

export interface Page<V> {
  page: number;
  entries: [string, V][];
}

/** FNV-1a: stable across sessions and browsers, so an entry is always looked for where it was put. */
export function pageOf(key: string, pages: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % pages;
}

export class PagedMap<V> {
  constructor(
    private readonly table: Table<Page<V>, number>,
    readonly pages: number,
  ) {}

  // No async functions here: each method returns Dexie's own promise, which keeps the
  // caller's transaction through every step (native async steps in between can lose it, and
  // a read-modify-write would then run in a transaction of its own).

  /** The entry of one key. */
  get(key: string): PromiseExtended<V | undefined> {
    return this.getMany([key]).then((found) => found.get(key));
  }

  /** The entries of these keys (absent keys are left out), in one read. */
  getMany(keys: Iterable<string>): PromiseExtended<Map<string, V>> {
    const wanted = new Set(keys);
    return this.pagesOf(wanted).then((pages) => {
      const out = new Map<string, V>();
      for (const page of pages) for (const [key, value] of page?.entries ?? []) if (wanted.has(key)) out.set(key, value);
      return out;
    });
  }

  /** Every entry, in key order (the order of the pages is a hash's). */
  all(): PromiseExtended<Map<string, V>> {
    return this.table.toArray().then((pages) => new Map(pages.flatMap((p) => p.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  }

  /** Every value, in no particular order: the quickest read of all of them (the list sorts its own). */
  values(): PromiseExtended<V[]> {
    return this.table.toArray().then((pages) => pages.flatMap((p) => p.entries.map((e) => e[1])));
  }

  /** Every value, in key order. */
  toArray(): PromiseExtended<V[]> {
    return this.all().then((all) => [...all.values()]);
  }

  count(): PromiseExtended<number> {
    return this.table.toArray().then((pages) => pages.reduce((n, p) => n + p.entries.length, 0));
  }

  /** Set entries (null: remove), each page read and written once, whatever the number of changes. */
  set(changes: ReadonlyMap<string, V | null>): PromiseExtended<unknown> {
    if (changes.size === 0) return Dexie.Promise.resolve();
    return this.load(changes.keys()).then((loaded) => {
      for (const [key, value] of changes) loaded.set(key, value);
      return loaded.save();
    });
  }

  /**
   * The pages of these keys, to read and change in memory and then save: several maps loaded
   * side by side cost one round trip to the browser's storage, not one per map.
   */
  load(keys: Iterable<string>): PromiseExtended<LoadedPages<V>> {
    return this.pagesOf(keys).then((pages) => new LoadedPages(this.table, this.pages, pages));
  }

  private pagesOf(keys: Iterable<string>): PromiseExtended<(Page<V> | undefined)[]> {
    const numbers = [...new Set([...keys].map((k) => pageOf(k, this.pages)))].sort((a, b) => a - b);
    return numbers.length === 0 ? Dexie.Promise.resolve([]) : this.table.bulkGet(numbers);
  }
}

/** Some pages of a PagedMap, read: entries are read and changed here, and written by save(). */
export class LoadedPages<V> {
  private readonly byNumber: Map<number, Map<string, V>>;
  private readonly changed = new Set<number>();

  constructor(
    private readonly table: Table<Page<V>, number>,
    private readonly pages: number,
    loaded: readonly (Page<V> | undefined)[],
  ) {
    this.byNumber = new Map(loaded.filter((p): p is Page<V> => !!p).map((p) => [p.page, new Map(p.entries)]));
  }

  /** Only keys whose pages were loaded can be read. */
  get(key: string): V | undefined {
    return this.byNumber.get(pageOf(key, this.pages))?.get(key);
  }

  set(key: string, value: V | null): void {
    const n = pageOf(key, this.pages);
    let entries = this.byNumber.get(n);
    if (!entries) this.byNumber.set(n, (entries = new Map()));
    if (value === null) entries.delete(key);
    else entries.set(key, value);
    this.changed.add(n);
  }

  /** Write the pages changed. */
  save(): PromiseExtended<unknown> {
    if (this.changed.size === 0) return Dexie.Promise.resolve();
    return this.table.bulkPut([...this.changed].map((page) => ({ page, entries: [...this.byNumber.get(page)!] })));
  }
}
