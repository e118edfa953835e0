/**
 * The half of extraction that needs no DOM: a PageReading (see read-page.ts) in, a Posting
 * out. Facts are gathered from the whole page, each with its source (fact.ts): JSON-LD,
 * labels, the document title, fact chips and sentences. Each field is then decided by one
 * rule in fields/, which says which sources it trusts in which order; every decision keeps
 * what it weighed, so `explainPosting` can say why. Noise (navigation, related postings,
 * consent banners, broker process lists) never supplies anything. Runs in the extension's
 * background on capture and in Node for the CLI and the tests.
 */
import type { IsoDate, Posting, PostingField, PostingWarning } from '../posting';
import { brokerOf } from './broker';
import { readDescription } from './description';
import type { Explanation } from './explanation';
import { type Fact, isLabelled } from './fact';
import { findChipFacts, headerZone, practicalZone } from './fact-chips';
import type { FieldContext } from './fields/context';
import { decideClient } from './fields/client';
import type { Decision } from './fields/decide';
import { decideDeadline, decidePosted } from './fields/deadline';
import { decideHours } from './fields/hours';
import { decideLocation } from './fields/location';
import { decidePeriod } from './fields/period';
import { decideRate } from './fields/rate';
import { decideReference } from './fields/reference';
import { decideTitle, findTitleLine } from './fields/title';
import { resolveInlineLabels } from './inline-labels';
import { findLabelledValues } from './label-values';
import type { PageReading } from './page-reading';
import { pageTitleFacts } from './page-title-facts';
import { findProseFacts } from './prose-facts';
import { fieldsStillMissing } from './prose-needed';
import { findRequirements } from './requirements';
import { readJsonLd } from './structured-data';

export interface ExtractOptions {
  /** Today as `YYYY-MM-DD`: relative dates ("Sluit over 9 dagen") count from it. */
  now: IsoDate;
}

export function postingFromPage(page: PageReading, options: ExtractOptions): Posting {
  return explainPosting(page, options).posting;
}

/** The posting and, per field and requirement, how it was decided. */
export function explainPosting(page: PageReading, { now }: ExtractOptions): { posting: Posting; explanation: Explanation } {
  const { url, listedPostings } = page;
  const lines = page.lines.map(resolveInlineLabels);
  const broker = brokerOf(page.head, url);
  const host = broker.host;
  // A page with no text can still carry its posting as JSON-LD (an app that has not rendered yet).
  if (lines.length === 0 && page.jsonLd.length === 0) return nothing(emptyPosting(url, host, { code: 'page-empty' }));

  const meta = (key: string) => (Object.hasOwn(page.head.meta, key) ? page.head.meta[key] : undefined) || undefined;
  const head = { documentTitle: page.head.title, ogTitle: meta('og:title') ?? meta('twitter:title'), siteName: broker.siteName };
  const jsonLd = readJsonLd(page.jsonLd);
  const jsonLdTitle = jsonLd.find((f) => f.field === 'title')?.value;
  const titleLine = findTitleLine(lines, [head.documentTitle, head.ogTitle, jsonLdTitle], head.siteName);

  const early: Fact[] = [
    ...jsonLd,
    ...pageTitleFacts([head.documentTitle, head.ogTitle]),
    ...findLabelledValues(lines),
    ...findChipFacts(lines, headerZone(lines, titleLine), now, practicalZone(lines)),
  ];
  const facts = [...early, ...findProseFacts(lines, fieldsStillMissing(early, now))];
  const ctx: FieldContext = { facts, lines, titleLine, broker, head, imageAlts: page.imageAlts, now };

  const title = decideTitle(ctx, jsonLdTitle);
  const client = decideClient(ctx);
  const location = decideLocation(ctx, client.value);
  const rate = decideRate(ctx);
  const hours = decideHours(ctx);
  const reference = decideReference(ctx);
  const posted = decidePosted(ctx);
  const deadline = decideDeadline(ctx, posted.value);
  // A posting is not published after it closes: such a "posted" date was misread.
  const postedAfterDeadline = posted.value && deadline.day && posted.value > deadline.day.date ? posted.value : null;
  const period = decidePeriod(ctx, postedAfterDeadline ? null : posted.value);
  const found = findRequirements(lines);

  if (isListOfPostings(listedPostings, facts, found.requirements.length)) {
    return nothing(emptyPosting(url, host, { code: 'list-of-postings', detail: String(listedPostings) }));
  }

  const decisions: Decision<unknown>[] = [
    title, client, location, rate, hours, deadline, posted, period.start, period.end, period.duration, period.extension, reference,
  ];
  const warnings: PostingWarning[] = decisions.flatMap((d) => d.warnings).concat(period.warnings);
  if (postedAfterDeadline) warnings.push({ code: 'posted-after-deadline', detail: postedAfterDeadline });
  if (!deadline.value) warnings.push({ code: 'no-deadline' });
  if (!hours.value) warnings.push({ code: 'no-hours' });
  if (found.requirements.length === 0) warnings.push({ code: 'no-requirements' });
  if (!title.value) warnings.push({ code: 'no-title' });
  if (page.articleSkipped) warnings.push({ code: 'page-too-complex' });

  const evidence: Partial<Record<PostingField, string>> = {};
  for (const d of decisions) {
    if (d.evidence && (d.value !== null || d.field === 'rate')) evidence[d.field] = d.evidence;
  }
  if (postedAfterDeadline) delete evidence.postedDate;
  const start = period.start.value;

  const posting: Posting = {
    url,
    sourceHost: host,
    title: title.value,
    client: client.value,
    location: location.value,
    rate: rate.value,
    hoursPerWeek: hours.value,
    deadline: deadline.value,
    postedDate: postedAfterDeadline ? null : posted.value,
    startDate: start?.date ?? null,
    startAsap: start?.asap ?? false,
    endDate: period.end.value,
    durationMonths: period.duration.value,
    extension: period.extension.value,
    reference: reference.value,
    requirements: found.requirements,
    description: readDescription(lines, titleLine),
    evidence,
    warnings,
  };
  return { posting, explanation: { fields: decisions.map(({ field, value, source, evidence: text, considered }) => ({ field, source, evidence: text, shown: value !== null, considered })), requirements: found.sections } };
}

/** A search-results page: many posting cards, and no posting of its own (no labelled facts, no eisen). */
function isListOfPostings(cards: number, facts: Fact[], requirements: number): boolean {
  const ownFacts = facts.filter((f) => isLabelled(f) && ['rate', 'hours', 'deadline', 'start', 'reference'].includes(f.field));
  return cards >= 3 && requirements === 0 && ownFacts.length === 0;
}

function nothing(posting: Posting): { posting: Posting; explanation: Explanation } {
  return { posting, explanation: { fields: [], requirements: [] } };
}

/** A valid posting with nothing read, and why. */
export function emptyPosting(url: string, host: string | null, warning: PostingWarning): Posting {
  return {
    url, sourceHost: host, title: null, client: null, location: null, rate: null, hoursPerWeek: null, deadline: null,
    postedDate: null, startDate: null, startAsap: false, endDate: null, durationMonths: null, extension: null,
    reference: null, requirements: [], description: '', evidence: {}, warnings: [warning],
  };
}
