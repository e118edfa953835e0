/**
 * The same CV in the layouts real CVs come in reads the same: the labelled CVs of
 * tests/fixtures/match/ written again as a form ("Periode: … / Opdrachtgever: … / Functie: …"),
 * as a Word table read as text (label and value on lines of their own) and as a LinkedIn
 * profile export (company, role, "september 2023 - Present (2 jaar 3 maanden)") and as a
 * Europass CV ("[ 01/04/2022 – Huidig ] Projectleider …" over the organisation). Each gives
 * the same experience entries, and the same verdict and years on every labelled posting, as
 * the layout it was written from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCv } from '../../lib/cv/read-cv';
import { indexCv } from '../../lib/match/cv-index';
import { matchPosting } from '../../lib/match/match';
import { MATCH_DIR, loadMatchSet, loadPosting } from '../support/match-set';

const LAYOUT_DIR = join(MATCH_DIR, 'layouts');
const layouts = readdirSync(LAYOUT_DIR).filter((f) => f.endsWith('.txt')).sort();

/** What a layout cannot say: a LinkedIn profile has no place for a driving licence. */
const NOT_IN_LAYOUT: Record<string, string[]> = {
  'projectleider-sociaal-domein.linkedin': ['In bezit van een rijbewijs B.'],
};

const entriesOf = (text: string) => readCv(text).entries.map((e) => ({ role: e.role, organisation: e.organisation, period: e.period }));

describe('one CV in several layouts', () => {
  const sets = new Map(loadMatchSet().map((s) => [s.name, s]));

  it('has a form, a table, a LinkedIn export and a Europass CV', () => {
    expect(layouts.map((f) => f.split('.')[1])).toEqual(expect.arrayContaining(['form', 'table', 'linkedin', 'europass']));
  });

  describe.each(layouts)('%s', (file) => {
    const [name, layout] = file.split('.');
    const set = sets.get(name)!;
    const text = readFileSync(join(LAYOUT_DIR, file), 'utf8');

    it('reads the same roles, organisations and periods as the original layout', () => {
      const original = entriesOf(set.text);
      const relaid = entriesOf(text);
      expect(relaid.map(({ role, period }) => ({ role, period }))).toEqual(original.map(({ role, period }) => ({ role, period })));
      // The place after the organisation's name comes and goes with the layout ("Stichting Jong
      // Perspectief, Breda"; Europass writes it on a line of its own): the name must be the same.
      const name = (org: string | null) => org?.split(',')[0];
      expect(relaid.map((e) => name(e.organisation))).toEqual(original.map((e) => name(e.organisation)));
    });

    it('gives every labelled requirement the same verdict and years', () => {
      const original = indexCv(readCv(set.text));
      const relaid = indexCv(readCv(text));
      const differs: string[] = [];
      let compared = 0;
      for (const id of new Set(set.labels.map((l) => l.posting))) {
        const posting = loadPosting(id);
        const a = matchPosting(posting, original, { profile: set.profile, today: posting.now });
        const b = matchPosting(posting, relaid, { profile: set.profile, today: posting.now });
        posting.requirements.forEach((r, i) => {
          if ((NOT_IN_LAYOUT[`${name}.${layout}`] ?? []).includes(r.text)) return;
          compared++;
          if (a[i].verdict !== b[i].verdict || a[i].years !== b[i].years) differs.push(`${id}: ${r.text} — ${a[i].verdict} ${a[i].years} here ${b[i].verdict} ${b[i].years}`);
        });
      }
      expect(compared).toBeGreaterThan(20);
      expect(differs).toEqual([]);
    });

    it('points duration evidence at the line that names the role', () => {
      const cv = readCv(text);
      for (const entry of cv.entries) expect(cv.lines[entry.line].text).toContain(entry.role);
    });
  });
});
