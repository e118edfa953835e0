/**
 * Structured data: schema.org JobPosting in JSON-LD, read into ordinary facts (source
 * 'json-ld') that the field rules weigh like any other. Values are written out as a page
 * would write them ("€ 75 per uur") so the same parsers read them; nothing here decides.
 * Finding the postings, forgivingly, is json-ld.ts.
 */
import { squash } from '../parse/text';
import type { Fact } from './fact';
import { jobPostingsIn } from './json-ld';
import type { LabelField } from './labels';

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
  workHours?: unknown;
}

/** Facts from every JobPosting in the page's JSON-LD scripts (head first); the first posting wins per field. */
export function readJsonLd(scripts: readonly string[]): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<LabelField>();
  const add = (field: LabelField, key: string, value: string | undefined) => {
    if (!value || seen.has(field)) return;
    seen.add(field);
    facts.push({ field, source: 'json-ld', value, snippet: `JSON-LD ${key}: ${value}`, line: -1, hidden: false });
  };
  for (const node of jobPostingsIn(scripts)) {
    const job = node as JobPostingLd;
    add('title', 'title', str(job.title));
    add('posted', 'datePosted', isoish(str(job.datePosted)));
    add('deadline', 'validThrough', isoish(str(job.validThrough)));
    add('start', 'jobStartDate', isoish(str(job.jobStartDate) ?? str(job.startDate)));
    add('client', 'hiringOrganization', str(prop(job.hiringOrganization, 'name')) ?? str(job.hiringOrganization));
    const address = prop(first(job.jobLocation), 'address');
    add('location', 'jobLocation', str(prop(address, 'addressLocality')) ?? str(prop(address, 'addressRegion')) ?? str(address));
    add('reference', 'identifier', str(prop(job.identifier, 'value')) ?? str(job.identifier));
    add('rate', 'baseSalary', job.baseSalary === undefined ? undefined : salaryText(job.baseSalary));
    add('hours', 'workHours', str(job.workHours));
  }
  return facts;
}

const UNIT_WORDS: Record<string, string> = {
  HOUR: 'per uur', UUR: 'per uur', DAY: 'per dag', DAG: 'per dag', WEEK: 'per week', MONTH: 'per maand',
  MAAND: 'per maand', YEAR: 'per jaar', JAAR: 'per jaar',
};

/** A baseSalary as a page would write it: "€ 75 per uur", "€ 3000 - € 4200 per maand", "€ 100 (no unit)". */
function salaryText(salary: unknown): string | undefined {
  const value = prop(salary, 'value') ?? salary;
  const unit = String(prop(value, 'unitText') ?? prop(salary, 'unitText') ?? '').toUpperCase().trim();
  const amount = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? squash(v) : '');
  const min = amount(prop(value, 'minValue'));
  const max = amount(prop(value, 'maxValue'));
  const single = amount(prop(value, 'value') ?? (isObject(value) ? undefined : value));
  const euro = (a: string) => (/^\d+(?:[.,]\d+)?$/.test(a) ? `€ ${a}` : a);
  const amounts = min && max ? `${euro(min)} - ${euro(max)}` : euro(single || max || min);
  if (!amounts) return undefined;
  return `${amounts} ${UNIT_WORDS[unit] ?? (unit ? `(${unit.toLowerCase()})` : '(no unit)')}`;
}

/**
 * "2025-10-20T12:00:00+02:00" → "2025-10-20 12:00": the day and time as a Dutch reader has
 * them. Midnight and 23:59 in the value's own zone only mark the day ("2026-09-07T23:59:59.999Z"
 * closes on 7 September); another time in another zone is turned into Amsterdam time
 * ("2021-10-21T21:59:00Z" is 23:59 that day, "…T23:00:00Z" in winter the next day).
 */
function isoish(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!m) return value;
  let [day, time] = [m[1], m[2]];
  if (time === '00:00' || time === '23:59') return day;
  if (time && m[3]) {
    const local = amsterdam(new Date(`${day}T${time}:00${m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`));
    if (local) [day, time] = local;
  }
  return time && time !== '00:00' ? `${day} ${time}` : day;
}

function amsterdam(d: Date): [string, string] | null {
  if (Number.isNaN(d.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function prop(obj: unknown, key: string): unknown {
  return isObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return squash(v.replace(/<[^>]+>/g, ' ')) || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

