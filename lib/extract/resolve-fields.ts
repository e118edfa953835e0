/**
 * The non-date fields of a posting from its facts: title, client, location, rate,
 * hours per week and reference. Each takes the most trusted fact that parses.
 */
import { parseHours } from '../parse/hours';
import { parseRate } from '../parse/rate';
import { fold, snippet, squash } from '../parse/text';
import type { Posting, PostingField } from '../posting';
import { type BrokerContext, cleanClient, clientFromProse, isBroker, looksLikeOrganisation, organisationAtStart } from './client';
import { type Fact, byTrust } from './fact';
import type { LabelField } from './labels';
import type { PageLine } from './page-lines';
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
  const warnings: string[] = [];
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

  // Client: labels, then structured data, logo, the line under the title, the first sentences.
  const clientFrom = (name: string | null | undefined, source: string) => {
    if (fields.client || !name) return;
    const clean = cleanClient(name.split(/\s+[|–—]\s+|\n/)[0]);
    if (clean.length >= 2 && clean.length <= 100 && !isBroker(clean, input.broker)) {
      fields.client = clean;
      evidence.client = snippet(source);
    }
  };
  for (const f of of('client').filter((f) => f.tier <= 2)) clientFrom(f.value, f.snippet);
  clientFrom(structured.client, `JSON-LD hiringOrganization: ${structured.client}`);
  clientFrom(input.logoClient?.name, input.logoClient?.snippet ?? '');
  if (!fields.client && titleLine >= 0) {
    // Job boards put the organisation just under the title, some just above it.
    const near = [titleLine + 1, titleLine + 2, titleLine + 3, titleLine - 1, titleLine - 2, titleLine - 3];
    for (const i of near.filter((n) => n >= 0 && n < lines.length)) {
      if (fields.client) break;
      const text = lines[i].text;
      if (!lines[i].noise) clientFrom(looksLikeOrganisation(text) ? text : organisationAtStart(text), text);
    }
  }
  for (let i = 0; i < lines.length && !fields.client; i++) {
    if (!lines[i].noise) clientFrom(clientFromProse(lines[i].text), lines[i].text);
  }
  // Last resort: the first organisation the body names ("Waterschap Rivierenland zorgt voor …").
  for (let i = Math.max(titleLine, 0); i < lines.length && !fields.client; i++) {
    if (!lines[i].noise && !lines[i].item) clientFrom(organisationAtStart(lines[i].text), lines[i].text);
  }

  // Location: place labels before region labels, then structured data, then a place chip.
  const locationFacts = [...of('location'), ...of('region')].filter((f) => f.tier <= 2);
  const loc = locationFacts.find((f) => f.value.length <= 80);
  if (loc) {
    fields.location = cleanPlace(loc.value);
    evidence.location = snippet(loc.snippet);
  } else if (structured.location) {
    fields.location = cleanPlace(structured.location);
    evidence.location = `JSON-LD jobLocation: ${structured.location}`;
  } else {
    const chip = of('location').find((f) => f.tier === 3);
    const prose = chip ? null : placeFromProse(lines);
    if (chip) {
      fields.location = cleanPlace(chip.value);
      evidence.location = chip.snippet;
    } else if (prose) {
      fields.location = prose.place;
      evidence.location = snippet(prose.snippet);
    }
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
    warnings.push(unstated ? `The rate is not stated as an amount ("${snippet(unstated, 80)}").` : 'No hourly rate found on the page.');
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

const WORK_PLACE =
  /\b(?:standplaats|werklocatie|werkplek|kantoor|gevestigd|locatie|werk(?:t|en)?\s+(?:je\s+)?(?:vanuit|op))\b[^.]{0,60}?\bin\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/u;

/** "… op ons kantoor aan De Blomboogerd in Tiel" → Tiel. */
function placeFromProse(lines: PageLine[]): { place: string; snippet: string } | null {
  for (const line of lines) {
    if (line.noise) continue;
    const m = WORK_PLACE.exec(line.text);
    if (m) return { place: m[1], snippet: line.text.slice(Math.max(0, m.index - 20), m.index + m[0].length) };
  }
  return null;
}

function stripSiteName(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (!siteName || fold(parts[parts.length - 1]).includes(fold(siteName)) || parts.length === 2)) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}

/**
 * The place, not the address: "Zaandam (stadhuis, Stadserf 2)" → "Zaandam",
 * "Den Haag, Turfmarkt 147" → "Den Haag", "Gemeentehuis Ede" → "Ede".
 */
export function cleanPlace(raw: string): string {
  const parts = squash(raw.replace(/\([^)]*\)/g, ' '))
    .split(/\s*[,|·•]\s*|\s+[-–]\s+/)
    .map((p) => p.replace(/^(?:gemeentehuis|stadhuis|provinciehuis|stadskantoor|kantoor|hoofdkantoor|locatie|vestiging|gemeente)\s+/i, '').trim())
    .filter((p) => p && !/\d/.test(p));
  return (parts[0] ?? squash(raw)).replace(/[.,;]+$/, '');
}
