/**
 * The real portal pages of ../shared/real-pages (outside this repository: third-party text
 * is read from there, never copied in) and their expected readings, scored the way
 * ../shared/tools/score-extract.mjs scores them: a title by word overlap, names by
 * containment, amounts and dates exactly, requirements matched by word overlap ≥ 0.5
 * within their kind ("any" for an unclassified profile list).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Posting } from '../../lib/posting';

export const REAL_PAGES_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'real-pages');

const Range = z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable();
export const RealExpectation = z.object({
  url: z.string(),
  now: z.string(),
  title: z.string().optional(),
  client: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  rate: Range.optional(),
  hoursPerWeek: Range.optional(),
  deadline: z.string().nullable().optional(),
  startDate: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
  durationMonths: z.number().nullable().optional(),
  reference: z.string().nullable().optional(),
  requirements: z.array(z.object({ kind: z.enum(['knockout', 'wish', 'other', 'any']), text: z.string() })).default([]),
});
export type RealExpectation = z.infer<typeof RealExpectation>;

export interface RealPage {
  name: string;
  html: string;
  expected: RealExpectation;
}

export function loadRealPages(dir = REAL_PAGES_DIR): RealPage[] {
  if (!existsSync(join(dir, 'pages'))) return [];
  return readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      html: readFileSync(join(dir, 'pages', f), 'utf8'),
      expected: RealExpectation.parse(JSON.parse(readFileSync(join(dir, 'expected', f.replace(/\.html$/, '.json')), 'utf8'))),
    }));
}

const FIELDS = ['title', 'client', 'location', 'rate', 'hoursPerWeek', 'deadline', 'startDate', 'endDate', 'durationMonths', 'reference'] as const;
const norm = (s: unknown) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const tokens = (s: string) => new Set(norm(s).split(/[^a-z0-9€]+/).filter((t) => t.length > 1));
function jaccard(a: string, b: string): number {
  const [x, y] = [tokens(a), tokens(b)];
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / (x.size + y.size - both || 1);
}
const contains = (a: string, b: string) => !!norm(a).trim() && !!norm(b).trim() && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));

function fieldRight(key: (typeof FIELDS)[number], want: unknown, got: unknown): boolean {
  if (key === 'title') return typeof got === 'string' && (jaccard(String(want), got) >= 0.6 || contains(String(want), got));
  if (want === null) return got === null || got === undefined || (typeof got === 'object' && (got as { max: unknown }).max === null);
  if (key === 'rate' || key === 'hoursPerWeek') {
    const [w, g] = [want as { min: number | null; max: number | null }, got as { min: number | null; max: number | null } | null];
    return !!g && g.max === w.max && (w.min === null || g.min === w.min) && (key === 'rate' || g.min === w.min);
  }
  if (key === 'deadline' || key === 'startDate' || key === 'endDate') {
    const time = /T(\d{2}:\d{2})/.exec(String(want))?.[1];
    return typeof got === 'string' && got.slice(0, 10) === String(want).slice(0, 10) && (!time || got.slice(11, 16) === time);
  }
  if (key === 'durationMonths') return got === want;
  return typeof got === 'string' && contains(String(want), got);
}

export interface RealScore {
  fieldsRight: number;
  fieldsAll: number;
  deadlinesRight: number;
  deadlinesAll: number;
  found: number;
  expected: number;
  extracted: number;
  misses: string[];
}

export function scoreRealPage(posting: Posting, expected: RealExpectation): RealScore {
  const s: RealScore = { fieldsRight: 0, fieldsAll: 0, deadlinesRight: 0, deadlinesAll: 0, found: 0, expected: expected.requirements.length, extracted: posting.requirements.length, misses: [] };
  for (const key of FIELDS) {
    if (!(key in expected)) continue;
    const ok = fieldRight(key, expected[key], posting[key]);
    s.fieldsAll++;
    if (ok) s.fieldsRight++;
    else s.misses.push(`${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(posting[key])}`);
    if (key === 'deadline') {
      s.deadlinesAll++;
      if (ok) s.deadlinesRight++;
    }
  }
  const pool = posting.requirements.map((r) => ({ ...r, used: false }));
  for (const want of expected.requirements) {
    let best: (typeof pool)[number] | null = null;
    let bestScore = 0.5;
    for (const got of pool) {
      if (got.used || (want.kind !== 'any' && got.kind !== want.kind)) continue;
      const score = jaccard(want.text, got.text);
      if (score >= bestScore) [best, bestScore] = [got, score];
    }
    if (best) {
      best.used = true;
      s.found++;
    } else s.misses.push(`missed ${want.kind}: ${want.text.slice(0, 80)}`);
  }
  for (const extra of pool.filter((p) => !p.used)) s.misses.push(`extra ${extra.kind}: ${extra.text.slice(0, 80)}`);
  return s;
}

/** Field accuracy, requirement F1 and deadline accuracy over several pages. */
export function summarise(scores: RealScore[]) {
  const sum = (k: keyof Omit<RealScore, 'misses'>) => scores.reduce((n, s) => n + s[k], 0);
  const precision = sum('found') / (sum('extracted') || 1);
  const recall = sum('found') / (sum('expected') || 1);
  return {
    fields: sum('fieldsRight') / (sum('fieldsAll') || 1),
    f1: (2 * precision * recall) / (precision + recall || 1),
    precision,
    recall,
    deadlines: sum('deadlinesRight') / (sum('deadlinesAll') || 1),
    counts: `${sum('fieldsRight')}/${sum('fieldsAll')} fields, ${sum('found')}/${sum('expected')} requirements found of ${sum('extracted')} read, ${sum('deadlinesRight')}/${sum('deadlinesAll')} deadlines`,
  };
}
