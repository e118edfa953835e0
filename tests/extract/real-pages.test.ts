/**
 * The engine on real portal pages (../shared/real-pages: ten pages as Opdracht Overheid,
 * Inhuurdesk, Striive, Bij Oranje, BlueTrail, Harvey Nash, Flinter and Jobbird served
 * them), beside the fixture runner. Targets on this development set: fields ≥ 0.97,
 * requirement F1 ≥ 0.95, every deadline right (a wrong deadline is worse than none).
 */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { htmlDocument } from '../../lib/node/html-document';
import { Posting } from '../../lib/posting';
import { REAL_PAGES_DIR, type RealScore, loadRealPages, scoreRealPage, summarise } from '../support/real-pages';

const pages = loadRealPages();
const scores = new Map<string, RealScore>();

// The pages live beside the repository, not in it (third-party text). A checkout without
// them says so loudly rather than passing quietly.
describe.runIf(pages.length > 0)(`real portal pages (${REAL_PAGES_DIR})`, () => {
  describe.each(pages)('$name', ({ name, html, expected }) => {
    const posting = extractPosting(htmlDocument(html), expected.url, { now: expected.now });
    const score = scoreRealPage(posting, expected);
    scores.set(name, score);
    it('gives a schema-valid posting', () => expect(() => Posting.parse(posting)).not.toThrow());
    it('reads the closing date the page shows, or none', () => {
      if (!('deadline' in expected)) return;
      expect(posting.deadline?.slice(0, expected.deadline?.length ?? 10) ?? null).toBe(expected.deadline ?? null);
    });
  });

  it('meets the targets: fields ≥ 0.97, requirement F1 ≥ 0.95, every deadline', () => {
    const total = summarise([...scores.values()]);
    const misses = [...scores].flatMap(([name, s]) => s.misses.map((m) => `${name}: ${m}`));
    console.info(`real pages: fields ${total.fields.toFixed(3)}, requirement F1 ${total.f1.toFixed(3)}, deadlines ${total.deadlines.toFixed(2)} (${total.counts})`);
    expect({ fields: total.fields >= 0.97, f1: total.f1 >= 0.95, deadlines: total.deadlines === 1, misses }).toMatchObject({ fields: true, f1: true, deadlines: true });
  });
});

if (pages.length === 0) {
  console.warn(`real portal pages: none at ${REAL_PAGES_DIR}; this checkout cannot score them (node ../shared/tools/score-extract.mjs does where they are)`);
}
