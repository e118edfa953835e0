import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPosting, extractPosting } from '../../lib/extract';
import { clientKey, compareClients, portalKey, referenceKey, referenceKeysIn, titleIgnore, titleSimilarity, titleWords } from '../../lib/library/assignment-key';
import { sameAssignment } from '../../lib/library/same-assignment';
import { BidPrepDatabase } from '../../lib/db/database';
import { putListRows } from '../../lib/db/rows';
import { findSameAssignment } from '../../lib/db/same-assignment';
import { htmlDocument } from '../../lib/node/html-document';
import { type Posting, Posting as PostingSchema } from '../../lib/posting';
import { savedFromCapture } from '../../lib/library/saved-from-capture';
import { effective } from '../../lib/saved-posting';
import { FIXTURE_DIR } from '../support/fixtures';

const DIR = join(FIXTURE_DIR, 'same-assignment');
/** The day every fixture page was "captured"; the pages give absolute dates except Gemeenteprojecten's "8-12 11:00". */
const NOW = '2025-11-20';

interface Page {
  /** "projectleider-wonen-utrecht/striive", "near-misses/retender-same-hours-ede/a" */
  name: string;
  group: string;
  posting: Posting;
}

/** A fixture page read the way the extension reads it: the engine on the whole page, at the address the page names. */
function readPage(path: string, name: string, group: string): Page {
  const doc = htmlDocument(readFileSync(path, 'utf8'));
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!url) throw new Error(`${name}: the page names no canonical address`);
  return { name, group, posting: PostingSchema.parse(extractPosting(doc, url, { now: NOW })) };
}

const htmlIn = (dir: string) => readdirSync(join(DIR, dir)).filter((f) => f.endsWith('.html')).sort();
const assignments = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'near-misses')
  .map((d) => ({ slug: d.name, pages: htmlIn(d.name).map((f) => readPage(join(DIR, d.name, f), `${d.name}/${f.replace('.html', '')}`, d.name)) }));
const nearMisses = readdirSync(join(DIR, 'near-misses'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join('near-misses', d.name);
    const [a, b] = ['a', 'b'].map((side) => readPage(join(DIR, dir, `${side}.html`), `${dir}/${side}`, dir));
    return { slug: d.name, a, b };
  });
const allPages = [...assignments.flatMap((a) => a.pages), ...nearMisses.flatMap((n) => [n.a, n.b])];

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((x, i) => items.slice(i + 1).map((y): [T, T] => [x, y]));
}

describe('the same-assignment fixtures', () => {
  it('hold at least eight assignments, each on two or three portals, and six near misses', () => {
    expect(assignments.length).toBeGreaterThanOrEqual(8);
    for (const { slug, pages } of assignments) {
      expect(pages.length, slug).toBeGreaterThanOrEqual(2);
      expect(new Set(pages.map((p) => portalKey(p.posting.sourceHost))).size, slug).toBe(pages.length);
    }
    expect(assignments.some((a) => a.pages.length >= 3)).toBe(true);
    expect(nearMisses.length).toBeGreaterThanOrEqual(6);
  });

  it('are read by the engine with a title, hours, a closing date and requirements on every page', () => {
    for (const { name, posting } of allPages) {
      expect({ name, title: !!posting.title, hours: !!posting.hoursPerWeek, deadline: !!posting.deadline, requirements: posting.requirements.length >= 2 })
        .toEqual({ name, title: true, hours: true, deadline: true, requirements: true });
    }
  });
});

describe('one assignment on several portals', () => {
  const samePairs = assignments.flatMap(({ pages }) => pairs(pages));

  it.each(samePairs.map(([a, b]) => [a.name, b.name, a, b] as const))('%s is the same assignment as %s', (_a, _b, a, b) => {
    const there = sameAssignment(a.posting, b.posting);
    const back = sameAssignment(b.posting, a.posting);
    expect(there.same).toBe(true);
    expect(back).toEqual(there);
    expect(there.reasons).toContain('title');
    expect(there.reasons.length).toBeGreaterThanOrEqual(2);
    expect(there.score).toBeGreaterThan(0.5);
  });

  it('says why: client, title and the client\'s reference for the Utrecht pages on Striive and Inhuurdesk', () => {
    const [inhuurdesk, , striive] = assignments.find((a) => a.slug === 'projectleider-wonen-utrecht')!.pages;
    expect(sameAssignment(striive.posting, inhuurdesk.posting).reasons).toEqual(['client', 'title', 'reference', 'hours', 'dates', 'requirements']);
  });

  it('finds a page that hides the client through the reference in its text and its requirements', () => {
    const haarlem = assignments.find((a) => a.slug === 'adviseur-participatie-haarlem')!.pages;
    const hidden = haarlem.find((p) => p.name.endsWith('/bijoranje'))!;
    expect(clientKey(hidden.posting.client)?.names).toEqual([]);
    for (const other of haarlem.filter((p) => p !== hidden)) {
      const r = sameAssignment(hidden.posting, other.posting);
      expect(r.same, other.name).toBe(true);
      expect(r.reasons).not.toContain('client');
    }
  });
});

describe('the title keys stored with every posting', () => {
  // Saved postings keep the keys they were written with: a title read differently now would miss them.
  it('are read as they always were (the matcher\'s own readings, such as English "-ation", stay out of them)', () => {
    expect(titleWords('Programme Manager Digital Transformation').map((w) => w.word)).toEqual(['@programme-lead', 'digital', 'transformation']);
    expect(titleWords('Adviseur Informatievoorziening en Organisatie').map((w) => w.word)).toEqual(['@adviser', 'informatievoorzien', 'organisati']);
  });
});

describe('postings that are not one assignment', () => {
  it('no page matches a page of another assignment or near miss', () => {
    const wrong = pairs(allPages)
      .filter(([a, b]) => a.group !== b.group && sameAssignment(a.posting, b.posting).same)
      .map(([a, b]) => `${a.name} ~ ${b.name}`);
    expect(wrong).toEqual([]);
  });

  it.each(nearMisses.map((n) => [n.slug, n] as const))('near miss %s does not match', (_slug, { a, b }) => {
    expect(sameAssignment(a.posting, b.posting).same).toBe(false);
    expect(sameAssignment(b.posting, a.posting).same).toBe(false);
  });

  it('a re-tender half a year later with the same hours and requirements is another round', () => {
    const { a, b } = nearMisses.find((n) => n.slug === 'retender-same-hours-ede')!;
    expect(a.posting.hoursPerWeek?.max).toBe(b.posting.hoursPerWeek?.max);
    expect(sameAssignment(a.posting, b.posting)).toEqual({ same: false, score: expect.any(Number), reasons: [] });
  });

  it('the same page captured twice on one portal is not a cross-portal duplicate', () => {
    const { posting } = assignments[0].pages[0];
    expect(sameAssignment(posting, { ...posting, url: `${posting.url}?utm_source=mail` }).same).toBe(false);
  });
});

describe('finding candidates in the library (the database lookup a capture runs)', () => {
  /** A library database holding `entries`, written as captures write them; ids are the entries' names. */
  async function libraryOf(entries: { id: string; posting: Posting }[]): Promise<BidPrepDatabase> {
    const db = new BidPrepDatabase(`candidates-${Math.random()}`);
    const saved = entries.map(({ id, posting }) => savedFromCapture(posting, null, { at: '2025-11-20T10:00:00.000Z', newId: (() => { let n = 0; return () => (n++ === 0 ? id : `${id}-item-${n}`); })() }));
    await db.transaction('rw', db.libraryTables, async () => {
      await db.postings.bulkPut(saved);
      await putListRows(db, saved);
    });
    return db;
  }
  const found = async (db: BidPrepDatabase, id: string) => (await findSameAssignment(db, (await db.postings.get(id))!)).map((c) => c.id).sort();
  let db: BidPrepDatabase;
  beforeAll(async () => {
    db = await libraryOf(allPages.map((p) => ({ id: p.name, posting: p.posting })));
  });
  afterAll(() => db.delete());

  it.each(assignments.map((a) => [a.slug, a] as const))('finds the other portals of %s and nothing else', async (_slug, { pages }) => {
    for (const page of pages) expect(await found(db, page.name), page.name).toEqual(pages.filter((p) => p !== page).map((p) => p.name).sort());
  });

  it('finds nothing for a near miss', async () => {
    for (const { a, b } of nearMisses) {
      expect(await found(db, a.name)).toEqual([]);
      expect(await found(db, b.name)).toEqual([]);
    }
  });

  it('finds a page without a client through its title among ten thousand postings', async () => {
    const big = syntheticLibrary(10_000);
    const zaanstad = assignments.find((a) => a.slug === 'kwartiermaker-jeugd-onderwijs-zaanstad')!.pages;
    big.push(...zaanstad.map((p) => ({ id: p.name, posting: p.posting })));
    const [gemeenteprojecten, inhuurdesk] = zaanstad;
    expect(gemeenteprojecten.posting.client).toBeNull();
    const large = await libraryOf(big);
    expect(await found(large, gemeenteprojecten.name)).toEqual([inhuurdesk.name]);
    expect(await found(large, inhuurdesk.name)).toEqual([gemeenteprojecten.name]);
    await large.delete();
  }, 60_000);
});

describe('postings as the library holds them', () => {
  /** A posting as a portal page gives it; `over` changes what this broker wrote differently. */
  const posting = (host: string, over: Partial<Posting> = {}): Posting => ({
    ...emptyPosting(`https://${host}/opdracht/1`, host, { code: 'other' }),
    warnings: [],
    title: 'Projectleider Wonen',
    client: 'Gemeente Utrecht',
    hoursPerWeek: { min: 32, max: 32, text: '32 uur' },
    deadline: '2025-12-01T12:00',
    startDate: '2026-01-05',
    requirements: [
      { kind: 'knockout', text: 'Minimaal 5 jaar werkervaring als projectleider wonen bij een gemeente, blijkend uit cv.' },
      { kind: 'knockout', text: 'Aantoonbare ervaring met prestatieafspraken met woningcorporaties.' },
      { kind: 'wish', text: 'Kennis van de Wet versterking regie volkshuisvesting.' },
    ],
    ...over,
  });

  it('matches broker noise in the title, a broker deadline a day earlier and another rate cap', () => {
    const a = posting('striive.com', { title: 'Interim Projectleider Wonen m/v | 32 uur p/w', rate: { min: null, max: 95, currency: 'EUR', text: 'max 95' } });
    const b = posting('www.inhuurdesk.nl', { title: 'Projectleider wonen - gemeente Utrecht', client: 'Utrecht', deadline: '2025-11-29', rate: { min: null, max: 100, currency: 'EUR', text: 'tot 100' } });
    expect(sameAssignment(a, b)).toMatchObject({ same: true, reasons: ['client', 'title', 'hours', 'dates', 'requirements'] });
  });

  it('holds the corrections the user made over what the page said', () => {
    const page = posting('www.opdrachtoverheid.nl', { client: 'Overheidsorganisatie', hoursPerWeek: null, deadline: null, startDate: null, requirements: [] });
    const captured = savedFromCapture(page, null, { at: '2025-11-20T09:00:00.000Z', newId: () => 'p1' });
    const saved = { ...captured, corrections: { client: 'Gemeente Utrecht', hoursPerWeek: { min: 32, max: 32, text: '32' } } };
    expect(sameAssignment(page, posting('striive.com')).same).toBe(false);
    expect(sameAssignment(effective(saved), posting('striive.com')).same).toBe(true);
  });

  it('needs one more fact to agree: the same client and title alone could be two postings', () => {
    const bare = { hoursPerWeek: null, deadline: null, startDate: null, requirements: [] };
    expect(sameAssignment(posting('striive.com', bare), posting('www.flextender.nl', bare)).same).toBe(false);
    expect(sameAssignment(posting('striive.com', { ...bare, reference: 'UTR-2025-4471' }), posting('www.flextender.nl', { ...bare, description: 'Referentie: UTR 2025 4471' })).reasons)
      .toEqual(['client', 'title', 'reference']);
  });

  it('does not take clearly other hours for the same assignment without more to go on', () => {
    const a = posting('striive.com', { requirements: [] });
    expect(sameAssignment(a, posting('www.flextender.nl', { requirements: [], hoursPerWeek: { min: 16, max: 16, text: '16' } })).same).toBe(false);
  });

  it('does not let a page that hides the client match on boilerplate requirements alone', () => {
    const boilerplate = [
      { kind: 'knockout' as const, text: 'Afgeronde opleiding op minimaal hbo-niveau.' },
      { kind: 'knockout' as const, text: 'In het bezit van een VOG of bereid deze aan te vragen.' },
      { kind: 'knockout' as const, text: 'Beheersing van de Nederlandse taal op C1-niveau.' },
    ];
    const undated = { requirements: boilerplate, hoursPerWeek: null, deadline: null, startDate: null };
    const hidden = posting('www.bijoranje.nl', { ...undated, client: 'Grote gemeente in Midden-Nederland' });
    expect(sameAssignment(posting('striive.com', undated), hidden).same).toBe(false);
    // The same list in the same week is the same assignment.
    expect(sameAssignment(posting('striive.com', { ...undated, deadline: '2025-12-01' }), { ...hidden, deadline: '2025-11-30' }).same).toBe(true);
  });

  it('treats one portal under two host names as one portal', () => {
    expect(sameAssignment(posting('app.flextender.nl'), posting('www.flextender.nl')).same).toBe(false);
  });
});

describe('client keys', () => {
  const same = (a: string | null, b: string | null) => compareClients(clientKey(a), clientKey(b));

  it.each([
    ['Gemeente Utrecht', 'gemeente Utrecht'],
    ['Gemeente Utrecht', 'Utrecht'],
    ['Gemeente Súdwest-Fryslân', 'gemeente Sudwest Fryslan'],
    ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'Ministerie van BZK'],
    ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'BZK'],
    ['Uitvoeringsinstituut Werknemersverzekeringen (UWV)', 'UWV'],
    ['Omgevingsdienst Noordzeekanaalgebied (OD NZKG)', 'OD NZKG'],
    ['Gemeente Utrecht, cluster Ruimte', 'Gemeente Utrecht'],
    ['Belastingdienst/Toeslagen', 'Belastingdienst'],
    ['Het Waterschap Rivierenland', 'waterschap Rivierenland'],
    ['Stichting Inlichtingenbureau B.V.', 'Stichting Inlichtingenbureau'],
    ['Provincie Noord-Holland', 'provincie Noord Holland'],
    // Other names of one place or body, and English names.
    ["Gemeente 's-Hertogenbosch", 'Gemeente Den Bosch'],
    ["Gemeente 's-Gravenhage", 'Gemeente Den Haag'],
    ['Municipality of The Hague', 'Gemeente Den Haag'],
    ['Province of North Holland', 'Provincie Noord-Holland'],
    ['Provincie Friesland', 'Provincie Fryslân'],
    ['Ministry of Finance', 'Ministerie van Financiën'],
    ['Ministry of the Interior and Kingdom Relations', 'Ministerie van BZK'],
    ['Ministry of Justice and Security', 'Ministerie van Justitie en Veiligheid'],
    ['Tax and Customs Administration', 'Belastingdienst'],
  ])('"%s" is the same client as "%s"', (a, b) => {
    expect(same(a, b)).toBe('same');
  });

  it.each([
    ['Gemeente Utrecht', 'Provincie Utrecht'],
    ['Gemeente Apeldoorn', 'Gemeente Deventer'],
    ['UWV', 'SVB'],
    ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'Ministerie van Buitenlandse Zaken'],
    ['Grote gemeente in Noord-Holland', 'Provincie Noord-Holland'],
    ['Gemeente Den Helder', 'Gemeente Den Haag'],
    ['Municipality of The Hague', 'Provincie Zuid-Holland'],
    ['Ministry of Foreign Affairs', 'Ministerie van BZK'],
    ['Gemeente Bosch en Duin', "Gemeente 's-Hertogenbosch"],
  ])('"%s" is another client than "%s"', (a, b) => {
    expect(same(a, b)).toBe('different');
  });

  it.each([
    ['Grote gemeente in Noord-Holland', 'Gemeente Haarlem'],
    ['Overheidsorganisatie', 'Gemeente Haarlem'],
    [null, 'Gemeente Haarlem'],
  ])('"%s" does not say whether it is "%s"', (a, b) => {
    expect(same(a, b)).toBe('unknown');
  });
});

describe('title keys', () => {
  const similarity = (a: string, b: string, ignore: string[] = []) => titleSimilarity(titleWords(a), titleWords(b), titleIgnore(ignore));

  it.each([
    ['Projectleider Wonen (32 uur)', 'Projectleider wonen'],
    ['Scrum Master (m/v) ZZP', 'Interim Scrum Master'],
    ['Adviseur Participatie (HLM-2025-0876)', 'Adviseur participatie'],
    ['Projectleider Wonen', 'Project leader Wonen'],
    ['Projectleider Wonen', 'Project leider wonen'],
    ['Informatiemanager Fysieke Leefomgeving', 'Informatie manager fysieke leefomgeving'],
    ['Business Analyst Toeslagen', 'Business analist Toeslagen'],
    ['Coördinator Woningbouw', 'coordinator woning bouw'],
    ['Senior beleidsadviseur Digitale Overheid', 'Beleidsadviseur Digitale Overheid'],
    // One assignment advertised in English on one portal.
    ['Projectleider Wonen', 'Project Leader Housing'],
    ['Programmamanager Energietransitie', 'Programme Manager Energy Transition'],
    ['Adviseur Omgevingswet', 'Adviser Environment and Planning Act'],
    ['Beleidsadviseur Sociaal Domein', 'Policy Adviser Social Domain'],
    ['Informatiemanager Fysieke Leefomgeving', 'Information Manager Physical Living Environment'],
    ['Contractmanager Dijkversterking', 'Contract Manager Dike Reinforcement'],
  ])('"%s" is the same title as "%s"', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves the client and the place out: "Freelance kwartiermaker Jeugd en Onderwijs Zaanstad" is "Kwartiermaker Jeugd & Onderwijs"', () => {
    expect(similarity('Freelance kwartiermaker Jeugd en Onderwijs Zaanstad', 'Kwartiermaker Jeugd & Onderwijs', ['Gemeente Zaanstad'])).toBe(1);
  });

  it.each([
    ['Projectleider Wonen', 'Projectleider Jeugd'],
    ['Projectleider Wonen', 'Programmamanager Wonen'],
    ['Projectleider (Wonen)', 'Projectleider (Jeugd)'],
    ['Adviseur Wonen', 'Jurist Wonen'],
    ['Projectleider', 'Projectleider Omgevingswet'],
    ['Projectleider Wonen', 'Project Leader Youth'],
    ['Project Leader Housing', 'Programme Manager Housing'],
    // Translations, not synonyms: a client runs housing and housing construction apart.
    ['Projectleider Woningbouw', 'Project Leader Housing'],
    ['Projectleider Wonen', 'Projectleider Woningbouw'],
  ])('"%s" names another role than "%s"', (a, b) => {
    expect(similarity(a, b)).toBeLessThan(0.75);
  });

  it('keeps only references that can tell something', () => {
    expect(referenceKey('UTR-2025-4471')).toBe('utr20254471');
    expect(referenceKey('35090')).toBeNull();
    expect(referenceKey('n.v.t.')).toBeNull();
    expect(referenceKeysIn('referentie opdrachtgever: hlm-2025-0876. gesprekken op 8 december; ref: zie bijlage')).toEqual(['hlm20250876']);
  });

  it('treats subdomains of one portal as one portal', () => {
    expect(portalKey('app.flextender.nl')).toBe(portalKey('www.flextender.nl'));
    expect(portalKey('striive.com')).not.toBe(portalKey('flextender.nl'));
  });
});

/** Ten thousand postings at a few hundred clients, with titles and requirements like real ones. */
function syntheticLibrary(n: number): { id: string; posting: Posting }[] {
  const roles = ['Projectleider', 'Beleidsadviseur', 'Informatiemanager', 'Adviseur', 'Programmamanager', 'Jurist', 'Kwartiermaker', 'Scrum Master'];
  const topics = ['Wonen', 'Jeugd', 'Onderwijs', 'Omgevingswet', 'Energietransitie', 'Sociaal Domein', 'Mobiliteit', 'Participatie', 'Zorg', 'Jeugd en Onderwijs'];
  const base = assignments[0].pages[0].posting;
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    posting: {
      ...base,
      url: `https://portal${i % 9}.example/opdracht/${i}`,
      sourceHost: `portal${i % 9}.example`,
      client: i % 5 === 0 ? null : `Gemeente Plaats${i % 400}`,
      title: `${roles[i % roles.length]} ${topics[(i >> 3) % topics.length]}`,
      location: `Plaats${i % 400}`,
      reference: `REF-${i}`,
      deadline: `2025-12-${String((i % 28) + 1).padStart(2, '0')}`,
      description: `Opdracht ${i}.`,
      requirements: [{ kind: 'knockout', text: `Minimaal ${i % 7} jaar ervaring met onderwerp ${i % 13} bij een gemeente` }],
    },
  }));
}
