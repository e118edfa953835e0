/**
 * Every schema version of the library database opens with rows of its time and keeps
 * them. One test per version, with example rows written through a Dexie instance that
 * knows only that version's schema, as the extension of that time did.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadProfile, updateProfile } from '../../lib/db/profile';
import { BidPrepDatabase } from '../../lib/db/database';
import { saveCapture, updatePosting } from '../../lib/db/postings';
import { loadSettings } from '../../lib/db/settings';
import { summaryOf } from '../../lib/library/posting-summary';
import { emptyPosting } from '../../lib/extract';
import { warningFromV1 } from '../../lib/db/warnings-v1';
import { SavedPosting } from '../../lib/saved-posting';

/** The database as version 1 of the extension declared it. */
function openAsV1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference]',
    summaries: 'id, deadline, rate, capturedAt, status',
  });
  return db;
}

const cardIds = (under: Map<string, { id: string }[]>, key: string) => (under.get(key) ?? []).map((c) => c.id);

describe('database versions', () => {
  it('v1 → v2: warnings stored as English sentences become codes; everything else is kept', async () => {
    // A v1 row: the shape of today's row, with v1's sentences as warnings.
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const p = { ...emptyPosting('https://striive.com/opdracht/9', 'striive.com', { code: 'no-deadline' }), title: 'Adviseur', reference: 'S-9' };
    const { id } = await saveCapture(scratch, p, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v1-row' });
    const current = await scratch.postings.get(id);
    const summary = await scratch.summaries.get(id);
    await scratch.delete();
    const v1Warnings = [
      'No closing date found on the page.',
      'The closing date has no year on the page; 2026 was assumed.',
      'The rate is not stated as an amount ("Tarief: marktconform").',
      'Structured data states a salary per month; it is not an hourly rate.',
      'Something a later v1 build said.',
    ];
    const v1Row = { ...current!, notes: 'Mijn notitie', status: 'bidding', extracted: { ...current!.extracted, warnings: v1Warnings } };

    const name = `migrate-${Math.random()}`;
    const v1 = openAsV1(name);
    await v1.table('postings').put(v1Row);
    await v1.table('summaries').put(summary);
    v1.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    const row = await reader.postings.get(id);
    expect(SavedPosting.safeParse(row).success).toBe(true);
    expect(row!.extracted.warnings).toEqual([
      { code: 'no-deadline' },
      { code: 'deadline-year-assumed', detail: '2026' },
      { code: 'rate-not-an-amount', detail: 'Tarief: marktconform' },
      { code: 'salary-not-hourly', detail: 'month' },
      { code: 'other', detail: 'Something a later v1 build said.' },
    ]);
    // What the user did survives the upgrade.
    expect(row).toMatchObject({ notes: 'Mijn notitie', status: 'bidding', checklist: current!.checklist });
    expect(await reader.summaries.get(id)).toMatchObject({ title: 'Adviseur' });
    // The indexes the app relies on exist.
    expect(await reader.references.get('striive.com S-9')).toEqual([id]);
    expect(await reader.summaries.count()).toBe(1);
    await reader.delete();
  });

  it('reads back every sentence v1 wrote', () => {
    expect(warningFromV1('This page lists 12 postings; open one posting and capture that page.')).toEqual({ code: 'list-of-postings', detail: '12' });
    expect(warningFromV1('The page shows more than one closing date (2025-10-14, 2025-10-20); the earliest was taken.')).toEqual({
      code: 'several-deadlines',
      detail: '2025-10-14, 2025-10-20',
    });
    expect(warningFromV1('Saved by hand: no posting could be read from this page.')).toEqual({ code: 'saved-by-hand' });
    expect(warningFromV1('A publication date after the closing date (2025-12-01) was ignored.')).toEqual({ code: 'posted-after-deadline', detail: '2025-12-01' });
  });

  it('v2 → v3: list rows get the rate and hours as numbers and the reference; search covers portal, reference and requirements without accents', async () => {
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const p = {
      ...emptyPosting('https://www.striive.com/opdracht/10', 'www.striive.com', { code: 'no-deadline' }),
      title: 'Coördinator Wmo',
      client: 'Gemeente Zeist',
      reference: 'SRQ-10',
      rate: { min: null, max: 95, currency: 'EUR' as const, text: 'Het tarief is maximaal € 95 per uur' },
      hoursPerWeek: { min: 32, max: 36, text: '32 - 36 uur' },
      requirements: [{ kind: 'knockout' as const, text: 'Ervaring met inkoop in het sociaal domein' }],
    };
    const { id } = await saveCapture(scratch, p, { at: '2025-01-01T00:00:00.000Z', newId: () => `v2-${Math.random()}` });
    const current = await scratch.postings.get(id);
    await scratch.delete();
    // As v2 stored them: the search key lower-cased title, client and location; the row with the rate's sentence.
    const v2Row = { ...current!, sort: { ...current!.sort, search: 'coördinator wmo • gemeente zeist' } };
    const v2Summary = {
      id, title: 'Coördinator Wmo', client: 'Gemeente Zeist', location: '', deadline: '', rate: 95, rateText: 'Het tarief is maximaal € 95 per uur',
      status: 'new', capturedAt: current!.capturedAt, sourceHost: 'striive.com', search: 'coördinator wmo • gemeente zeist', knockouts: 1, wishes: 0, checked: 0, total: 1,
    };
    const name = `migrate-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference]', summaries: 'id, deadline, rate, capturedAt, status' });
    await v2.table('postings').put(v2Row);
    await v2.table('summaries').put(v2Summary);
    v2.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    const summary = await reader.summaries.get(id);
    expect(summary).toMatchObject({ rateMin: null, rateMax: 95, hoursMin: 32, hoursMax: 36, reference: 'SRQ-10' });
    expect(summary).not.toHaveProperty('rateText');
    const search = (await reader.searchTexts.getMany([id])).get(id)!;
    for (const word of ['coordinator', 'striive.com', 'srq-10', 'sociaal domein']) expect(search).toContain(word);
    // Since v7 the search text lives apart from the posting (since v8 in pages).
    expect((await reader.postings.get(id))!.sort).not.toHaveProperty('search');
    await reader.delete();
  });

  it('v3 → v4: a table for the CV and profile settings; the postings and list rows stay as they were', async () => {
    const name = `migrate-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference]', summaries: 'id, deadline, rate, capturedAt, status' });
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const { id } = await saveCapture(scratch, { ...emptyPosting('https://x.nl/o/1', 'x.nl', { code: 'no-deadline' }), title: 'Adviseur' }, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v3-row' });
    const row = await scratch.postings.get(id);
    const summary = await scratch.summaries.get(id);
    await scratch.delete();
    await v3.table('postings').put(row);
    await v3.table('summaries').put(summary);
    v3.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    expect(await reader.postings.get(id)).toEqual(row);
    expect(await reader.summaries.get(id)).toEqual(summary);
    expect(await loadProfile(reader)).toMatchObject({ id: 'me', cvText: '', corrections: [], synonyms: [] });
    await updateProfile(reader, (p) => ({ ...p, cvText: 'Mijn cv', settings: { ...p.settings, hourlyRate: 95 } }), '2025-02-01T00:00:00.000Z');
    expect(await reader.profile.get('me')).toMatchObject({ cvText: 'Mijn cv', settings: { hourlyRate: 95 }, updatedAt: '2025-02-01T00:00:00.000Z' });
    // A write that is not a valid profile is refused and changes nothing.
    await expect(updateProfile(reader, (p) => ({ ...p, settings: { ...p.settings, hoursPerWeek: 500 } }))).rejects.toThrow();
    expect((await reader.profile.get('me'))!.settings.hoursPerWeek).toBeNull();
    await reader.delete();
  });

  it('v4 → v5: a settings row and an index on linked assignments; postings, list rows and the profile stay', async () => {
    const name = `migrate-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference]', summaries: 'id, deadline, rate, capturedAt, status', profile: 'id' });
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const { id } = await saveCapture(scratch, { ...emptyPosting('https://x.nl/o/4', 'x.nl', { code: 'no-deadline' }), title: 'Adviseur' }, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v4-row' });
    const row = await scratch.postings.get(id);
    const summary = await scratch.summaries.get(id);
    await updateProfile(scratch, (p) => ({ ...p, cvText: 'Mijn cv' }), '2025-01-02T00:00:00.000Z');
    const profile = await scratch.profile.get('me');
    await scratch.delete();
    await v4.table('postings').put(row);
    await v4.table('summaries').put(summary);
    await v4.table('profile').put(profile);
    v4.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    expect(await reader.postings.get(id)).toEqual(row);
    expect(await reader.summaries.get(id)).toEqual(summary);
    expect(await reader.profile.get('me')).toEqual(profile);
    expect(await loadSettings(reader)).toMatchObject({ reminders: { enabled: false, leadDays: [3, 1], morningOf: true }, brokerMargins: [], lastBackupAt: null });
    // The new index finds linked postings; an old row without a link is simply not in it.
    expect(await reader.postings.where('assignmentId').above('').count()).toBe(0);
    await updatePosting(reader, id, (p) => ({ ...p, assignmentId: 'a-1' }));
    expect((await reader.postings.where('assignmentId').equals('a-1').toArray()).map((p) => p.id)).toEqual([id]);
    await reader.delete();
  });

  it('v5 → v6: every posting gets its same-assignment keys, and a linked posting\'s list row its assignment', async () => {
    const name = `migrate-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId', summaries: 'id, deadline, rate, capturedAt, status', profile: 'id', settings: 'id' });
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const posting = { ...emptyPosting('https://striive.com/o/6', 'striive.com', { code: 'no-deadline' }), title: 'Projectleider Wonen', client: 'Gemeente Utrecht', reference: 'UTR-2025-4471' };
    const { id } = await saveCapture(scratch, posting, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v5-row' });
    const current = (await scratch.postings.get(id))!;
    await scratch.delete();
    // As version 5 stored it: no keys, linked to another portal's posting.
    const row = { ...current, assignmentId: 'asg-1' };
    await v5.table('postings').put(row);
    await v5.table('summaries').put({ ...summaryOf(current), assignmentId: undefined });
    v5.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    // Since v7 the keys are on the list row (one read finds the rows a capture compares).
    expect(await reader.postings.get(id)).toEqual(row);
    const summary = (await reader.summaries.get(id))!;
    expect(summary.sameKeys).toEqual(expect.arrayContaining(['c:utrecht', 't:@project-lead', 'r:utr20254471']));
    expect(summary.assignmentId).toBe('asg-1');
    expect(cardIds(await reader.sameKeys.getMany(['r:utr20254471']), 'r:utr20254471')).toEqual([id]);
    await reader.delete();
  });

  it('v6 → v7: postings drop their copy of the search text (the search table keeps it) and their same-assignment keys (now on the list rows); list rows keep only the deadline index', async () => {
    const name = `migrate-${Math.random()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores({
      postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId, *sort.sameKeys',
      summaries: 'id, deadline, rate, capturedAt, status',
      profile: 'id',
      settings: 'id',
      search: 'id',
    });
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const posting = { ...emptyPosting('https://striive.com/o/7', 'striive.com', { code: 'no-deadline' }), title: 'Programmamanager Jeugd', client: 'Gemeente Ede' };
    const { id } = await saveCapture(scratch, posting, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v6-row' });
    const current = (await scratch.postings.get(id))!;
    const text = { id, text: (await scratch.searchTexts.getMany([id])).get(id)! };
    const summary = await scratch.summaries.get(id);
    await scratch.delete();
    // As version 6 stored it: the search text twice, in the posting and in the search table;
    // the same-assignment keys on the posting, not on its list row.
    await v6.table('postings').put({ ...current, sort: { ...current.sort, search: text.text, sameKeys: summary!.sameKeys } });
    const { sameKeys: _onPosting, ...rowV6 } = summary!;
    await v6.table('summaries').put(rowV6);
    await v6.table('search').put(text);
    v6.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    expect(await reader.postings.get(id)).toEqual(current);
    expect((await reader.searchTexts.getMany([id])).get(id)).toEqual(text.text);
    expect(await reader.summaries.get(id)).toEqual(summary);
    expect(reader.postings.schema.indexes.map((i) => i.name)).not.toContain('sort.sameKeys');
    expect(cardIds(await reader.sameKeys.getMany(['c:ede']), 'c:ede')).toEqual([id]);
    await reader.delete();
  });

  it('v7 → v8: the list rows, the search texts, the same-assignment index and the postings\' indexes of address and reference move to pages', async () => {
    const name = `migrate-${Math.random()}`;
    const v7 = new Dexie(name);
    v7.version(7).stores({
      postings: 'id, &canonicalUrl, [sort.sourceHost+sort.reference], assignmentId',
      summaries: 'id, deadline, *sameKeys',
      profile: 'id',
      settings: 'id',
      search: 'id',
    });
    const scratch = new BidPrepDatabase(`scratch-${Math.random()}`);
    const make = (n: number, title: string, client: string) => ({ ...emptyPosting(`https://striive.com/o/8${n}`, 'striive.com', { code: 'no-deadline' }), title, client });
    const a = await saveCapture(scratch, { ...make(1, 'Programmamanager Jeugd', 'Gemeente Ede'), reference: 'EDE-2025-7' }, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v7-a' });
    const b = await saveCapture(scratch, make(2, 'Adviseur Jeugd', 'Gemeente Ede'), { at: '2025-01-01T00:00:00.000Z', newId: () => 'v7-b' });
    const postings = await scratch.postings.toArray();
    const summaries = await scratch.summaries.toArray();
    const texts = await scratch.searchTexts.all();
    await scratch.delete();
    // As version 7 stored them: a list row and a search row per posting; the keys indexed on the list rows.
    await v7.table('postings').bulkPut(postings);
    await v7.table('summaries').bulkPut(summaries);
    await v7.table('search').bulkPut([...texts].map(([id, text]) => ({ id, text })));
    v7.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(8);
    expect(reader.tables.map((t) => t.name).sort()).toEqual(['addressPages', 'listPages', 'postings', 'profile', 'referencePages', 'sameKeyPages', 'searchPages', 'settings']);
    expect(await reader.postings.toArray()).toEqual(postings);
    expect(await reader.summaries.toArray()).toEqual(summaries);
    expect(await reader.searchTexts.all()).toEqual(texts);
    expect(cardIds(await reader.sameKeys.getMany(['c:ede']), 'c:ede')).toEqual([a.id, b.id]);
    expect(reader.postings.schema.indexes.map((i) => i.name)).toEqual(['assignmentId']);
    expect(await reader.addresses.all()).toEqual(new Map(postings.map((p) => [p.canonicalUrl, p.id])));
    expect(await reader.references.get('striive.com EDE-2025-7')).toEqual([a.id]);
    const [card] = (await reader.sameKeys.getMany(['t:@programme-lead'])).get('t:@programme-lead')!;
    expect(card).toEqual({ id: a.id, title: 'Programmamanager Jeugd', client: 'Gemeente Ede', location: '', sourceHost: 'striive.com' });
    await reader.delete();
  });

  it('lists every version it knows, so none is dropped by accident', () => {
    const db = new BidPrepDatabase(`versions-${Math.random()}`);
    expect(db.verno).toBe(8);
    expect(Dexie.semVer).toBeTruthy();
  });
});
