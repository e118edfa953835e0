/**
 * The requirement checklist: eisen (knock-out), wensen (wish) and unclassified profile
 * items, found under headings from the section vocabulary, in page order, each once.
 *
 * A section runs from its heading to the next heading of the same or higher rank, a
 * heading that opens another section, or one that ends it (the application process,
 * practical details); sub-headings inside it ("Opleiding") and paragraphs between its
 * lists do not end it. Items come as lists, table rows, numbered paragraphs or `<br>`
 * lines; a paragraph starting in lower case continues the item before it (editors break
 * one list into several). Hidden tab panels count, hidden duplicate copies do not.
 * Competency lists count only on a page without explicit eisen or wensen.
 */
import { fold } from '../parse/text';
import type { Requirement } from '../posting';
import type { PageLine } from './page-reading';
import { RequirementCollector } from './requirement-collector';
import { type SectionKind, endsSection, kindFromCode, sectionKind } from './section-vocabulary';

interface Section {
  kind: SectionKind;
  heading: string;
  rank: number;
  hasItems: boolean;
  /** Paragraph lines kept until we know whether the section uses a list. */
  plain: PageLine[];
  columns: TableColumns | null;
  /** Items before this section started, to count its own. */
  before: number;
  /** The line before was an item (a lower-case paragraph after it continues it). */
  afterItem: boolean;
  /** The list depth of an item that ends in a colon: deeper items are its sub-points. */
  pointsOf: number | null;
}

interface TableColumns {
  text: number;
  weight: number;
  code: number;
  kind: number;
}

/** How a requirement section was read, for `--explain`. */
export interface SectionReading {
  heading: string;
  kind: SectionKind;
  items: number;
  why: string;
}

/** A section's number and a name of a few words: "4. Knock-outcriteria", "3.2 Selectiecriteria". */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?[\s\u2063]+\S+(?:\s+\S+){0,3}$/u;
/** A paragraph's own code before its point: "Eis 1:", "Wens 2 (10 punten):", "Knock-out 3 –". */
const LEADING_CODE = /^(?:eis|wens|knock-?out|ko|gunningscriterium|criterium)\s*\d{1,2}\s*(?:\([^)]{1,20}\))?\s*[:.)\-–]\s*/i;
const NOTE = /^(?:let op|nb|n\.b\.|opmerking|note|toelichting|\*)\b/i;
const ABOUT_THE_LIST = /\b(?:eisen|wensen|criteria|cv|motivatie(?:brief)?|reactie|offerte)\b/i;
const STARTS_LOWER = /^[\p{Ll}]/u;
/** A line that is only a weight: "(30%)", "20 punten", "(Weging: 15)". */
const WEIGHT_ONLY = /^\(?\s*(?:weging|gewicht|weight)?\s*:?\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent|punten|points?)?\s*\)?$/i;
/** A line that stops where no sentence stops: on an article, a preposition, a conjunction or a comma. */
const CUT_OFF = /(?:,|\s(?:de|het|een|van|in|met|en|of|bij|voor|op|aan|te|binnen|als|dat|die|waarvan|zoals|naar|door|over|om|tot|uit|the|and|with|to|a|an|for))$/i;

export function findRequirements(lines: readonly PageLine[]): { requirements: Requirement[]; sections: SectionReading[] } {
  const found = new RequirementCollector();
  const sections: (SectionReading & { start: number })[] = [];
  let section: Section | null = null;
  const close = () => {
    if (section && !section.hasItems) for (const line of plainItems(section)) found.add(line.text, section.kind);
    if (section) sections.push({ heading: section.heading, kind: section.kind, items: found.count - section.before, why: '', start: section.before });
    section = null;
  };

  for (const line of lines) {
    if (line.noise) {
      close();
      continue;
    }
    const text = line.text;
    // "4. Knock-outcriteria" in a PDF's text: a numbered line, but a heading.
    const numbered = line.item && !line.cells && text.length <= 40 && NUMBERED_HEADING.test(text);
    const headingLike = line.heading > 0 || numbered || (!line.item && !line.cells && text.length <= 60 && (text.endsWith(':') || text.split(' ').length <= 4));
    const kind = headingLike && !line.cells ? sectionKind(text.replace(/[:：]\s*$/, '')) : null;
    if (kind) {
      close();
      section = { kind, heading: text, rank: line.heading || 7, hasItems: false, plain: [], columns: null, before: found.count, afterItem: false, pointsOf: null };
      continue;
    }
    if (!section) continue;
    const s: Section = section;
    const afterItem = s.afterItem;
    s.afterItem = false;

    if (line.cells && (line.heading === 7 || isHeaderRow(line.cells))) {
      s.columns = tableColumns(line.cells);
      continue;
    }
    if (line.heading > 0 || (headingLike && text.endsWith(':') && !line.item)) {
      const real = line.heading >= 1 && line.heading <= 6;
      if (endsSection(text) || (real && (line.heading <= s.rank || s.rank === 7))) close();
      // Otherwise a sub-heading inside the section ("Opleiding", "Ervaring"): keep going.
      continue;
    }
    if (text.length <= 60 && endsSection(text)) {
      close();
      continue;
    }
    if (line.cells) {
      s.hasItems = true;
      addRow(found, line.cells, s);
    } else if (line.item) {
      s.hasItems = s.afterItem = true;
      // "…, waarvan aantoonbaar:" over a nested list: its points are part of that eis.
      if (s.pointsOf !== null && line.depth > s.pointsOf) found.addToLast(text);
      // "Let op: de eisen moeten blijken uit het cv": an instruction about the list, not a point of it.
      else if (NOTE.test(text) && ABOUT_THE_LIST.test(text)) continue;
      else {
        s.pointsOf = /:$/.test(text) ? line.depth : null;
        found.add(text, s.kind);
      }
    } else if (s.hasItems && WEIGHT_ONLY.test(text)) {
      // "• Kennis van 3Di of Sobek." over "(20%)": the weight of the point above.
      found.weighLast(Number(WEIGHT_ONLY.exec(text)![1].replace(',', '.')));
      s.afterItem = afterItem;
    } else if (s.hasItems) {
      // "<li>… met het leiden</li></ul><p>van projecten …</p>": the item goes on.
      if (afterItem && STARTS_LOWER.test(text)) s.afterItem = found.continueLast(text);
      // A short unmarked line after the list is a heading of something else ("Zo helpen wij je");
      // a sentence is not, and the section goes on to its next list.
      else if (headingLike && !/[.!?]$/.test(text)) close();
    } else if (!text.endsWith(':') && !NOTE.test(text)) {
      s.plain.push(line);
    }
  }
  close();

  const explicit = found.items.some((i) => i.kind === 'knockout' || i.kind === 'wish' || i.kind === 'mixed');
  const requirements = found.finish(explicit);
  return {
    requirements,
    sections: sections.map(({ start: _start, ...s }) => ({ ...s, why: sectionWhy(s, explicit) })),
  };
}

function sectionWhy(s: SectionReading, explicit: boolean): string {
  const heading = `heading "${s.heading}"`;
  switch (s.kind) {
    case 'knockout':
      return `${heading} names eisen: knock-outs`;
    case 'wish':
      return `${heading} names wensen: wishes`;
    case 'mixed':
      return `${heading} names both: each item by its code (E/K knock-out, W/G wish), else other`;
    case 'other':
      return `${heading} asks for a profile: points of kind other`;
    case 'competency':
      return explicit
        ? `${heading} lists competencies, and the page has explicit eisen or wensen: not requirements`
        : `${heading} lists competencies and the page has no eisen or wensen: points of kind other`;
  }
}

/**
 * Paragraphs under a requirement heading are items one by one, except prose: a lone
 * paragraph of several sentences describes the person, and text about the eisen
 * themselves ("Voldoet je kandidaat niet aan alle eisen…") is an instruction.
 */
function plainItems(section: Section): PageLine[] {
  if (section.kind === 'mixed' || section.plain.length > 30) return [];
  // (A point's own code is no talk about the eisen: "Eis 1: Je hebt …", "Wens 2 (10 punten): …".)
  const items = joinWrapped(section.plain).filter((l) => !/\b(?:eisen|wensen|eis|wens|criteria)\b/i.test(l.text.replace(LEADING_CODE, '')));
  if (items.length === 1 && (items[0].text.length > 250 || /[.!?]\s+\p{Lu}/u.test(items[0].text))) return [];
  return items;
}

/**
 * "<span>… waarvan 2 jaar binnen de</span><br><span>justitieketen of …</span>": an editor's
 * line break inside one point. A line that starts in lower case goes on with the one before
 * when that one stops mid-sentence: on a small word or a comma (a list of short lower-case
 * points without stops, "kennis van de Wmo" / "rijbewijs B", stays a list).
 */
function joinWrapped(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && STARTS_LOWER.test(line.text) && CUT_OFF.test(last.text)) out[out.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    else out.push(line);
  }
  return out;
}

/** A column's name in a criteria table ("Nr.", "Wens", "Weging", "Eis/Wens", "Omschrijving"). */
const COLUMN_NAME = /^(?:nr\.?|no\.?|nummer|#|code|id|eis(?:en)?|wens(?:en)?|eis ?[/-]? ?wens|eis of wens|criteri(?:um|a)|omschrijving|beschrijving|description|requirements?|weging|gewicht|weight|(?:max(?:imaal)?\.? )?punten|score|percentage|type|soort|kind|categorie|knock ?out|toelichting)$/;

/** A row of only column names: the table's header, though the page did not mark it as one (a Word table's first row). */
function isHeaderRow(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length >= 2 && filled.every((c) => c.length <= 25 && COLUMN_NAME.test(fold(c)));
}

function tableColumns(header: string[]): TableColumns {
  const find = (re: RegExp) => header.findIndex((h) => re.test(fold(h)));
  const kind = find(/^(?:type|soort|eis ?[/-]? ?wens|eis of wens|e ?\/ ?w|kind|categorie|knock ?out)$/);
  // The column that describes ("Omschrijving") before one that only names the kind ("Eis/Wens").
  const described = find(/omschrijving|beschrijving|description|criteri|requirement/);
  return {
    weight: find(/weging|gewicht|weight|punten|score|%/),
    code: find(/^(?:nr\.?|no\.?|nummer|#|code|id)$/),
    kind,
    text: described >= 0 ? described : header.findIndex((h, i) => i !== kind && /eis|wens/.test(fold(h))),
  };
}

function addRow(found: RequirementCollector, cells: string[], section: Section): void {
  const cols = section.columns;
  const filled = cells.map((c, i) => ({ c, i })).filter((x) => x.c);
  if (filled.length === 0) return;
  const longest = filled.reduce((a, b) => (b.c.length > a.c.length ? b : a));
  // A column named for the text that holds only a word or two here ("Eis") is not it: the longest cell is.
  const textIdx = cols && cols.text >= 0 && cells[cols.text] && cells[cols.text].length >= 15 ? cols.text : longest.i;
  const codeCell = cols && cols.code >= 0 ? cells[cols.code] : cells.find((c, i) => i !== textIdx && /^[A-Z]{0,3}\s?\d{1,2}\.?$/.test(c));
  const kindCell = cols && cols.kind >= 0 ? cells[cols.kind] : undefined;
  const weightCell = cols && cols.weight >= 0 ? cells[cols.weight] : cells.find((c, i) => i > textIdx && /^\d+(?:[.,]\d+)?\s*(?:%|punten)?$/.test(c));
  let kind: SectionKind = section.kind;
  const hint = kindCell ? kindFromWord(kindCell) : codeCell ? kindFromCode(codeCell) : null;
  if (hint && (kind === 'mixed' || kindCell)) kind = hint;
  const digits = weightCell ? /\d+(?:[.,]\d+)?/.exec(weightCell)?.[0] : undefined;
  const weight = digits ? Number(digits.replace(',', '.')) : NaN;
  found.add(cells[textIdx], kind, codeCell?.replace(/\.$/, ''), Number.isFinite(weight) ? weight : undefined);
}


function kindFromWord(cell: string): Requirement['kind'] | null {
  const t = fold(cell);
  if (/^(?:eis|knock ?out|ko|must|minimum)/.test(t)) return 'knockout';
  if (/^(?:wens|gunning|wish|nice|pre)/.test(t)) return 'wish';
  return kindFromCode(cell);
}
