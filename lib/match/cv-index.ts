/**
 * A CV prepared once for matching many requirements: every line's units (terms.ts), with
 * the experience entry's own header added as context, and how rare each unit is in this
 * CV (a word on every line proves little).
 */
import type { Cv } from '../cv/cv';
import { compileGroups, prepareTerms, unitMatches, unitsOf } from './terms';
import { splitVerbParticiples } from './past-tense';
import { prepareAsks } from './asks';
import { SYNONYM_GROUPS, type SynonymGroup } from '../vocabulary/cv-synonyms';

export interface IndexedLine {
  index: number;
  text: string;
  section: Cv['lines'][number]['section'];
  entry: number | null;
  /** A section heading ("Werkervaring"): never evidence. */
  heading: boolean;
  concepts: Set<string>;
  stems: string[];
}

export interface CvIndex {
  cv: Cv;
  lines: IndexedLine[];
  groups: ReturnType<typeof compileGroups>;
  /** The language most of the CV is written in. */
  language: 'nl' | 'en';
  /** How many lines show a unit: asked for every requirement, counted once. */
  linesShowing: (unit: string) => number;
}

export function indexCv(cv: Cv, ownSynonyms: readonly SynonymGroup[] = []): CvIndex {
  prepareTerms();
  prepareAsks();
  const groups = compileGroups([...SYNONYM_GROUPS, ...ownSynonyms]);
  // An entry's header line stands for the entry's role and organisation together.
  const headerText = new Map(cv.entries.map((e) => [e.line, `${e.header} ${e.organisation ?? ''}`]));
  const lines = cv.lines.map((line, index): IndexedLine => {
    const text = headerText.get(index) ?? line.text;
    // "Stelde het informatieplan op": also "opgesteld" (past-tense.ts).
    const split = splitVerbParticiples(line.text);
    const units = unitsOf(split ? `${text} ${split}` : text, groups, true);
    return { index, text: line.text, section: line.section, entry: line.entry, heading: line.heading, concepts: new Set(units.all.filter((u) => u.startsWith('@'))), stems: units.stems };
  });
  const counts = new Map<string, number>();
  const linesShowing = (unit: string) => {
    let n = counts.get(unit);
    if (n === undefined) counts.set(unit, (n = lines.reduce((c, line) => c + (unitMatches(unit, line) ? 1 : 0), 0)));
    return n;
  };
  return { cv, lines, groups, language: languageOf(cv.lines.map((l) => l.text).join(' ')), linesShowing };
}

const DUTCH = /\b(?:de|het|een|en|van|voor|met|bij|ik|werk|heb)\b/g;
const ENGLISH = /\b(?:the|and|of|for|with|at|i|work|have|my)\b/g;

function languageOf(text: string): 'nl' | 'en' {
  const t = text.toLowerCase();
  return (t.match(DUTCH)?.length ?? 0) >= (t.match(ENGLISH)?.length ?? 0) ? 'nl' : 'en';
}
