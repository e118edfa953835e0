import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { dedupeKey } from '../../lib/parse/text';
import { htmlDocument } from '../../lib/node/html-document';
import { Posting } from '../../lib/posting';
import { compareFields, compareRequirements, loadFixtures } from '../support/fixtures';

const fixtures = loadFixtures();

describe('extraction fixtures: realistic whole portal pages', () => {
  it('has at least twenty fixture pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(fixtures)('$name', ({ html, expected }) => {
    it('has an expected result beside the page', () => {
      expect(expected).not.toBeNull();
    });
    if (!expected) return;
    const posting = extractPosting(htmlDocument(html), expected.url, { now: expected.now });

    it('returns a schema-valid posting', () => {
      expect(() => Posting.parse(posting)).not.toThrow();
    });

    it('reads every field as a careful reader would', () => {
      const wrong = compareFields(posting, expected).filter((r) => !r.ok);
      expect(wrong).toEqual([]);
    });

    it('finds exactly the expected requirements, with kind and weight', () => {
      const r = compareRequirements(posting.requirements, expected.requirements);
      expect({ missing: r.missing, extra: r.extra, wrong: r.wrong }).toEqual({ missing: [], extra: [], wrong: [] });
      // …and in page order.
      const order = (items: { text: string }[]) => items.map((q) => dedupeKey(q.text).slice(0, 40));
      expect(order(posting.requirements)).toEqual(order(expected.requirements));
    });

    it('keeps the body and leaves the noise out of the description', () => {
      const text = posting.description.replace(/\s+/g, ' ').toLowerCase();
      for (const s of expected.descriptionIncludes) expect(text).toContain(s.replace(/\s+/g, ' ').toLowerCase());
      for (const s of expected.descriptionExcludes) expect(text).not.toContain(s.replace(/\s+/g, ' ').toLowerCase());
    });

    it('gives a source snippet for every filled field', () => {
      for (const field of ['title', 'client', 'location', 'rate', 'hoursPerWeek', 'deadline', 'reference'] as const) {
        if (posting[field] !== null) expect(posting.evidence[field], field).toBeTruthy();
      }
    });
  });
});
