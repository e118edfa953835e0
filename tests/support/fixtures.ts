/**
 * Loading and scoring extraction fixtures: shared by the fixture test runner and
 * `npm run bench:extract`, so both judge pages the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { dedupeKey } from '../../lib/parse/text';
import { type Posting, Requirement } from '../../lib/posting';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

const Range = z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable();

export const Expectation = z.object({
  url: z.string(),
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fields: z.object({
    title: z.string().nullable(),
    client: z.string().nullable(),
    location: z.string().nullable(),
    rate: Range,
    hoursPerWeek: Range,
    deadline: z.string().nullable(),
    postedDate: z.string().nullable(),
    startDate: z.string().nullable(),
    startAsap: z.boolean(),
    endDate: z.string().nullable(),
    durationMonths: z.number().nullable(),
    extension: z.string().nullable(),
    reference: z.string().nullable(),
  }),
  requirements: z.array(Requirement.omit({ code: true })),
  descriptionIncludes: z.array(z.string()).default([]),
  descriptionExcludes: z.array(z.string()).default([]),
});
export type Expectation = z.infer<typeof Expectation>;
export type FieldName = keyof Expectation['fields'];

export interface Fixture {
  name: string;
  htmlPath: string;
  html: string;
  /** null when the expected file is missing, which fails the runner. */
  expected: Expectation | null;
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const portal of readdirSync(FIXTURE_DIR, { withFileTypes: true })) {
    if (!portal.isDirectory()) continue;
    for (const file of readdirSync(join(FIXTURE_DIR, portal.name)).sort()) {
      if (!file.endsWith('.html')) continue;
      const htmlPath = join(FIXTURE_DIR, portal.name, file);
      const expectedPath = htmlPath.replace(/\.html$/, '.expected.json');
      out.push({
        name: relative(FIXTURE_DIR, htmlPath).replace(/\.html$/, ''),
        htmlPath,
        html: readFileSync(htmlPath, 'utf8'),
        expected: existsSync(expectedPath) ? Expectation.parse(JSON.parse(readFileSync(expectedPath, 'utf8'))) : null,
      });
    }
  }
  return out;
}

/** Text compared the way a reader would: case, spacing and trailing punctuation do not matter. */
export function sameText(a: string, b: string): boolean {
  return dedupeKey(a) === dedupeKey(b);
}

export interface FieldResult {
  field: FieldName;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

export function compareFields(actual: Posting, expected: Expectation): FieldResult[] {
  return (Object.keys(expected.fields) as FieldName[]).map((field) => {
    const want = expected.fields[field];
    let got: unknown = actual[field];
    if ((field === 'rate' || field === 'hoursPerWeek') && got) {
      const r = got as { min: number | null; max: number | null };
      got = { min: r.min, max: r.max };
    }
    let ok: boolean;
    if (want === null || got === null || typeof want !== 'string') ok = JSON.stringify(want) === JSON.stringify(got);
    else if (field === 'extension') {
      const [a, b] = [dedupeKey(want), dedupeKey(String(got))];
      ok = a.includes(b) || b.includes(a);
    } else ok = sameText(want, String(got));
    return { field, ok, expected: want, actual: got };
  });
}

export interface RequirementResult {
  truePositives: number;
  missing: string[];
  extra: string[];
  /** Found with the right text but the wrong kind or weight. */
  wrong: string[];
}

export function compareRequirements(actual: Posting['requirements'], expected: Expectation['requirements']): RequirementResult {
  const unmatched = [...actual];
  const result: RequirementResult = { truePositives: 0, missing: [], extra: [], wrong: [] };
  for (const want of expected) {
    const i = unmatched.findIndex((got) => sameText(got.text, want.text));
    if (i === -1) {
      result.missing.push(`${want.kind}: ${want.text}`);
      continue;
    }
    const [got] = unmatched.splice(i, 1);
    if (got.kind === want.kind && got.weight === want.weight) result.truePositives++;
    else result.wrong.push(`${want.kind}/${want.weight ?? '-'} expected, got ${got.kind}/${got.weight ?? '-'}: ${want.text}`);
  }
  result.extra = unmatched.map((r) => `${r.kind}: ${r.text}`);
  return result;
}
