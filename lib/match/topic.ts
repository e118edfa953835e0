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
  const units = unitsOf(text, index.groups, false).all;
  if (units.length === 0) return { units, lines: [] };
  const n = index.lines.length;
  const df = units.map(index.linesShowing);
  const weight = df.map((d) => Math.log((n + 1) / (d + 1)) + 1);
  const total = weight.reduce((a, b) => a + b, 0);
  const headerOf = (line: IndexedLine) => {
    const entry = line.entry === null ? undefined : index.cv.entries[line.entry];
    return entry && entry.line !== line.index ? index.lines[entry.line] : undefined;
  };
  const lines: ScoredLine[] = [];
  for (const line of index.lines) {
    if (only && !only(line)) continue;
    const header = headerOf(line);
    if (line.heading) continue;
    let own = 0;
    let context = 0;
    units.forEach((u, i) => {
      if (unitMatches(u, line)) own += weight[i];
      else if (header && unitMatches(u, header)) context += weight[i] * CONTEXT;
    });
    // The header only lends context to a line that shows something itself.
    if (own > 0) lines.push({ line, score: (own + context) / total });
  }
  // Best first, work done before a summary or a course about it; of equal scores the shorter line says it more plainly.
  const rank = (s: ScoredLine) => s.score * (SECTION_WEIGHT[s.line.section] ?? 0.9);
  lines.sort((a, b) => rank(b) - rank(a) || a.line.text.length - b.line.text.length);
  return { units, lines };
}
