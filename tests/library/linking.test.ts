/**
 * The same assignment captured from several portals, in the library: linked on capture,
 * checklist work shared both ways, the earliest deadline governing, unlinking without loss
 * and never linked again. Pages are the fixture pairs of tests/fixtures/same-assignment.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BidPrepDatabase } from '../../lib/db/database';
import { saveCapture, updatePosting } from '../../lib/db/postings';
import { findSameAssignment, linkPostings, linkSameAssignment, twinsOfCapture, unlinkPosting } from '../../lib/db/same-assignment';
import { extractPosting } from '../../lib/extract';
import { TITLE_MIN, sameAssignment } from '../../lib/library/same-assignment';
import { clientKey, titleIgnore, titleSimilarity, titleWords } from '../../lib/library/assignment-key';
import { listPostings, DEFAULT_QUERY } from '../../lib/library/list-query';
import { htmlDocument } from '../../lib/node/html-document';
import type { Posting } from '../../lib/posting';
import { type SavedPosting, effective } from '../../lib/saved-posting';
import { FIXTURE_DIR } from '../support/fixtures';

const DIR = join(FIXTURE_DIR, 'same-assignment');
const NOW = '2025-11-20';

function read(path: string): Posting {
  const doc = htmlDocument(readFileSync(path, 'utf8'));
  return extractPosting(doc, doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!, { now: NOW });
}
const html = (dir: string) => readdirSync(join(DIR, dir)).filter((f) => f.endsWith('.html')).sort().map((f) => read(join(DIR, dir, f)));
const assignments = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'near-misses').map((d) => ({ slug: d.name, pages: html(d.name) }));
const nearMisses = readdirSync(join(DIR, 'near-misses'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({ slug: d.name, pages: html(join('near-misses', d.name)) }));

let db: BidPrepDatabase;
let n = 0;
const ctx = () => ({ at: new Date(Date.UTC(2025, 10, 20, 10, 0, n)).toISOString(), newId: () => `id-${++n}` });

/** Capture as the background does: find the twins, save, then link. */
async function capture(p: Posting): Promise<SavedPosting> {
  const twins = await twinsOfCapture(db, p);
  const { posting } = await saveCapture(db, p, ctx());
  return linkSameAssignment(db, posting, twins);
}

beforeEach(() => {
  db = new BidPrepDatabase(`linking-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('capturing the same assignment from several portals', () => {
  it('links every page of one assignment, and nothing else, whatever the order of capture', async () => {
    const order = [...assignments.flatMap((a) => a.pages.map((p) => ({ slug: a.slug, p }))), ...nearMisses.flatMap((m) => m.pages.map((p, i) => ({ slug: `near:${m.slug}:${i}`, p })))];
    // Interleaved: first pages of every assignment, then the second ones, and so on.
    order.sort((x, y) => assignments.findIndex((a) => a.pages.includes(x.p)) - assignments.findIndex((a) => a.pages.includes(y.p)));
    const bySlug = new Map<string, string[]>();
    for (const { slug, p } of order) bySlug.set(slug, [...(bySlug.get(slug) ?? []), (await capture(p)).id]);
    const stored = new Map((await db.postings.toArray()).map((p) => [p.id, p]));
    const groupOf = (id: string) => stored.get(id)!.assignmentId;
    for (const a of assignments) {
      const groups = new Set(bySlug.get(a.slug)!.map(groupOf));
      expect(groups.size, a.slug).toBe(1);
      expect([...groups][0], a.slug).toBeTruthy();
    }
    const all = assignments.map((a) => groupOf(bySlug.get(a.slug)![0]));
    expect(new Set(all).size).toBe(assignments.length);
    for (const m of nearMisses) for (const i of [0, 1]) expect(groupOf(bySlug.get(`near:${m.slug}:${i}`)![0]), m.slug).toBeUndefined();
  });

  it('shows a linked assignment as one row in the list, the one closing first, naming the other portals', async () => {
    const a = assignments.find((x) => x.pages.length >= 3) ?? assignments[0];
    for (const p of a.pages) await capture(p);
    const rows = listPostings(await db.summaries.toArray(), DEFAULT_QUERY, NOW);
    expect(rows).toHaveLength(1);
    expect(rows[0].alsoOn).toHaveLength(a.pages.length - 1);
    const deadlines = (await db.summaries.toArray()).map((s) => s.deadline).filter(Boolean).sort();
    expect(rows[0].deadline).toBe(deadlines[0]);
  });
});

describe('the lookup on capture', () => {
  it('finds what comparing with every posting finds, and reads in full only postings whose title can match', async () => {
    const pages = [...assignments, ...nearMisses].flatMap((a) => a.pages);
    // Around each page: the same client with another role (the title shares all but one word,
    // as "Projectleider Wonen" and "Adviseur Wonen" do), on another portal.
    const otherRole = (title: string) => ['Adviseur', 'Projectsecretaris', 'Teamleider'].find((r) => !title.toLowerCase().includes(r.toLowerCase()))!;
    const crowd = pages.map((p, i) => {
      const words = (p.title ?? '').split(' ');
      return { ...p, url: `https://crowd.example/opdracht/${i}`, sourceHost: 'crowd.example', title: [otherRole(p.title ?? ''), ...words.slice(1)].join(' '), reference: null };
    });
    for (const p of [...pages, ...crowd]) await saveCapture(db, p, ctx());
    const saved = await db.postings.toArray();
    const byId = new Map(saved.map((p) => [p.id, effective(p)]));
    // The title nearness the comparison itself applies.
    const nearness = (a: Posting, b: Posting) =>
      titleSimilarity(titleWords(a.title), titleWords(b.title), ...[a, b].map((p) => titleIgnore([...(clientKey(p.client)?.words ?? []), p.location ?? ''])));

    let read: string[] = [];
    let skipped = 0;
    const bulkGet = db.postings.bulkGet.bind(db.postings);
    db.postings.bulkGet = ((keys: string[]) => (read.push(...keys), bulkGet(keys))) as typeof bulkGet;
    for (const s of saved) {
      read = [];
      const everyOther = saved.filter((o) => o.id !== s.id && sameAssignment(effective(s), effective(o)).same).map((o) => o.id).sort();
      const found = (await findSameAssignment(db, s)).map((c) => c.id).sort();
      expect(found, s.extracted.title ?? s.id).toEqual(everyOther);
      for (const id of read) expect(nearness(effective(s), byId.get(id)!), `${s.extracted.title} read ${byId.get(id)!.title}`).toBeGreaterThanOrEqual(TITLE_MIN);
      skipped += saved.filter((o) => o.id !== s.id && o.extracted.client === s.extracted.client && nearness(effective(s), effective(o)) >= 0.5 && !read.includes(o.id)).length;
    }
    db.postings.bulkGet = bulkGet;
    // The crowd's other roles share a title word or two with the pages, and are left unread.
    expect(skipped).toBeGreaterThanOrEqual(pages.length);
  });
});

describe('linked postings share the checklist work', () => {
  it('carries a tick with its evidence over to the same requirement on the other portal, both ways', async () => {
    const [first, second] = assignments[0].pages;
    const a = await capture(first);
    const b = await capture(second);
    expect(b.assignmentId).toBe((await db.postings.get(a.id))!.assignmentId);
    const item = a.checklist[0];
    await updatePosting(db, a.id, (p) => ({ ...p, checklist: p.checklist.map((c) => (c.id === item.id ? { ...c, state: 'met', evidence: 'CV: 2019–heden projectleider' } : c)) }));
    const twinAfter = (await db.postings.get(b.id))!.checklist.find((c) => c.state === 'met');
    expect(twinAfter?.evidence).toBe('CV: 2019–heden projectleider');
    // And back: a note on the second shows on the first.
    await updatePosting(db, b.id, (p) => ({ ...p, checklist: p.checklist.map((c) => (c.id === twinAfter!.id ? { ...c, notes: 'referentie Utrecht' } : c)) }));
    expect((await db.postings.get(a.id))!.checklist.find((c) => c.id === item.id)?.notes).toBe('referentie Utrecht');
  });

  it('copies work onto items without work when two postings are linked by hand, and never replaces work done', async () => {
    const [first, second] = assignments[1].pages;
    const { posting: a } = await saveCapture(db, first, ctx());
    const { posting: b } = await saveCapture(db, second, ctx());
    await updatePosting(db, a.id, (p) => ({ ...p, checklist: p.checklist.map((c, i) => (i === 0 ? { ...c, state: 'met', evidence: 'uit a' } : c)) }));
    await updatePosting(db, b.id, (p) => ({ ...p, checklist: p.checklist.map((c, i) => (i === 0 ? { ...c, state: 'partly', evidence: 'uit b' } : i === 1 ? { ...c, state: 'met', evidence: 'alleen b' } : c)) }));
    await linkPostings(db, [a.id, b.id]);
    const [la, lb] = await Promise.all([db.postings.get(a.id), db.postings.get(b.id)]);
    expect(la!.checklist[0].evidence).toBe('uit a');
    expect(lb!.checklist[0].evidence).toBe('uit b');
    expect(la!.checklist.some((c) => c.evidence === 'alleen b')).toBe(true);
  });
});

describe('unlinking', () => {
  it('keeps each posting\'s work, and the pair is not linked again on the next capture', async () => {
    const [first, second] = assignments[2].pages;
    const a = await capture(first);
    const b = await capture(second);
    await updatePosting(db, a.id, (p) => ({ ...p, checklist: p.checklist.map((c, i) => (i === 0 ? { ...c, state: 'met', evidence: 'bewijs' } : c)) }));
    const before = await db.postings.get(b.id);
    await unlinkPosting(db, b.id);
    const [ua, ub] = await Promise.all([db.postings.get(a.id), db.postings.get(b.id)]);
    expect(ua!.assignmentId).toBeUndefined();
    expect(ub!.assignmentId).toBeUndefined();
    expect(ub!.checklist).toEqual(before!.checklist);
    expect(ub!.notSameAs).toEqual([a.id]);
    // Captured again: still apart.
    await capture(second);
    expect((await db.postings.get(b.id))!.assignmentId).toBeUndefined();
    expect(await findSameAssignment(db, (await db.postings.get(b.id))!)).toEqual([]);
    // Linking by hand overrides the earlier "not the same".
    await linkPostings(db, [a.id, b.id]);
    expect((await db.postings.get(b.id))!.assignmentId).toBeTruthy();
    expect((await db.postings.get(b.id))!.notSameAs).toBeUndefined();
  });
});
