/**
 * The user's CV as BidPrep reads it: experience entries with their periods, and every
 * other line (education, certificates, languages, skills) kept searchable with the section
 * it sits in. Plain data with Zod schemas: it is stored with the library, imported from
 * files and read by the matcher (lib/match).
 */
import { z } from 'zod';

export const YearMonth = z.object({ year: z.number().int().min(1900).max(2100), month: z.number().int().min(1).max(12) });
export type YearMonth = z.infer<typeof YearMonth>;

export const CvPeriod = z.object({
  from: YearMonth,
  /** null: up to now ("heden", "present"). */
  to: YearMonth.nullable(),
  fromPrecision: z.enum(['month', 'year']),
  toPrecision: z.enum(['month', 'year', 'now']),
});
export type CvPeriod = z.infer<typeof CvPeriod>;

export const CvSection = z.enum(['personal', 'profile', 'experience', 'education', 'certificates', 'languages', 'skills', 'other']);
export type CvSection = z.infer<typeof CvSection>;

export const CvLine = z.object({
  text: z.string(),
  section: CvSection,
  /** Index into `entries` when the line belongs to an experience entry. */
  entry: z.number().int().nullable(),
  /** The line is a section heading ("Werkervaring", "Talen"). */
  heading: z.boolean(),
});
export type CvLine = z.infer<typeof CvLine>;

export const ExperienceEntry = z.object({
  role: z.string(),
  organisation: z.string().nullable(),
  period: CvPeriod.nullable(),
  /** The line that names the entry (role, or role with organisation and period): what evidence points to. */
  header: z.string(),
  /** Index of `header` in `lines`. */
  line: z.number().int(),
});
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const EducationLevel = z.enum(['mbo', 'hbo', 'wo']);
export type EducationLevel = z.infer<typeof EducationLevel>;

export const Cv = z.object({
  lines: z.array(CvLine),
  entries: z.array(ExperienceEntry),
});
export type Cv = z.infer<typeof Cv>;

/** What the user typed in the profile settings: it wins over what the CV says. */
export const CvProfile = z.object({
  hourlyRate: z.number().positive().nullable(),
  hoursPerWeek: z.number().positive().max(80).nullable(),
  availableFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  region: z.string().nullable(),
});
export type CvProfile = z.infer<typeof CvProfile>;

export const EMPTY_PROFILE: CvProfile = { hourlyRate: null, hoursPerWeek: null, availableFrom: null, region: null };
