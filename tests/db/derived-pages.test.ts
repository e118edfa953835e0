/**
 * What is derived from the postings and kept in pages (lib/db/paged-map.ts, lib/db/rows.ts):
 * the list rows, the search texts, the same-assignment cards, the addresses and the portal
 * references follow every write, correction, delete and undo, and the address stays unique
 * as the index it replaced kept it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BidPrepDatabase } from '../../lib/db/database';
import { pageOf } from '../../lib/db/paged-map';
import { deletePosting, restorePosting, saveCapture, updatePosting } from '../../lib/db/postings';
import { AddressTakenError, putListRows } from '../../lib/db/rows';
import { emptyPosting } from '../../lib/extract';
import type { Posting } from '../../lib/posting';

let db: BidPrepDatabase;
let n = 0;
const ctx = (at = '2025-08-26T10:00:00.000Z') => ({ at, newId: () => `id-${++n}` });

function posting(path: string, over: Partial<Posting> = {}): Posting {
  return {
    ...emptyPosting(`https://www.bijoranje.nl/opdrachten/${path}`, 'www.bijoranje.nl', { code: 'no-deadline' }),
    title: 'Projectleider Omgevingswet',
    client: 'Gemeente Zeist',
    reference: 'BO-7',
    requirements: [{ kind: 'knockout', text: 'Ervaring met de Omgevingswet' }],
    ...over,
  };
}

const cardIds = async (key: string) => ((await db.sameKeys.get(key)) ?? []).map((c) => c.id);

beforeEach(() => {
  db = new BidPrepDatabase(`pages-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a map kept in pages', () => {
  it('puts, reads and removes entries across pages; an entry is always on the page its key hashes to', async () => {
    const keys = Array.from({ length: 500 }, (_, i) => `posting-${i}`);
    await db.transaction('rw', db.searchPages, () => db.searchTexts.set(new Map(keys.map((k) => [k, `text of ${k}`]))));
    expect(await db.searchTexts.count()).toBe(500);
    // 500 entries in at most 64 records, each on its own page.
    const pages = await db.searchPages.toArray();
    expect(pages.length).toBeLessThanOrEqual(64);
    for (const page of pages) for (const [key] of page.entries) expect(pageOf(key, 64)).toBe(page.page);
    expect(await db.searchTexts.get('posting-7')).toBe('text of posting-7');
    expect(await db.searchTexts.getMany(['posting-1', 'posting-2', 'nobody'])).toEqual(new Map([['posting-1', 'text of posting-1'], ['posting-2', 'text of posting-2']]));
    await db.transaction('rw', db.searchPages, () => db.searchTexts.set(new Map([['posting-7', null], ['posting-8', 'changed']])));
    expect(await db.searchTexts.get('posting-7')).toBeUndefined();
    expect(await db.searchTexts.get('posting-8')).toBe('changed');
    expect(await db.searchTexts.count()).toBe(499);
    // Every entry, in key order; every value, in any order.
    expect([...(await db.searchTexts.all()).keys()]).toEqual(keys.filter((k) => k !== 'posting-7').sort());
    expect((await db.searchTexts.values()).sort()).toEqual([...(await db.searchTexts.all()).values()].sort());
  });

  it('hashes the same key to the same page on every run (a page is looked for where it was put)', () => {
    expect([pageOf('c:utrecht', 256), pageOf('id-1', 64), pageOf('', 64)]).toEqual([pageOf('c:utrecht', 256), pageOf('id-1', 64), 0x811c9dc5 % 64]);
    const spread = new Set(Array.from({ length: 1000 }, (_, i) => pageOf(`id-${i}`, 64)));
    expect(spread.size).toBe(64);
  });
});

describe('the pages follow the postings', () => {
  it('a capture writes its list row, search text, cards, address and reference', async () => {
    const { id } = await saveCapture(db, posting('a'), ctx());
    expect(await db.summaries.get(id)).toMatchObject({ title: 'Projectleider Omgevingswet', client: 'Gemeente Zeist', reference: 'BO-7' });
    expect(await db.searchTexts.get(id)).toContain('omgevingswet');
    expect(await cardIds('c:zeist')).toEqual([id]);
    expect(await db.addresses.get('https://bijoranje.nl/opdrachten/a')).toBe(id);
    expect(await db.references.get('bijoranje.nl BO-7')).toEqual([id]);
  });

  it('a correction of title, client and reference moves the posting to its new keys and leaves the old ones', async () => {
    const { id } = await saveCapture(db, posting('a'), ctx());
    const other = await saveCapture(db, posting('b', { reference: 'BO-8' }), ctx());
    await updatePosting(db, id, (p) => ({ ...p, corrections: { ...p.corrections, title: 'Programmamanager Wonen', client: 'Gemeente Ede', reference: 'BO-9' } }), '2025-08-27T10:00:00.000Z');
    expect(await cardIds('c:zeist')).toEqual([other.id]);
    expect(await cardIds('c:ede')).toEqual([id]);
    expect((await db.sameKeys.get('c:ede'))![0]).toMatchObject({ title: 'Programmamanager Wonen', client: 'Gemeente Ede' });
    expect(await db.references.get('bijoranje.nl BO-7')).toBeUndefined();
    expect(await db.references.get('bijoranje.nl BO-9')).toEqual([id]);
    expect(await db.searchTexts.get(id)).toContain('programmamanager wonen');
    expect(await db.summaries.get(id)).toMatchObject({ title: 'Programmamanager Wonen', updatedAt: '2025-08-27T10:00:00.000Z' });
    // A capture of the same posting under another address is found by its corrected reference.
    const again = await saveCapture(db, { ...posting('elders', { reference: 'BO-9' }) }, ctx('2025-08-28T10:00:00.000Z'));
    expect(again).toMatchObject({ id, updated: true });
  });

  it('a delete removes all of it, and undo puts all of it back', async () => {
    const { id } = await saveCapture(db, posting('a'), ctx());
    const before = { row: await db.summaries.get(id), text: await db.searchTexts.get(id), cards: await cardIds('c:zeist') };
    const gone = await deletePosting(db, id);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.searchTexts.count()).toBe(0);
    expect(await db.sameKeys.count()).toBe(0);
    expect(await db.addresses.count()).toBe(0);
    expect(await db.references.count()).toBe(0);
    await restorePosting(db, gone!);
    expect({ row: await db.summaries.get(id), text: await db.searchTexts.get(id), cards: await cardIds('c:zeist') }).toEqual(before);
    expect(await db.addresses.get('https://bijoranje.nl/opdrachten/a')).toBe(id);
    expect(await db.references.get('bijoranje.nl BO-7')).toEqual([id]);
  });

  it('refuses a second posting under an address that is taken, and writes nothing of it', async () => {
    const { id } = await saveCapture(db, posting('a'), ctx());
    const first = (await db.postings.get(id))!;
    const twin = { ...first, id: 'someone-else', updatedAt: '2025-09-01T00:00:00.000Z' };
    await expect(
      db.transaction('rw', db.libraryTables, async () => {
        await db.postings.put(twin);
        await putListRows(db, [twin]);
      }),
    ).rejects.toBeInstanceOf(AddressTakenError);
    expect(await db.postings.count()).toBe(1);
    expect(await db.summaries.count()).toBe(1);
    expect(await db.addresses.get(first.canonicalUrl)).toBe(id);
  });
});
