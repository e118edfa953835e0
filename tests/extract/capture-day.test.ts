/**
 * A page captured a year later reads the same absolute facts: only relative dates
 * ("Sluit over 9 dagen") and dates written without a year may move with the capture day.
 */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { htmlDocument } from '../../lib/node/html-document';
import { addDays } from '../../lib/parse/date';
import type { Posting } from '../../lib/posting';
import { loadFixtures } from '../support/fixtures';

const RELATIVE = /\b(?:over|nog|binnen|in)\s+\w+\s+(?:dag|dagen|week|weken|days?)\b|morgen|vandaag|overmorgen|gisteren|geleden|tomorrow|today|ago/i;
const DATE_FIELDS = ['deadline', 'postedDate', 'startDate', 'endDate'] as const;

/** The facts that must not move; a date either reading took from relative words may (on one day "morgen" is the date shown, a year later not). */
function stableFacts(p: Posting, other: Posting) {
  const yearAssumed = [p, other].some((x) => x.warnings.some((w) => w.code === 'deadline-year-assumed'));
  const facts: Record<string, unknown> = {
    title: p.title, client: p.client, location: p.location, rate: p.rate, hoursPerWeek: p.hoursPerWeek,
    reference: p.reference, requirements: p.requirements,
  };
  for (const f of DATE_FIELDS) {
    if (![p, other].some((x) => RELATIVE.test(x.evidence[f] ?? '')) && !yearAssumed) facts[f] = p[f];
  }
  return facts;
}

describe('the day of capture', () => {
  it.each(loadFixtures().filter((f) => f.expected).map((f) => [f.name, f] as const))('%s reads the same a year later', (_n, fx) => {
    const e = fx.expected!;
    const then = extractPosting(htmlDocument(fx.html), e.url, { now: e.now });
    const later = extractPosting(htmlDocument(fx.html), e.url, { now: addDays(e.now, 400) });
    expect(stableFacts(later, then)).toEqual(stableFacts(then, later));
  });
});
