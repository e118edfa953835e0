/**
 * The hand-labelled CV ⇄ requirement set in tests/fixtures/match/ (see its README): the
 * CVs, their profiles, the labels, and the postings they are labelled against. Used by the
 * matcher's accuracy test and by `npm run bench:match`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CvProfile } from '../../lib/cv/cv';
import { squash } from '../../lib/parse/text';
import type { Suggestion } from '../../lib/match/suggestion';
import type { HoursPerWeek, Rate, Requirement } from '../../lib/posting';
import { FIXTURE_DIR } from './fixtures';

export const MATCH_DIR = join(FIXTURE_DIR, 'match');

const Label = z.object({
  posting: z.string(),
  kind: z.enum(['knockout', 'wish', 'other']),
  requirement: z.string(),
  verdict: z.enum(['met', 'unclear', 'unmet']),
  evidence: z.array(z.string()),
  years: z.number().nullable(),
  why: z.string(),
});
export type Label = z.infer<typeof Label>;
const LabelFile = z.object({ cv: z.string(), pairs: z.array(Label) });

const ExpectedPosting = z.object({
  now: z.string(),
  fields: z.object({
    hoursPerWeek: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
    startDate: z.string().nullable(),
    startAsap: z.boolean(),
    rate: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
  }).passthrough(),
  requirements: z.array(z.object({ kind: z.enum(['knockout', 'wish', 'other']), text: z.string() }).passthrough()),
});

export interface LabelledCv {
  name: string;
  text: string;
  profile: CvProfile;
  labels: Label[];
}

export function loadMatchSet(): LabelledCv[] {
  return readdirSync(join(MATCH_DIR, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = LabelFile.parse(JSON.parse(readFileSync(join(MATCH_DIR, 'labels', f), 'utf8')));
      return {
        name: file.cv,
        text: readFileSync(join(MATCH_DIR, 'cvs', `${file.cv}.txt`), 'utf8'),
        profile: CvProfile.parse(JSON.parse(readFileSync(join(MATCH_DIR, 'cvs', `${file.cv}.profile.json`), 'utf8'))),
        labels: file.pairs,
      };
    });
}

export interface LabelledPosting {
  id: string;
  now: string;
  hoursPerWeek: HoursPerWeek | null;
  startDate: string | null;
  startAsap: boolean;
  rate: Rate | null;
  requirements: Requirement[];
}

/** The posting a label points to ("bijoranje/pmo-naleving-sociaal-domein"), as its expected reading. */
export function loadPosting(id: string): LabelledPosting {
  const e = ExpectedPosting.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, `${id}.expected.json`), 'utf8')));
  const rate: Rate | null = e.fields.rate ? { ...e.fields.rate, currency: 'EUR', text: '' } : null;
  const hours = e.fields.hoursPerWeek;
  const hoursPerWeek: HoursPerWeek | null = hours && hours.min !== null && hours.max !== null ? { min: hours.min, max: hours.max, text: '' } : null;
  return { id, now: e.now, hoursPerWeek, startDate: e.fields.startDate, startAsap: e.fields.startAsap, rate, requirements: e.requirements };
}

const same = (a: string, b: string) => squash(a) === squash(b);

/** Is one of the labelled evidence lines among the suggestion's (up to three)? */
export function evidenceFound(label: Label, suggestion: Suggestion): boolean {
  return label.evidence.some((want) => suggestion.evidence.some((got) => same(got.text, want)));
}
