/**
 * The field rules (lib/extract/fields): which source wins, what is refused and why, and
 * the warning when trusted sources disagree. Facts are built by hand, so each rule is
 * tested apart from the page reading.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, SourceKind } from '../../lib/extract/fact';
import { decideClient } from '../../lib/extract/fields/client';
import type { FieldContext } from '../../lib/extract/fields/context';
import { decideDeadline, decidePosted } from '../../lib/extract/fields/deadline';
import { type Candidate, decide } from '../../lib/extract/fields/decide';
import { decideHours } from '../../lib/extract/fields/hours';
import { decideRate } from '../../lib/extract/fields/rate';
import { decideTitle } from '../../lib/extract/fields/title';
import type { LabelField } from '../../lib/extract/labels';
import type { PageLine } from '../../lib/extract/page-reading';

let line = 0;
const fact = (field: LabelField, source: SourceKind, value: string, hidden = false): Fact => ({
  field, source, value, snippet: source === 'json-ld' ? `JSON-LD: ${value}` : value, line: source === 'json-ld' ? -1 : line++, hidden,
});
const pageLine = (text: string): PageLine => ({ text, heading: 0, item: false, depth: 0, cells: null, parts: null, noise: false, hidden: false, bold: false, article: true });
const context = (facts: Fact[], extra: Partial<FieldContext> = {}): FieldContext => ({
  facts, lines: [], titleLine: -1, broker: { host: 'www.example.org' }, head: {}, imageAlts: [], now: '2026-09-17', ...extra,
});

describe('the decision every rule makes', () => {
  const c = (source: SourceKind, value: string | null, hidden = false, line = 0): Candidate<string> => ({ source, text: value ?? 'x', line, hidden, value, ...(value === null ? { rejected: 'nothing' } : {}) });
  it('takes the first tier with a readable value and says what it beat', () => {
    const d = decide<string>({
      field: 'title',
      tiers: [{ sources: ['label'], candidates: () => [c('label', null)] }, { sources: ['json-ld'], candidates: () => [c('json-ld', 'A')] }, { sources: ['prose'], candidates: () => [c('prose', 'B')] }],
      show: (v) => v,
    });
    expect(d).toMatchObject({ value: 'A', source: 'json-ld' });
    expect(d.considered.map((x) => [x.source, x.outcome])).toEqual([['label', 'rejected'], ['json-ld', 'chosen'], ['prose', 'outranked']]);
    expect(d.considered[2].why).toBe('json-ld is trusted before prose');
  });
  it('prefers visible text to hidden text within a tier', () => {
    const d = decide<string>({ field: 'title', tiers: [{ sources: ['label'], candidates: () => [c('label', 'hidden copy', true, 1), c('label', 'shown', false, 2)] }], show: (v) => v });
    expect(d.value).toBe('shown');
  });
});

describe('deadline', () => {
  it('keeps the closing date the page shows over JSON-LD validThrough, and warns with both', () => {
    const d = decideDeadline(context([fact('deadline', 'json-ld', '2026-09-22'), fact('deadline', 'prose', 'Sluit over 4 dagen')]), null);
    expect(d.value).toBe('2026-09-21');
    expect(d.warnings).toContainEqual({ code: 'deadline-differs-from-structured-data', detail: '2026-09-21|2026-09-22' });
  });
  it('uses validThrough only when the page shows no closing date', () => {
    expect(decideDeadline(context([fact('deadline', 'json-ld', '2026-09-22 17:00')]), null).value).toBe('2026-09-22T17:00');
  });
  it('takes the earliest of two labelled closing dates and names the other', () => {
    const d = decideDeadline(context([fact('deadline', 'label', '25-09-2026'), fact('deadline', 'label', '21-09-2026 12:00')]), null);
    expect(d.value).toBe('2026-09-21T12:00');
    expect(d.warnings).toContainEqual({ code: 'several-deadlines', detail: '2026-09-25' });
  });
  it('reads a year-less labelled date after the posted date, adds the Eindtijd, and says the year was assumed', () => {
    const d = decideDeadline(context([fact('deadline', 'label', '04-09'), fact('deadlineTime', 'label', '09:00')]), '2026-08-31');
    expect(d.value).toBe('2026-09-04T09:00');
    expect(d.warnings).toContainEqual({ code: 'deadline-year-assumed', detail: '2026' });
  });
  it('refuses a sentence about questions, and a month without a day', () => {
    const d = decideDeadline(context([fact('deadline', 'prose', 'deadline voor vragen is 10 september 2026'), fact('deadline', 'label', 'september 2026')]), null);
    expect(d.value).toBeNull();
    expect(d.considered.map((x) => x.why)).toEqual(['a month, not a day', 'about questions or interviews, not the closing date']);
  });
  it('prefers an absolute posted date to "4 dagen geleden"', () => {
    expect(decidePosted(context([fact('posted', 'label', '4 dagen geleden'), fact('posted', 'json-ld', '2026-09-10')])).value).toBe('2026-09-10');
  });
});

describe('rate', () => {
  it('trusts a label before JSON-LD and warns when they disagree', () => {
    const d = decideRate(context([fact('rate', 'json-ld', '€ 100 - € 120 per uur'), fact('rate', 'label', 'max € 95')]));
    expect(d.value).toMatchObject({ min: null, max: 95 });
    expect(d.warnings).toContainEqual({ code: 'sources-disagree', detail: 'max € 95 (label) ≠ € 100–120 (json-ld)' });
  });
  it('never takes a JSON-LD placeholder or a salary per month', () => {
    expect(decideRate(context([fact('rate', 'json-ld', '€ 0 per uur')])).warnings).toContainEqual({ code: 'salary-placeholder' });
    expect(decideRate(context([fact('rate', 'json-ld', '€ 4500 per maand')])).value).toBeNull();
  });
  it('quotes "marktconform" and then accepts only a cap from a sentence', () => {
    const d = decideRate(context([fact('rate', 'label', 'marktconform'), fact('rate', 'prose', 'Het gemiddelde tarief in de markt is € 95 per uur'), fact('rate', 'prose', 'Het tarief is maximaal € 110 per uur')]));
    expect(d.value).toMatchObject({ max: 110 });
    expect(d.considered.find((x) => x.outcome === 'rejected' && x.source === 'prose')?.why).toMatch(/no maximum/);
  });
});

describe('hours, client and title', () => {
  it('hours: a bare number needs a label', () => {
    expect(decideHours(context([fact('hours', 'label', '36')])).value).toMatchObject({ min: 36, max: 36 });
    expect(decideHours(context([fact('hours', 'chip', '36')])).value).toBeNull();
  });
  it('client: a broker naming its end client beats the JSON-LD hiringOrganization', () => {
    const ctx = context([fact('client', 'json-ld', 'Harvey Nash NL')], {
      lines: [pageLine('Voor onze eindklant Politie is Harvey Nash op zoek naar een endpoints specialist')],
      broker: { host: 'www.harveynash.nl', siteName: 'Harvey Nash NL' },
    });
    const d = decideClient(ctx);
    expect(d).toMatchObject({ value: 'Politie', source: 'client-cue' });
  });
  it('client: a JSON-LD name that says it is an agency is refused', () => {
    const d = decideClient(context([fact('client', 'json-ld', 'Flexpool Zuid Freelance')]));
    expect(d.value).toBeNull();
    expect(d.considered[0].why).toBe('the portal or a broker, not the client');
  });
  it('title: a generic page title loses to the JSON-LD title', () => {
    const d = decideTitle(context([], { head: { documentTitle: 'Vacature: jeugdzorg Oirschot - 9-9-2026' } }), 'Freelance Inkoper Sociaal Domein (ZZP)');
    expect(d).toMatchObject({ value: 'Freelance Inkoper Sociaal Domein (ZZP)', source: 'json-ld' });
    expect(decideTitle(context([], { head: { documentTitle: 'Vacature: jeugdzorg Oirschot - 9-9-2026' } }), undefined).value).toBeNull();
  });
});
