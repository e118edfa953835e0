/**
 * Experience without a number: which CV lines show what a requirement asks, scored by the
 * share of its units (terms.ts) a line covers, each unit weighed by how rare it is in this
 * CV. A line's experience entry lends its header as context, at a lower weight: a bullet
 * "Nieuwe werkprocessen ingevoerd" under "Projectleider Wmo" is Wmo work.
 */
import { type Ask, SETTING, asksOf, isPlace, isSetting } from './asks';
import type { CvIndex, IndexedLine } from './cv-index';
import { type QuantityAsk, quantitiesOn } from './quantity';
import { compoundShown, unitMatches } from './terms';

/** For the order of evidence: what someone did weighs more than how they sum themselves up. */
const SECTION_WEIGHT: Partial<Record<IndexedLine['section'], number>> = { experience: 1, education: 1, certificates: 0.9, profile: 0.85, personal: 0.85 };

/** What an example shown lends to the rest of the point it exemplifies. */
const INSTANCE = 0.5;

/** How much the requirement's own words count in the order of evidence (not in the verdict). */
const LITERAL = 0.15;

/** Context from the entry's header counts for this share of a unit. */
const CONTEXT = 0.6;

/** What a line showing only the broader kind of something asked counts for it. */
const KIND = 0.5;

export interface ScoredLine {
  line: IndexedLine;
  score: number;
  /**
   * The line shows less than asked, so it cannot meet the requirement on its own: a number of
   * people or money it does not state, or only the broader kind of a thing asked.
   */
  short?: boolean;
  /** The line states a smaller number of the people or money asked ("a team of five" for "at least 6"). */
  fewer?: boolean;
}

export interface TopicReading {
  units: string[];
  lines: ScoredLine[];
  /** A name asked ("de Landelijke Handhavingsstrategie") or a thing asked on top ("inclusief kinderopvang") that no line of the CV shows at all. */
  partNowhere?: boolean;
}

/** The numbers a CV line states, read once per line (a CV is matched against many requirements). */
const NUMBERS = new WeakMap<IndexedLine, ReturnType<typeof quantitiesOn>>();
function numbersOn(line: IndexedLine): ReturnType<typeof quantitiesOn> {
  let found = NUMBERS.get(line);
  if (!found) NUMBERS.set(line, (found = quantitiesOn(line.text)));
  return found;
}

export function readTopic(text: string, index: CvIndex, only?: (line: IndexedLine) => boolean): TopicReading {
  const { asks, stems, examples } = asksOf(text, index);
  const units = asks.flatMap((a) => [...a.any, ...a.all]);
  if (asks.length === 0) return { units, lines: [] };
  // The requirement's own words, for the order of equally good lines: "omgevingsplan" before "Omgevingswet".
  const words = [...new Set(stems)];
  const literal = (line: IndexedLine) => (words.length ? words.filter((w) => unitMatches(w, { concepts: new Set(), stems: line.stems })).length / words.length : 0);
  const n = index.lines.length;
  const weightOf = (u: string) => Math.log((n + 1) / (index.linesShowing(u) + 1)) + 1;
  // A name weighs what its words weigh together; alternatives what the rarest of them weighs.
  const wordWeights = asks.filter((a) => !a.quantity).map((a) => Math.max(...a.any.map(weightOf), a.all.reduce((sum, u) => sum + weightOf(u), 0)));
  // A number asked weighs as much as an average word of the requirement.
  const asNumber = wordWeights.length ? wordWeights.reduce((a, b) => a + b, 0) / wordWeights.length : 1;
  const weight = asks.map((a, i) => (a.quantity ? asNumber : wordWeights[i]));
  const total = weight.reduce((a, b) => a + b, 0);
  // A compound no line shows whole ("cloudmigratie") may be shown by its parts ("migration … to the cloud").
  const inParts = new Set(units.filter((u) => u.length >= 9 && !u.startsWith('@') && index.linesShowing(u) === 0));
  const unitShown = (u: string, line: IndexedLine) => unitMatches(u, line) || (inParts.has(u) && compoundShown(u, line.stems));
  const shows = (ask: Ask, line: IndexedLine) =>
    ask.quantity
      ? (numbersOn(line)[ask.quantity.kind] ?? 0) >= ask.quantity.min
      : ask.any.some((u) => unitShown(u, line)) || (ask.all.length > 0 && ask.all.every((u) => unitShown(u, line)));
  const headerOf = (line: IndexedLine) => {
    const entry = line.entry === null ? undefined : index.cv.entries[line.entry];
    return entry && entry.line !== line.index ? index.lines[entry.line] : undefined;
  };
  const asksSubstance = asks.some((a) => a.quantity) || units.some((u) => !SETTING.has(u));
  const lines: ScoredLine[] = [];
  for (const line of index.lines) {
    if (only && !only(line)) continue;
    const header = headerOf(line);
    if (line.heading) continue;
    let own = 0;
    let context = 0;
    let substance = false;
    // An example shown is an instance of what it exemplifies: the rest of the point counts for half.
    const instance = examples.length > 0 && examples.some((u) => unitMatches(u, line));
    let partly = false;
    asks.forEach((ask, i) => {
      if (shows(ask, line)) {
        own += weight[i];
        substance ||= !!ask.quantity || [...ask.any, ...ask.all].some((u) => !SETTING.has(u));
      } else if (header && shows(ask, header)) context += weight[i] * CONTEXT;
      else if ((ask.kind && line.concepts.has(ask.kind)) || (ask.name && ask.all.some((u) => unitShown(u, line)))) {
        own += weight[i] * KIND;
        substance = partly = true;
      } else if (instance) context += weight[i] * INSTANCE;
    });
    // The header only lends context to a line that shows something itself, and only the kind
    // of employer ("bij een gemeente") is no evidence of what the work was.
    // A number asked and not shown on the line (nor its header): the line shows the work, not its size.
    // "binnen een waterschap of provincie", shown by work at a gemeente: the same work elsewhere.
    const elsewhere =
      asks.some((ask) => isSetting(ask) && !shows(ask, line) && !!header && !shows(ask, header) && [...header.concepts].some((c) => SETTING.has(c))) ||
      // "de arbeidsmarkt in Regio Zwolle": work in another region shows the rest of it, not that.
      asks.some((ask) => ask.any.length > 0 && ask.any.every(isPlace) && !shows(ask, line) && !(header && shows(ask, header)));
    const short = partly || elsewhere || asks.some((ask) => ask.quantity && !shows(ask, line) && !(header && shows(ask, header)));
    const stated = (q: QuantityAsk, l: IndexedLine | undefined) => (l ? numbersOn(l)[q.kind] : undefined);
    const fewer = asks.some(({ quantity: q }) => q && (stated(q, line) ?? stated(q, header) ?? Infinity) < q.min);
    // To the hundredth: the same CV in another layout has a line more or less, which moves every
    // weight by a hair, and a verdict should not turn on that.
    const score = Math.round(((own + context) / total) * 100) / 100;
    if (own > 0 && (substance || !asksSubstance)) lines.push({ line, score, ...(short ? { short } : {}), ...(fewer ? { fewer } : {}) });
  }
  // Best first, work done before a summary or a course about it; of equal scores the shorter line says it more plainly.
  const ranks = new Map(lines.map((s) => [s, s.score * (SECTION_WEIGHT[s.line.section] ?? 0.9) + LITERAL * literal(s.line)]));
  lines.sort((a, b) => ranks.get(b)! - ranks.get(a)! || a.line.text.length - b.line.text.length);
  const nowhere = (a: Ask) => !index.lines.some((l) => [...a.any, ...a.all].some((u) => unitShown(u, l)));
  // A name no line names, or what is asked on top of the rest, all of it, that no line shows.
  const extra = asks.filter((a) => a.included);
  const partNowhere = asks.some((a) => a.name && nowhere(a)) || (extra.length > 0 && extra.every(nowhere));
  return { units, lines, ...(partNowhere ? { partNowhere } : {}) };
}
