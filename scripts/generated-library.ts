/**
 * A library of generated postings for the benchmarks: every fixture page read by the engine,
 * then varied (title, client, portal, dates, status, checklist work) so the library looks like
 * a freelancer's after years of use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractPosting } from '../lib/extract';
import { savedFromCapture } from '../lib/library/saved-from-capture';
import { htmlDocument } from '../lib/node/html-document';
import type { Posting } from '../lib/posting';
import { PostingStatus, type SavedPosting } from '../lib/saved-posting';
import { FIXTURE_DIR } from '../tests/support/fixtures';
import { MUNICIPALITY_PROVINCE, PROVINCES } from '../lib/vocabulary/municipalities';

// A freelancer's library spans many clients and many roles: every municipality, the
// provinces and the large national organisations; titles from common roles and topics.
const CLIENTS = [
  ...Object.keys(MUNICIPALITY_PROVINCE).map((m) => `Gemeente ${m}`),
  ...PROVINCES.map((p) => `Provincie ${p}`),
  'Rijkswaterstaat', 'UWV', 'Belastingdienst', 'DUO', 'Politie', 'Ministerie van BZK', 'Ministerie van Financiën', 'RVO', 'CJIB', 'Waterschap Rivierenland',
];
const ROLES = ['Projectleider', 'Programmamanager', 'Adviseur', 'Beleidsadviseur', 'PMO-er', 'Informatiemanager', 'Business analist', 'Scrum master', 'Kwartiermaker', 'Contractmanager', 'Projectsecretaris', 'Teamleider', 'Interim manager', 'Procesregisseur', 'Coördinator'];
const TOPICS = ['Wonen', 'Jeugd', 'Energietransitie', 'Omgevingswet', 'Sociaal Domein', 'Digitalisering', 'Inkoop', 'Mobiliteit', 'Klimaatadaptatie', 'Participatie', 'Huisvesting', 'Informatiebeveiliging', 'Wmo', 'Schuldhulpverlening', 'Bodem', 'Water', 'Vergunningverlening', 'Toezicht', 'Handhaving', 'Arbeidsmarkt', 'Onderwijs', 'Zorg', 'Veiligheid', 'Financiën', 'Grondzaken', 'Vastgoed', 'Duurzaamheid', 'Warmtetransitie', 'Data', 'Privacy', 'Archief', 'Dienstverlening', 'Burgerzaken', 'Belastingen', 'Subsidies', 'Cultuur', 'Sport', 'Economie', 'Openbare ruimte', 'Riolering'];
const PORTALS = ['striive.com', 'www.flextender.nl', 'www.inhuurdesk.nl', 'www.bijoranje.nl', 'www.opdrachtoverheid.nl', 'www.gemeenteprojecten.nl', 'www.publiekepartner.nl'];

/** Every fixture page read by the engine: the realistic material the library is made of. */
export function fixturePostings(): Posting[] {
  return fixturePages().map((f) => f.posting);
}

/** Every fixture page (its path under tests/fixtures) with the engine's reading of it. */
export function fixturePages(): { path: string; posting: Posting }[] {
  const out: { path: string; posting: Posting }[] = [];
  for (const dir of readdirSync(FIXTURE_DIR)) {
    const full = join(FIXTURE_DIR, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const file of readdirSync(full).filter((f) => f.endsWith('.html'))) {
      const expected = join(full, file.replace(/\.html$/, '.expected.json'));
      let url = `https://example.nl/${dir}/${file}`;
      try {
        url = (JSON.parse(readFileSync(expected, 'utf8')) as { url: string }).url;
      } catch {
        /* a page without an expectation keeps the made-up address */
      }
      out.push({ path: `${dir}/${file}`, posting: extractPosting(htmlDocument(readFileSync(join(full, file), 'utf8')), url, { now: '2026-01-10' }) });
    }
  }
  return out;
}

export function generateLibrary(base: Posting[], count: number): SavedPosting[] {
  const out: SavedPosting[] = [];
  let n = 0;
  for (let i = 0; i < count; i++) {
    const p = base[i % base.length];
    const host = PORTALS[i % PORTALS.length];
    const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const posting: Posting = {
      ...p,
      url: `https://${host}/opdracht/${i}`,
      sourceHost: host,
      title: `${ROLES[i % ROLES.length]} ${TOPICS[Math.floor(i / ROLES.length) % TOPICS.length]}`,
      client: CLIENTS[(i * 7) % CLIENTS.length],
      deadline: day,
      reference: `REF-${i}`,
    };
    const saved = savedFromCapture(posting, null, { at: `2025-${String((i % 12) + 1).padStart(2, '0')}-01T09:00:00.000Z`, newId: () => `g-${i}-${n++}` });
    const status = PostingStatus.options[i % PostingStatus.options.length];
    out.push({
      ...saved,
      status,
      notes: i % 3 === 0 ? 'Gebeld met de intermediair; referentie nagaan.' : '',
      statusHistory: [{ status: 'new', at: saved.capturedAt }, ...(status === 'new' ? [] : [{ status, at: saved.capturedAt, ...(status === 'submitted' ? { offeredRate: 90 + (i % 30) } : {}) }])],
      checklist: saved.checklist.map((c, k) => (k % 2 === 0 ? { ...c, state: 'met', evidence: 'CV: projectleider 2019–heden' } : c)),
    });
  }
  return out;
}

