/**
 * Experience without a number: which CV lines show what a requirement asks, scored by the
 * share of its units (terms.ts) a line covers, each unit weighed by how rare it is in this
 * CV. A line's experience entry lends its header as context, at a lower weight: a bullet
 * "Nieuwe werkprocessen ingevoerd" under "Projectleider Wmo" is Wmo work.
 */
import type { CvIndex, IndexedLine } from './cv-index';
import { unitMatches, unitsOf } from './terms';

/** For the order of evidence: what someone did weighs more than how they sum themselves up. */
const SECTION_WEIGHT: Partial<Record<IndexedLine['section'], number>> = { experience: 1, education: 1, certificates: 0.9, profile: 0.85, personal: 0.85 };

/** Concepts that say where someone worked, not what they did. */
const SETTING = new Set(['@municipality', '@province', '@central-government', '@government', '@water-board']);

/** "zoals …", "bijvoorbeeld …", "such as …": the examples of a point, up to a closing bracket or the end. */
const EXAMPLES = /[(,]?\s*\b(?:zoals|bijvoorbeeld|bijv\.?|bv\.|o\.a\.|onder andere|waaronder|such as|e\.g\.|for example|for instance|including)\s+([^)]*)\)?/i;

/** What an example shown lends to the rest of the point it exemplifies. */
const INSTANCE = 0.5;

/** How much the requirement's own words count in the order of evidence (not in the verdict). */
const LITERAL = 0.15;

/** Context from the entry's header counts for this share of a unit. */
const CONTEXT = 0.6;

export interface ScoredLine {
  line: IndexedLine;
  score: number;
}

export interface TopicReading {
  units: string[];
  lines: ScoredLine[];
}

export function readTopic(text: string, index: CvIndex, only?: (line: IndexedLine) => boolean): TopicReading {
  // "… zoals Corsa of Djuma", "(bijvoorbeeld Suite4Sociaal Domein, Gidso of iRegie)": examples,
  // any one of which shows the point; together they count as one thing asked.
  const example = EXAMPLES.exec(text);
  const main = example ? text.slice(0, example.index) + text.slice(example.index + example[0].length) : text;
  const asked = unitsOf(main, index.groups, false);
  const examples = example ? unitsOf(example[1], index.groups, false).all.filter((u) => !asked.all.includes(u)) : [];
  const asks: string[][] = [...asked.all.map((u) => [u]), ...(examples.length ? [examples] : [])];
  const units = asks.flat();
  if (units.length === 0) return { units, lines: [] };
  // The requirement's own words, for the order of equally good lines: "omgevingsplan" before "Omgevingswet".
  const words = [...new Set(asked.stems)];
  const literal = (line: IndexedLine) => (words.length ? words.filter((w) => unitMatches(w, { concepts: new Set(), stems: line.stems })).length / words.length : 0);
  const n = index.lines.length;
  const weightOf = (u: string) => Math.log((n + 1) / (index.linesShowing(u) + 1)) + 1;
  const weight = asks.map((alternatives) => Math.max(...alternatives.map(weightOf)));
  const total = weight.reduce((a, b) => a + b, 0);
  const shows = (ask: string[], line: IndexedLine) => ask.some((u) => unitMatches(u, line));
  const headerOf = (line: IndexedLine) => {
    const entry = line.entry === null ? undefined : index.cv.entries[line.entry];
    return entry && entry.line !== line.index ? index.lines[entry.line] : undefined;
  };
  const asksSubstance = units.some((u) => !SETTING.has(u));
  const lines: ScoredLine[] = [];
  for (const line of index.lines) {
    if (only && !only(line)) continue;
    const header = headerOf(line);
    if (line.heading) continue;
    let own = 0;
    let context = 0;
    let substance = false;
    // An example shown is an instance of what it exemplifies: the rest of the point counts for half.
    const instance = examples.length > 0 && shows(examples, line);
    asks.forEach((ask, i) => {
      if (shows(ask, line)) {
        own += weight[i];
        substance ||= ask.some((u) => !SETTING.has(u));
      } else if (header && shows(ask, header)) context += weight[i] * CONTEXT;
      else if (instance) context += weight[i] * INSTANCE;
    });
    // The header only lends context to a line that shows something itself, and only the kind
    // of employer ("bij een gemeente") is no evidence of what the work was.
    if (own > 0 && (substance || !asksSubstance)) lines.push({ line, score: (own + context) / total });
  }
  // Best first, work done before a summary or a course about it; of equal scores the shorter line says it more plainly.
  const ranks = new Map(lines.map((s) => [s, s.score * (SECTION_WEIGHT[s.line.section] ?? 0.9) + LITERAL * literal(s.line)]));
  lines.sort((a, b) => ranks.get(b)! - ranks.get(a)! || a.line.text.length - b.line.text.length);
  return { units, lines };
}
