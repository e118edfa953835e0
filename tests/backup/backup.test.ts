/**
 * Backup and restore: what a user's file may be (a real backup of any earlier shape, a
 * truncated download, another program's JSON, a crafted file) and what the library looks
 * like afterwards. Restores write every valid record in one transaction, or nothing.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../lib/backup/backup-file';
import { BackupError, MAX_BACKUP_BYTES, checkBackupSize, readBackup } from '../../lib/backup/read-backup';
import { type RestoreResult, applyRestore, exportLibrary, markBackedUp, planRestore, restoreCount } from '../../lib/db/backup';
import { BidPrepDatabase } from '../../lib/db/database';
import { saveCapture, updatePosting } from '../../lib/db/postings';
import { loadProfile, updateProfile } from '../../lib/db/profile';
import { loadSettings, updateSettings } from '../../lib/db/settings';
import { emptyPosting } from '../../lib/extract';
import type { Posting } from '../../lib/posting';
import { PostingStatus, type SavedPosting } from '../../lib/saved-posting';

const BACKUPS = join(import.meta.dirname, '..', 'fixtures', 'backups');
const fixture = (name: string) => readFileSync(join(BACKUPS, name), 'utf8');

let db: BidPrepDatabase;
let n = 0;
const ctx = (at = '2026-10-01T10:00:00.000Z') => ({ at, newId: () => `id-${++n}` });

function posting(i: number, over: Partial<Posting> = {}): Posting {
  return {
    ...emptyPosting(`https://striive.com/nl/opdrachten/${i}`, 'striive.com', { code: 'no-hours' }),
    title: `Projectleider ${i}`,
    client: 'Gemeente Utrecht',
    rate: { min: null, max: 90 + i, currency: 'EUR', text: `max € ${90 + i}` },
    deadline: '2026-12-01',
    reference: `ST-${i}`,
    requirements: [
      { kind: 'knockout', text: 'Minimaal 5 jaar ervaring als projectleider' },
      { kind: 'wish', text: 'Ervaring met Scrum', weight: 20 },
    ],
    ...over,
  };
}

async function fillLibrary(target: BidPrepDatabase): Promise<void> {
  const { id } = await saveCapture(target, posting(1), ctx());
  await saveCapture(target, posting(2, { title: 'Adviseur; wonen, "zorg" \\ welzijn 🏠' }), ctx());
  await updatePosting(target, id, (p) => ({
    ...p,
    status: 'bidding',
    notes: 'Bellen met Lotte\nna 14:00',
    statusHistory: [{ status: 'bidding', at: '2026-10-02T10:00:00.000Z' }],
    corrections: { deadline: '2026-11-28T12:00' },
    checklist: p.checklist.map((c, k) => (k === 0 ? { ...c, state: 'met', evidence: 'CV: 2015–heden projectleider' } : c)),
  }), '2026-10-02T10:00:00.000Z');
  await updateProfile(target, (p) => ({ ...p, cvText: 'Jan de Vries\nProjectleider', settings: { ...p.settings, hourlyRate: 95 } }), '2026-10-03T10:00:00.000Z');
  await updateSettings(target, (s) => ({ ...s, reminders: { ...s.reminders, enabled: true }, brokerMargins: [{ host: 'striive.com', percent: 10 }] }), '2026-10-04T10:00:00.000Z');
}

/** Everything the user would see: every record of every table, in a fixed order. */
async function snapshot(target: BidPrepDatabase) {
  return {
    postings: await target.postings.orderBy('id').toArray(),
    summaries: await target.summaries.toArray(),
    searchTexts: [...(await target.searchTexts.all())],
    sameKeys: [...(await target.sameKeys.all())],
    addresses: [...(await target.addresses.all())],
    references: [...(await target.references.all())],
    profile: await target.profile.toArray(),
    settings: await target.settings.toArray(),
  };
}

async function restore(target: BidPrepDatabase, text: string, replaceNewer = false) {
  return applyRestore(target, await planRestore(target, readBackup(text)), { replaceNewer });
}

beforeEach(() => {
  db = new BidPrepDatabase(`backup-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a backup of the whole library', () => {
  it('holds postings with their checklist work, notes, corrections, history, the CV profile and the settings', async () => {
    await fillLibrary(db);
    const file = JSON.parse(await exportLibrary(db, new Date('2026-10-05T00:00:00Z')));
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-10-05T00:00:00.000Z' });
    expect(file.postings).toHaveLength(2);
    const worked = file.postings.find((p: SavedPosting) => p.status === 'bidding');
    expect(worked).toMatchObject({ notes: 'Bellen met Lotte\nna 14:00', corrections: { deadline: '2026-11-28T12:00' }, statusHistory: [{ status: 'bidding' }] });
    expect(worked.checklist[0]).toMatchObject({ state: 'met', evidence: 'CV: 2015–heden projectleider' });
    expect(file.profile).toMatchObject({ cvText: 'Jan de Vries\nProjectleider', settings: { hourlyRate: 95 } });
    expect(file.settings).toMatchObject({ reminders: { enabled: true }, brokerMargins: [{ host: 'striive.com', percent: 10 }] });
  });

  it('restores into an empty library exactly: every table as it was', async () => {
    await fillLibrary(db);
    const text = await exportLibrary(db);
    const fresh = new BidPrepDatabase(`fresh-${Math.random()}`);
    const result = await restore(fresh, text);
    expect(result).toEqual({ added: 2, updated: 0, keptHere: 0, unchanged: 0, invalid: [] });
    expect(await snapshot(fresh)).toEqual(await snapshot(db));
    // Restoring the same file again changes nothing.
    expect(await restore(fresh, text)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    await fresh.delete();
  });

  it('export → import → export gives the same file, for any library', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const record = fc.record({
      title: text,
      client: fc.option(text, { nil: null }),
      notes: text,
      evidence: text,
      status: fc.constantFrom(...PostingStatus.options),
      deadline: fc.option(fc.constantFrom('2026-12-01', '2026-12-01T09:30', '2027-03-28T02:30'), { nil: null }),
      offered: fc.option(fc.double({ min: 1, max: 500, noNaN: true }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 6 }), async (records) => {
        const a = new BidPrepDatabase(`prop-a-${Math.random()}`);
        const b = new BidPrepDatabase(`prop-b-${Math.random()}`);
        for (const [i, r] of records.entries()) {
          const { id } = await saveCapture(a, posting(i, { title: r.title || null, client: r.client, deadline: r.deadline }), ctx());
          await updatePosting(a, id, (p) => ({
            ...p,
            status: r.status,
            notes: r.notes,
            statusHistory: [{ status: r.status, at: '2026-10-02T10:00:00.000Z', ...(r.offered ? { offeredRate: r.offered } : {}) }],
            checklist: p.checklist.map((c) => ({ ...c, evidence: r.evidence })),
          }));
        }
        const now = new Date('2026-10-05T00:00:00Z');
        const first = await exportLibrary(a, now);
        await restore(b, first);
        const second = await exportLibrary(b, now);
        await a.delete();
        await b.delete();
        expect(second).toBe(first);
      }),
      { numRuns: 25 },
    );
  });

  it('records when the user last backed up', async () => {
    expect((await loadSettings(db)).lastBackupAt).toBeNull();
    await markBackedUp(db, '2026-11-01T10:00:00.000Z');
    expect((await loadSettings(db)).lastBackupAt).toBe('2026-11-01T10:00:00.000Z');
  });
});

describe('backups of every earlier shape', () => {
  it('reads a posting stored by database version 1: warnings become codes, ticks and notes are kept', async () => {
    const result = await restore(db, fixture('v1-records-of-db-v1.json'));
    expect(result).toMatchObject({ added: 1, invalid: [] });
    const p = await db.postings.get('a1');
    expect(p?.extracted.warnings).toEqual([{ code: 'no-hours' }, { code: 'other', detail: 'Something a later v1 build said.' }]);
    expect(p?.checklist.map((c) => [c.state, c.evidence, c.notes])).toEqual([['met', 'CV: HBO Bestuurskunde 2009', ''], ['partly', '', 'nagaan']]);
    expect(p?.sort).toMatchObject({ deadline: '2025-09-04', rate: 75, sourceHost: 'bijoranje.nl', reference: 'BO-1187' });
    expect(await db.summaries.get('a1')).toMatchObject({ title: 'PMO Naleving Sociaal Domein', status: 'interested', checked: 2 });
  });

  it('reads database version 4 records: corrections, own requirements and the CV profile', async () => {
    await restore(db, fixture('v1-records-of-db-v4.json'));
    const p = await db.postings.get('b1');
    expect(p?.corrections.rate?.max).toBe(98);
    expect(p?.checklist[1]).toMatchObject({ origin: 'user', text: 'VOG aanwezig' });
    expect((await loadProfile(db)).settings).toMatchObject({ hourlyRate: 95, region: 'Utrecht' });
  });

  it('reads the current shape: status history, linked assignment, settings', async () => {
    await restore(db, fixture('v1-current.json'));
    const p = await db.postings.get('c1');
    expect(p?.statusHistory?.at(-1)).toEqual({ status: 'submitted', at: '2026-10-10T10:00:00.000Z', offeredRate: 92.5 });
    expect(p?.assignmentId).toBe('asg-1');
    expect(await loadSettings(db)).toMatchObject({ reminders: { enabled: true }, brokerMargins: [{ host: 'flextender.nl', percent: 12.5 }] });
  });
});

describe('a file that is not a good backup', () => {
  async function refused(text: string, problem: string) {
    await fillLibrary(db);
    const before = await snapshot(db);
    let error: unknown;
    try {
      await restore(db, text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toBe(problem);
    expect(await snapshot(db)).toEqual(before);
  }

  it('refuses a truncated download and changes nothing', async () => {
    const whole = fixture('v1-current.json');
    await refused(whole.slice(0, Math.floor(whole.length * 0.6)), 'not-json');
  });

  it('refuses another program\'s JSON, an empty file and plain text', async () => {
    await refused('{"name":"my-app","version":"1.0.0"}', 'not-a-backup');
    expect(() => readBackup('')).toThrow(BackupError);
    expect(() => readBackup('Dit is geen backup')).toThrow(expect.objectContaining({ problem: 'not-json' }));
  });

  it('refuses a backup whose postings are not a list', async () => {
    await refused(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 'x', postings: { 0: {} } }), 'not-a-backup');
  });

  it('refuses keys that would reach an object prototype', async () => {
    const crafted = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","postings":[{"__proto__":{"polluted":true}}]}`;
    await refused(crafted, 'forbidden-keys');
    await refused(`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","postings":[],"settings":{"constructor":{"prototype":{"x":1}}}}`, 'forbidden-keys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The same words inside a text are no keys: a note may mention them.
    const library = JSON.parse(fixture('v1-current.json'));
    library.postings[0].notes = 'vraag: "__proto__": en "constructor": zijn geen sleutels';
    expect(readBackup(JSON.stringify(library)).records.check().take()).toHaveLength(1);
  });

  it('refuses a file from a newer BidPrep', async () => {
    await refused(JSON.stringify({ format: BACKUP_FORMAT, version: 99, exportedAt: 'x', postings: [] }), 'newer-version');
  });

  it('refuses a file over the size limit before reading it, a 100 MB file that is no backup on its first bytes, and an empty one', async () => {
    expect(() => checkBackupSize(MAX_BACKUP_BYTES + 1)).toThrow(expect.objectContaining({ problem: 'too-large' }));
    expect(() => checkBackupSize(0)).toThrow(expect.objectContaining({ problem: 'empty' }));
    await refused(`{"items":["${'x'.repeat(100 * 1024 * 1024)}"]}`, 'not-a-backup');
    await refused('x'.repeat(100 * 1024 * 1024), 'not-json');
  });

  it('reports each invalid record with its reason and restores the valid ones', async () => {
    const file = JSON.parse(fixture('v1-current.json'));
    const good = file.postings[0];
    file.postings = [
      good,
      { ...good, id: 'x2', canonicalUrl: 'https://a.nl/2', status: 'maybe' },
      { ...good, id: 'x3', canonicalUrl: 'https://a.nl/3', extracted: { ...good.extracted, deadline: '4 september' } },
      { ...good, id: 'x4', canonicalUrl: good.canonicalUrl },
      'not a posting',
    ];
    file.settings = { ...file.settings, brokerMargins: [{ host: 'striive.com', percent: 'tien' }] };
    const text = JSON.stringify(file);
    const reasons = (r: RestoreResult) => r.invalid.map((i) => [i.kind, i.index, i.reason.split(':')[0]]);
    const expected = [
      ['posting', 2, 'status'],
      ['posting', 3, 'extracted.deadline'],
      ['posting', 4, 'canonicalUrl'],
      ['posting', 5, '(record)'],
      ['settings', 1, 'brokerMargins.0.percent'],
    ];
    // Into an empty library: the records are checked while the valid ones are written.
    const intoEmpty = await planRestore(db, readBackup(text));
    expect(intoEmpty.unchecked).toBe(5);
    const first = await applyRestore(db, intoEmpty, { replaceNewer: false });
    expect(first.added).toBe(1);
    expect(reasons(first)).toEqual(expected);
    expect(first.invalid[0].label).toBe('Projectleider Wonen');
    expect((await db.postings.toArray()).map((p) => p.id)).toEqual(['c1']);
    // Into a library the file meets: checked before anything is written, with the same reasons.
    const over = await planRestore(db, readBackup(text));
    expect(over).toMatchObject({ unchecked: 0, unchanged: 1 });
    const second = await applyRestore(db, over, { replaceNewer: false });
    expect(second).toMatchObject({ added: 0, unchanged: 1 });
    expect(reasons(second)).toEqual(expected);
    expect(await db.postings.count()).toBe(1);
  });
});

describe('restoring over a library in use', () => {
  it('never replaces a newer edit on this machine unless the user says so', async () => {
    await fillLibrary(db);
    const backup = await exportLibrary(db);
    const [first] = await db.postings.orderBy('id').toArray();
    await updatePosting(db, first.id, (p) => ({ ...p, notes: 'edited after the backup' }), '2026-11-01T10:00:00.000Z');
    const plan = await planRestore(db, readBackup(backup));
    expect(plan.newerHere.map((p) => p.id)).toEqual([first.id]);
    expect(plan.unchanged).toBe(1);
    expect(await applyRestore(db, plan, { replaceNewer: false })).toMatchObject({ keptHere: 1, updated: 0 });
    expect((await db.postings.get(first.id))?.notes).toBe('edited after the backup');
    await applyRestore(db, await planRestore(db, readBackup(backup)), { replaceNewer: true });
    expect((await db.postings.get(first.id))?.notes).not.toBe('edited after the backup');
  });

  it('takes the backup\'s later state, and treats the same page saved under another id as the same posting', async () => {
    const other = new BidPrepDatabase(`other-${Math.random()}`);
    const { id } = await saveCapture(other, posting(1), ctx('2026-10-01T10:00:00.000Z'));
    await updatePosting(other, id, (p) => ({ ...p, status: 'submitted' }), '2026-10-09T10:00:00.000Z');
    const backup = await exportLibrary(other);
    await other.delete();
    await saveCapture(db, posting(1), { at: '2026-10-02T10:00:00.000Z', newId: () => `here-${++n}` });
    const result = await restore(db, backup);
    expect(result).toMatchObject({ updated: 1, added: 0 });
    expect((await db.postings.toArray()).map((p) => [p.id, p.status])).toEqual([[id, 'submitted']]);
    expect(await db.summaries.count()).toBe(1);
  });

  it('reports how far it is after every chunk, and a failure in a later chunk writes nothing', async () => {
    await fillLibrary(db);
    const before = await snapshot(db);
    const file = JSON.parse(await exportLibrary(db));
    file.postings = file.postings.map((p: SavedPosting, i: number) => ({ ...p, id: `new-${i}`, canonicalUrl: `https://b.nl/${i}`, updatedAt: '2027-01-01T00:00:00.000Z' }));
    const plan = await planRestore(db, readBackup(JSON.stringify(file)));
    const total = restoreCount(plan, false);
    expect(total).toBeGreaterThanOrEqual(2);
    // The second chunk's postings fail: whatever was written of the first is undone too.
    const bulkPut = db.postings.bulkPut.bind(db.postings);
    let calls = 0;
    db.postings.bulkPut = ((rows: Parameters<typeof bulkPut>[0]) => (++calls === 2 ? Promise.reject(new Error('disk full')) : bulkPut(rows))) as typeof bulkPut;
    const failed: number[] = [];
    await expect(applyRestore(db, plan, { replaceNewer: false, chunk: 1, onProgress: (n) => failed.push(n) })).rejects.toThrow('disk full');
    db.postings.bulkPut = bulkPut;
    expect(failed.every((n) => n < total)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    // Without the failure: every chunk reported, ending at all of them.
    const progress: [number, number][] = [];
    await applyRestore(db, plan, { replaceNewer: false, chunk: 1, onProgress: (n, of) => progress.push([n, of]) });
    expect(progress.map(([n]) => n)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(progress.every(([, of]) => of === total)).toBe(true);
    expect(await db.postings.count()).toBe(before.postings.length + total);
  });

  it('writes nothing at all when one write fails half-way', async () => {
    await fillLibrary(db);
    const before = await snapshot(db);
    const file = JSON.parse(await exportLibrary(db));
    file.postings = file.postings.map((p: SavedPosting, i: number) => ({ ...p, id: `new-${i}`, canonicalUrl: `https://b.nl/${i}`, updatedAt: '2027-01-01T00:00:00.000Z' }));
    const plan = await planRestore(db, readBackup(JSON.stringify(file)));
    // The postings are written; then writing their list rows fails (a full disk).
    const bulkPut = db.listPages.bulkPut.bind(db.listPages);
    db.listPages.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof bulkPut;
    await expect(applyRestore(db, plan, { replaceNewer: false })).rejects.toThrow('disk full');
    db.listPages.bulkPut = bulkPut;
    expect(await snapshot(db)).toEqual(before);
  });
});
