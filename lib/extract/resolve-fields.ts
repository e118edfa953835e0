/**
 * The non-date fields of a posting from its facts: title, client, location, rate,
 * hours per week and reference. Each takes the most trusted fact that parses.
 */
import { parseHours } from '../parse/hours';
import { parseRate } from '../parse/rate';
import { fold, snippet, squash } from '../parse/text';
import type { Posting, PostingField, PostingWarning } from '../posting';
import type { BrokerContext } from './client';
import { type Fact, byTrust } from './fact';
import { findClient } from './find-client';
import { findLocation } from './find-location';
import type { LabelField } from './labels';
import type { PageLine } from './page-reading';
import type { StructuredFacts } from './structured-data';

const RATE_WORDS = /tarief|rate|\bmax|maximaal|maximum|\btot\b|up to|niet hoger|p\/u|vanaf|tussen|from/i;
const CAP_WORDS = /\bmax|maximaal|maximum|\btot\b|up to|niet hoger/i;

type OtherFields = Pick<Posting, 'title' | 'client' | 'location' | 'rate' | 'hoursPerWeek' | 'reference'>;

export interface FieldInputs {
  facts: Fact[];
  lines: PageLine[];
  structured: StructuredFacts;
  titleLine: number;
  broker: BrokerContext;
  logoClient: { name: string; snippet: string } | null;
}

export function resolveFields(input: FieldInputs) {
  const evidence: Partial<Record<PostingField, string>> = {};
  const warnings: PostingWarning[] = [];
  const { facts, lines, structured, titleLine } = input;
  const of = (field: LabelField) => facts.filter((f) => f.field === field).sort(byTrust);

  const fields: OtherFields = { title: null, client: null, location: null, rate: null, hoursPerWeek: null, reference: null };

  // Title: the page's main heading is what the user sees; structured data and <title> back it up.
  const titleFact = of('title')[0];
  const titleCandidates: [string | undefined, string][] = [
    [titleLine >= 0 ? lines[titleLine].text : undefined, 'h1'],
    [structured.title, 'JSON-LD'],
    [titleFact?.value, titleFact?.snippet ?? ''],
    [structured.ogTitle && stripSiteName(structured.ogTitle, structured.siteName), 'og:title'],
  ];
  for (const [value, source] of titleCandidates) {
    if (value && squash(value).length >= 3) {
      fields.title = squash(value);
      evidence.title = source === 'h1' || source === 'JSON-LD' || source === 'og:title' ? snippet(value) : snippet(source);
      break;
    }
  }

  const client = findClient({ ...input, clientFacts: of('client') });
  if (client) {
    fields.client = client.value;
    evidence.client = snippet(client.snippet);
  }
  const location = findLocation([...of('location'), ...of('region')], structured, lines);
  if (location) {
    fields.location = location.value;
    evidence.location = snippet(location.snippet);
  }

  // Rate: labels first; JSON-LD salaries are often placeholders so they come after labels.
  const rateFacts = of('rate');
  const ordered = [...rateFacts.filter((f) => f.tier <= 2), ...rateFacts.filter((f) => f.tier > 2)];
  let unstated: string | null = null;
  if (structured.rate) {
    const labelled = ordered.filter((f) => f.tier <= 2).some((f) => parseRate(f.value, { labelled: true })?.kind === 'rate');
    if (!labelled) {
      fields.rate = { ...structured.rate, currency: 'EUR' };
      evidence.rate = `JSON-LD baseSalary: ${structured.rate.text}`;
    }
  }
  for (const f of ordered) {
    if (fields.rate) break;
    // Unlabelled amounts count only when they speak of a rate or a cap, and after an
    // explicit "Geen maximum" only a cap does (a market-rate statistic is not the rate).
    if (f.tier > 2 && !(unstated ? CAP_WORDS : RATE_WORDS).test(f.value)) continue;
    const r = parseRate(f.value, { labelled: f.tier <= 2 });
    if (r?.kind === 'rate') {
      fields.rate = { min: r.min, max: r.max, currency: 'EUR', text: snippet(r.text, 120) };
      evidence.rate = snippet(f.snippet);
    } else if (r?.kind === 'unstated') unstated ??= f.snippet;
  }
  if (!fields.rate) {
    warnings.push(unstated ? { code: 'rate-not-an-amount', detail: snippet(unstated, 80) } : { code: 'no-rate' });
    if (unstated) evidence.rate = snippet(unstated);
  }
  warnings.push(...structured.notes);

  for (const f of of('hours')) {
    const h = parseHours(f.value, { labelled: f.tier <= 2 });
    if (h) {
      fields.hoursPerWeek = { ...h, text: snippet(h.text, 120) };
      evidence.hoursPerWeek = snippet(f.snippet);
      break;
    }
  }

  const ref = of('reference').find((f) => f.tier <= 2 && /\d/.test(f.value) && f.value.length <= 40);
  if (ref) {
    fields.reference = squash(ref.value.split(/\s+[|·]\s+/)[0]);
    evidence.reference = snippet(ref.snippet);
  } else if (structured.reference && structured.reference.length <= 40 && shown(structured.reference, lines)) {
    fields.reference = structured.reference;
    evidence.reference = `JSON-LD identifier: ${structured.reference}`;
  }

  return { fields, evidence, warnings };
}

/** A portal id in structured data counts only when the page shows it too. */
function shown(text: string, lines: PageLine[]): boolean {
  return lines.some((l) => !l.noise && l.text.includes(text));
}

function stripSiteName(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (!siteName || fold(parts[parts.length - 1]).includes(fold(siteName)) || parts.length === 2)) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}
