/**
 * Structured data: schema.org JobPosting in JSON-LD and Open Graph / meta tags.
 * Portals ship malformed JSON-LD (Striive) and placeholder salaries (0, 100, MONTH),
 * so parsing is forgiving and salaries are checked before they count.
 */
import { squash } from '../parse/text';
import type { PostingWarning } from '../posting';
import type { PageHead } from './page-reading';

/**
 * The JobPosting fields BidPrep reads; each is checked where it is used (str(), prop()).
 * Checked by hand rather than with a Zod schema: JSON-LD in the wild is too irregular for
 * a schema to say more than "unknown", and every value is normalised where it is used.
 */
interface JobPostingLd {
  title?: unknown;
  datePosted?: unknown;
  validThrough?: unknown;
  hiringOrganization?: unknown;
  jobLocation?: unknown;
  baseSalary?: unknown;
  identifier?: unknown;
  startDate?: unknown;
  jobStartDate?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface StructuredFacts {
  title?: string;
  client?: string;
  location?: string;
  posted?: string;
  deadline?: string;
  start?: string;
  reference?: string;
  /** Only a salary stated per hour, never a placeholder. */
  rate?: { min: number | null; max: number | null; text: string };
  siteName?: string;
  ogTitle?: string;
  documentTitle?: string;
  canonicalUrl?: string;
  /** Why a JSON-LD salary was ignored. */
  notes: PostingWarning[];
}

/** JSON-LD JobPosting (from the head and the body's scripts) and meta tags. */
export function readStructuredData(head: PageHead, jsonLd: readonly string[]): StructuredFacts {
  const facts: StructuredFacts = { notes: [] };
  const meta = (key: string) => (Object.hasOwn(head.meta, key) ? head.meta[key] : undefined) || undefined;
  facts.siteName = meta('og:site_name') ?? meta('application-name');
  facts.ogTitle = meta('og:title') ?? meta('twitter:title');
  facts.documentTitle = head.title;
  facts.canonicalUrl = head.canonical ?? meta('og:url');

  for (const script of jsonLd) {
    for (const node of jobPostings(parseLenient(script))) {
      if (isObject(node)) fill(facts, node as JobPostingLd);
    }
  }
  return facts;
}

function fill(facts: StructuredFacts, job: JobPostingLd): void {
  facts.title ??= str(job.title);
  facts.posted ??= str(job.datePosted);
  facts.deadline ??= str(job.validThrough);
  facts.start ??= str(job.jobStartDate) ?? str(job.startDate);
  facts.client ??= str(prop(job.hiringOrganization, 'name')) ?? str(job.hiringOrganization);
  const address = prop(first(job.jobLocation), 'address');
  facts.location ??= str(prop(address, 'addressLocality')) ?? str(prop(address, 'addressRegion')) ?? str(address);
  facts.reference ??= str(prop(job.identifier, 'value')) ?? str(job.identifier);
  if (!facts.rate && job.baseSalary !== undefined) facts.rate = hourlySalary(job.baseSalary, facts.notes);
}

/** A baseSalary counts only when it is per hour and not a placeholder. */
function hourlySalary(salary: unknown, notes: PostingWarning[]): StructuredFacts['rate'] {
  const value = prop(salary, 'value') ?? salary;
  const unit = String(prop(value, 'unitText') ?? prop(salary, 'unitText') ?? '').toUpperCase();
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN);
  const min = num(prop(value, 'minValue'));
  const max = num(prop(value, 'maxValue'));
  const single = num(prop(value, 'value') ?? value);
  const amounts = [min, max, single].filter((n) => Number.isFinite(n));
  if (unit !== 'HOUR') {
    if (amounts.length) notes.push({ code: 'salary-not-hourly', detail: unit.toLowerCase() || undefined });
    return undefined;
  }
  const placeholder = (n: number) => !Number.isFinite(n) || n <= 1 || n === 100 || n > 500;
  if (amounts.length === 0 || amounts.every(placeholder)) {
    notes.push({ code: 'salary-placeholder' });
    return undefined;
  }
  const lo = Number.isFinite(min) && !placeholder(min) ? min : null;
  const hi = Number.isFinite(max) && !placeholder(max) ? max : !placeholder(single) ? single : null;
  return { min: lo !== null && hi !== null && lo === hi ? null : lo, max: hi ?? lo, text: `${lo ?? ''}${lo && hi ? '–' : ''}${hi ?? ''} EUR/uur` };
}

function prop(obj: unknown, key: string): unknown {
  return obj && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>)[key] : undefined;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return squash(v.replace(/<[^>]+>/g, ' ')) || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Every object with @type JobPosting, in @graph, arrays or nested. */
function jobPostings(data: unknown, depth = 0): unknown[] {
  if (depth > 6 || !data || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => jobPostings(d, depth + 1));
  const type = prop(data, '@type');
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /jobposting/i.test(t))) return [data];
  return jobPostings(prop(data, '@graph'), depth + 1);
}

/** JSON.parse that survives what portals actually ship: trailing commas, raw newlines, comments. */
export function parseLenient(raw: string): unknown {
  const text = raw.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '').trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to repairs
  }
  const repaired = repairJson(text);
  try {
    return JSON.parse(repaired);
  } catch {
    return null;
  }
}

function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c === '\n' || c === '\r' || c === '\t') out += ' ';
      else out += c;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else out += c;
  }
  return out.replace(/,\s*([}\]])/g, '$1').replace(/\/\*[\s\S]*?\*\//g, '');
}
