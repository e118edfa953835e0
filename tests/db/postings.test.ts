import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BidPrepDatabase } from '../../lib/db/database';
import { deletePosting, restorePosting, saveBareEntry, saveCapture, updatePosting } from '../../lib/db/postings';
import { emptyPosting } from '../../lib/extract';
import type { Posting } from '../../lib/posting';

let db: BidPrepDatabase;
let n = 0;
const ctx = (at = '2025-08-26T10:00:00.000Z') => ({ at, newId: () => `id-${++n}` });

function posting(over: Partial<Posting> = {}): Posting {
  return {
    ...emptyPosting('https://www.bijoranje.nl/opdrachten/pmo-naleving?utm_source=mail#top', 'www.bijoranje.nl', { code: 'no-deadline' }),
    warnings: [],
    title: 'PMO Naleving',
    client: 'VNG',
    rate: { min: null, max: 75, currency: 'EUR', text: 'Max 75 p/u' },
    deadline: '2025-09-04',
    reference: 'BO-1',
    requirements: [
      { kind: 'knockout', text: 'Minimaal HBO werk- en denkniveau' },
      { kind: 'knockout', text: 'Minimaal 1 jaar werkervaring als PMO' },
      { kind: 'wish', text: 'Ervaring bij overheidsorganisaties', weight: 30 },
    ],
    ...over,
  };
}

beforeEach(() => {
  db = new BidPrepDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saving a capture', () => {
  it('stores a new posting with an open checklist and a list row', async () => {
    const { id, updated } = await saveCapture(db, posting(), ctx());
    expect(updated).toBe(false);
    const saved = await db.postings.get(id);
    expect(saved?.status).toBe('new');
    expect(saved?.checklist.map((i) => [i.kind, i.state, i.origin])).toEqual([
      ['knockout', 'open', 'page'],
      ['knockout', 'open', 'page'],
      ['wish', 'open', 'page'],
    ]);
    expect(await db.summaries.get(id)).toMatchObject({ title: 'PMO Naleving', deadline: '2025-09-04', rate: 75, knockouts: 2, wishes: 1, checked: 0 });
  });

  it('updates the same posting on re-capture and keeps everything the user did', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    await updatePosting(db, id, (p) => ({
      ...p,
      status: 'bidding',
      notes: 'Bellen met Lotte',
      corrections: { client: 'Vereniging van Nederlandse Gemeenten' },
      checklist: p.checklist.map((i, k) =>
        k === 0 ? { ...i, state: 'met', evidence: 'CV: HBO Bestuurskunde 2009' } : k === 1 ? { ...i, notes: 'nagaan' } : i,
      ),
    }));
    // The page changed: a wish was added, the PMO eis disappeared, the rate went up.
    const again = posting({
      url: 'https://bijoranje.nl/opdrachten/pmo-naleving/',
      rate: { min: null, max: 80, currency: 'EUR', text: 'Max 80 p/u' },
      requirements: [
        { kind: 'knockout', text: 'Minimaal HBO werk- en denkniveau' },
        { kind: 'wish', text: 'Ervaring bij overheidsorganisaties', weight: 30 },
        { kind: 'wish', text: 'Ervaring met projectplannen', weight: 20 },
      ],
    });
    const second = await saveCapture(db, again, ctx('2025-08-27T09:00:00.000Z'));
    expect(second).toMatchObject({ id, updated: true });
    expect(await db.postings.count()).toBe(1);
    const saved = (await db.postings.get(id))!;
    expect(saved.extracted.rate?.max).toBe(80);
    expect(saved.status).toBe('bidding');
    expect(saved.notes).toBe('Bellen met Lotte');
    expect(saved.corrections.client).toBe('Vereniging van Nederlandse Gemeenten');
    expect(saved.capturedAt).toBe('2025-08-26T10:00:00.000Z');
    expect(saved.lastCapturedAt).toBe('2025-08-27T09:00:00.000Z');
    expect(saved.checklist.map((i) => [i.text, i.state, i.evidence, i.goneFromPage ?? false])).toEqual([
      ['Minimaal HBO werk- en denkniveau', 'met', 'CV: HBO Bestuurskunde 2009', false],
      ['Ervaring bij overheidsorganisaties', 'open', '', false],
      ['Ervaring met projectplannen', 'open', '', false],
      // Gone from the page but the user wrote a note: kept and marked.
      ['Minimaal 1 jaar werkervaring als PMO', 'open', '', true],
    ]);
    expect(await db.summaries.get(id)).toMatchObject({ client: 'Vereniging van Nederlandse Gemeenten', rate: 80, checked: 1 });
  });

  it('recognises the same assignment by portal and reference under another address', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    const moved = await saveCapture(db, posting({ url: 'https://www.bijoranje.nl/opdracht/18734' }), ctx());
    expect(moved).toMatchObject({ id, updated: true });
  });

  it('keeps an edited requirement text and still matches it on the next capture', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    await updatePosting(db, id, (p) => ({ ...p, checklist: p.checklist.map((i, k) => (k === 0 ? { ...i, text: 'HBO (Bestuurskunde)', kind: 'wish' } : i)) }));
    await saveCapture(db, posting(), ctx());
    const saved = (await db.postings.get(id))!;
    expect(saved.checklist[0]).toMatchObject({ text: 'HBO (Bestuurskunde)', kind: 'wish', pageText: 'Minimaal HBO werk- en denkniveau' });
    expect(saved.checklist).toHaveLength(3);
  });
});

describe('what a re-capture changed', () => {
  it('says which facts moved, which corrections now differ from the page, and which requirements came and went', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    await updatePosting(db, id, (p) => ({ ...p, corrections: { rate: { min: null, max: 80, currency: 'EUR', text: 'max 80' } } }));
    const moved = posting({
      deadline: '2025-09-11',
      rate: { min: null, max: 85, currency: 'EUR', text: 'Max 85 p/u' },
      requirements: [
        { kind: 'knockout', text: 'Minimaal HBO werk- en denkniveau' },
        { kind: 'knockout', text: 'Minimaal 1 jaar werkervaring als PMO' },
        { kind: 'knockout', text: 'Kennis van de Wet kinderopvang' },
      ],
    });
    await saveCapture(db, moved, ctx('2025-08-28T10:00:00.000Z'));
    const saved = await db.postings.get(id);
    expect(saved!.lastRecapture).toEqual({
      at: '2025-08-28T10:00:00.000Z',
      facts: [
        { field: 'rate', from: { min: null, max: 75 }, to: { min: null, max: 85 } },
        { field: 'deadline', from: '2025-09-04', to: '2025-09-11' },
      ],
      corrections: [{ field: 'rate', page: { min: null, max: 85 }, yours: { min: null, max: 80 } }],
      added: ['Kennis van de Wet kinderopvang'],
      gone: ['Ervaring bij overheidsorganisaties'],
    });
    // The next capture of an unchanged page has nothing to report.
    await saveCapture(db, moved, ctx('2025-08-29T10:00:00.000Z'));
    expect((await db.postings.get(id))!.lastRecapture).toMatchObject({ facts: [], added: [], gone: [] });
  });
});

describe('changing and deleting', () => {
  it('refuses an invalid change and leaves the posting as it was', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    const before = await db.postings.get(id);
    await expect(updatePosting(db, id, (p) => ({ ...p, status: 'maybe' as never }))).rejects.toThrow();
    expect(await db.postings.get(id)).toEqual(before);
  });

  it('deletes a posting and its list row, and undo puts both back', async () => {
    const { id } = await saveCapture(db, posting(), ctx());
    const gone = await deletePosting(db, id);
    expect(await db.postings.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    await restorePosting(db, gone!);
    expect(await db.postings.get(id)).toEqual(gone);
    expect(await db.summaries.get(id)).toBeDefined();
  });

  it('saves a bare entry for a page without a posting', async () => {
    const { id } = await saveBareEntry(db, 'https://example.org/login', 'Inloggen', ctx());
    expect(await db.postings.get(id)).toMatchObject({ extracted: { title: 'Inloggen', sourceHost: 'example.org', requirements: [] } });
  });
});
