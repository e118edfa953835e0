/**
 * The user's CV as stored with the library: the text as imported or pasted (editable), the
 * profile settings (rate, hours, availability, region), the user's corrections to the
 * experience entries read from it, and their own synonyms. Corrections are keyed by the
 * entry's header line, so they survive importing the same CV again. One row, with the time
 * it last changed, so a later sync can replicate it like a posting.
 */
import { z } from 'zod';
import { squash } from '../parse/text';
import { type Cv, CvPeriod, CvProfile, EMPTY_PROFILE } from './cv';
import { readCv } from './read-cv';

export const PROFILE_ID = 'me';

export const EntryCorrection = z.object({
  /** The header line of the entry as read from the CV (squashed): what the correction is for. */
  header: z.string().min(1),
  role: z.string().min(1).optional(),
  organisation: z.string().nullable().optional(),
  period: CvPeriod.nullable().optional(),
  /** The user says this is no experience entry (a course, a side activity). */
  notAnEntry: z.boolean().optional(),
});
export type EntryCorrection = z.infer<typeof EntryCorrection>;

export const OwnSynonyms = z.array(z.object({ id: z.string().min(1), terms: z.array(z.string().min(2)).min(2) }));
export type OwnSynonyms = z.infer<typeof OwnSynonyms>;

export const StoredProfile = z.object({
  id: z.literal(PROFILE_ID),
  cvText: z.string(),
  /** Where the text came from; null when pasted or typed. */
  cvFile: z.object({ name: z.string(), kind: z.enum(['pdf', 'docx', 'text']) }).nullable(),
  settings: CvProfile,
  corrections: z.array(EntryCorrection),
  synonyms: OwnSynonyms,
  updatedAt: z.string(),
});
export type StoredProfile = z.infer<typeof StoredProfile>;

export function emptyProfile(at = new Date().toISOString()): StoredProfile {
  return { id: PROFILE_ID, cvText: '', cvFile: null, settings: EMPTY_PROFILE, corrections: [], synonyms: [], updatedAt: at };
}

const key = (header: string) => squash(header).toLowerCase();

/**
 * Each entry's correction: the one made on its header line, else one made on another of its
 * lines. A newer BidPrep may read another line of an entry as its header ("Functie:
 * Projectleider" where it once read "Periode: 2019 – heden"); the user's correction still applies.
 */
export function correctionsByEntry(cv: Cv, corrections: readonly EntryCorrection[]): (EntryCorrection | undefined)[] {
  const byHeader = new Map(corrections.map((c) => [key(c.header), c]));
  const out = cv.entries.map((entry) => byHeader.get(key(entry.header)));
  const used = new Set(out);
  for (const c of corrections) {
    if (used.has(c)) continue;
    const line = cv.lines.find((l) => l.entry !== null && key(l.text) === key(c.header));
    if (line && out[line.entry!] === undefined) {
      out[line.entry!] = c;
      used.add(c);
    }
  }
  return out;
}

/** The CV read from the stored text, with the user's corrections applied (they always win). */
export function effectiveCv(profile: Pick<StoredProfile, 'cvText' | 'corrections'>): Cv {
  const cv = readCv(profile.cvText);
  const corrected = correctionsByEntry(cv, profile.corrections);
  const dropped = new Set<number>();
  const entries = cv.entries.map((entry, i) => {
    const c = corrected[i];
    if (!c) return entry;
    if (c.notAnEntry) dropped.add(i);
    return {
      ...entry,
      role: c.role ?? entry.role,
      organisation: c.organisation !== undefined ? c.organisation : entry.organisation,
      period: c.period !== undefined ? c.period : entry.period,
    };
  });
  if (dropped.size === 0) return { ...cv, entries };
  // An entry the user says is none: its lines belong to no entry; the others keep their numbers.
  const renumber = new Map<number, number>();
  entries.forEach((_, i) => !dropped.has(i) && renumber.set(i, renumber.size));
  return {
    entries: entries.filter((_, i) => !dropped.has(i)),
    lines: cv.lines.map((l) => ({ ...l, entry: l.entry === null ? null : (renumber.get(l.entry) ?? null) })),
  };
}

/**
 * "regiesysteem = Suite4Sociaal Domein = iRegie" lines, one group per line, into synonym
 * groups; blank lines are skipped. Throws a message a user can act on for a line of one term.
 */
export function parseOwnSynonyms(text: string): OwnSynonyms {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const terms = line.split(/\s*[=,;]\s*/).map((t) => t.trim()).filter((t) => t.length >= 2);
      if (terms.length < 2) throw new Error(`Line ${i + 1} ("${line}") needs at least two words or phrases, separated by "=" or ",".`);
      return { id: `own-${i + 1}`, terms };
    });
}

export const ownSynonymsText = (groups: OwnSynonyms) => groups.map((g) => g.terms.join(' = ')).join('\n');
