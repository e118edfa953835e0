/**
 * The half of extraction that needs no DOM: a PageReading (see read-page.ts) in, a Posting
 * out. Facts come from the whole page, most trusted first: structured data, label/value
 * pairs, fact chips near the title, then prose. Noise (navigation, related postings,
 * consent banners, broker process lists) never supplies anything. Runs in the extension's
 * background on capture and in Node for the CLI and the tests.
 */
import { snippet } from '../parse/text';
import type { IsoDate, Posting, PostingWarning } from '../posting';
import { brokerOf } from './broker';
import { clientFromLogos } from './client';
import { readDescription } from './description';
import type { Fact } from './fact';
import { findChipFacts, headerZone } from './fact-chips';
import { findLabelledValues } from './label-values';
import type { LabelField } from './labels';
import type { PageLine, PageReading } from './page-reading';
import { findProseFacts } from './prose-facts';
import { fieldsStillMissing } from './prose-needed';
import { findRequirements } from './requirements';
import { resolveDates } from './resolve-dates';
import { resolveFields } from './resolve-fields';
import { type StructuredFacts, readStructuredData } from './structured-data';

export interface ExtractOptions {
  /** Today as `YYYY-MM-DD`: relative dates ("Sluit over 9 dagen") count from it. */
  now: IsoDate;
}

export function postingFromPage(page: PageReading, { now }: ExtractOptions): Posting {
  const { url, lines, listedPostings } = page;
  const broker = brokerOf(page.head, url);
  const host = broker.host;
  // A page with no text can still carry its posting as JSON-LD (an app that has not rendered yet).
  if (lines.length === 0 && page.jsonLd.length === 0) return emptyPosting(url, host, { code: 'page-empty' });
  const structured = readStructuredData(page.head, page.jsonLd);
  const titleLine = findTitleLine(lines, structured);

  const early: Fact[] = [
    ...structuredFacts(structured),
    ...findLabelledValues(lines),
    ...findChipFacts(lines, headerZone(lines, titleLine), now),
  ];
  const facts = [...early, ...findProseFacts(lines, fieldsStillMissing(early, now))];
  const dates = resolveDates(facts, now);
  const others = resolveFields({
    facts,
    lines,
    structured,
    titleLine,
    broker,
    logoClient: clientFromLogos(page.imageAlts),
  });
  const requirements = findRequirements(lines);
  if (isListOfPostings(listedPostings, facts, requirements.length)) {
    return emptyPosting(url, host, { code: 'list-of-postings', detail: String(listedPostings) });
  }

  const warnings = [...others.warnings, ...dates.warnings];
  if (!dates.fields.deadline) warnings.push({ code: 'no-deadline' });
  if (!others.fields.hoursPerWeek) warnings.push({ code: 'no-hours' });
  if (requirements.length === 0) warnings.push({ code: 'no-requirements' });
  if (!others.fields.title) warnings.push({ code: 'no-title' });
  if (page.articleSkipped) warnings.push({ code: 'page-too-complex' });

  return {
    url,
    sourceHost: host,
    ...others.fields,
    ...dates.fields,
    requirements,
    description: readDescription(lines, titleLine),
    evidence: { ...others.evidence, ...dates.evidence },
    warnings,
  };
}

/** A search-results page: many posting cards, and no posting of its own (no labelled facts, no eisen). */
function isListOfPostings(cards: number, facts: Fact[], requirements: number): boolean {
  const ownFacts = facts.filter((f) => f.tier <= 2 && ['rate', 'hours', 'deadline', 'start', 'reference'].includes(f.field));
  return cards >= 3 && requirements === 0 && ownFacts.length === 0;
}

/** A valid posting with nothing read, and why. */
export function emptyPosting(url: string, host: string | null, warning: PostingWarning): Posting {
  return {
    url, sourceHost: host, title: null, client: null, location: null, rate: null, hoursPerWeek: null, deadline: null,
    postedDate: null, startDate: null, startAsap: false, endDate: null, durationMonths: null, extension: null,
    reference: null, requirements: [], description: '', evidence: {}, warnings: [warning],
  };
}

/** The posting's h1: not in noise, and preferably the one the document title names. */
function findTitleLine(lines: PageLine[], structured: StructuredFacts): number {
  const h1s = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.heading === 1 && !l.noise && l.text.length >= 3);
  const named = [structured.documentTitle, structured.ogTitle, structured.title].filter(Boolean).join(' ').toLowerCase();
  const site = structured.siteName?.toLowerCase();
  const candidates = h1s.filter(({ l }) => l.text.toLowerCase() !== site);
  const best = candidates.find(({ l }) => named.includes(l.text.toLowerCase())) ?? candidates[0];
  return best ? best.i : -1;
}

function structuredFacts(s: StructuredFacts): Fact[] {
  const fact = (field: LabelField, value: string | undefined, label: string): Fact[] =>
    value ? [{ field, value, snippet: snippet(`JSON-LD ${label}: ${value}`), tier: 0, line: -1, hidden: false }] : [];
  return [
    ...fact('posted', s.posted && isoish(s.posted), 'datePosted'),
    ...fact('deadline', s.deadline && isoish(s.deadline), 'validThrough'),
    ...fact('start', s.start && isoish(s.start), 'jobStartDate'),
  ];
}

/** "2025-10-20T12:00:00+02:00" → "2025-10-20 12:00" (local time as the page states it). */
function isoish(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value.trim());
  if (!m) return value;
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1];
}
