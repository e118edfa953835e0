/**
 * What a requirement asks, as things a CV line may show (topic.ts scores the lines): its
 * units, with the names spelled out with their abbreviation, the alternatives ("X of Y"), the
 * narrower terms and the kind they are of, the names of capitalised words, what is asked on
 * top ("inclusief …"), the examples ("zoals …") and the numbers of people, money or size.
 */
import type { CvIndex } from './cv-index';
import { type QuantityAsk, quantitiesAsked } from './quantity';
import { expandTruncations, plain, unitsOf, wordUnit } from './terms';
import { MUNICIPALITY_PROVINCE, PROVINCES } from '../vocabulary/municipalities';

/** Concepts that say where someone worked, not what they did. */
export const SETTING = new Set(['@municipality', '@province', '@central-government', '@government', '@water-board', '@environment-agency']);

/** "zoals …", "bijvoorbeeld …", "such as …": the examples of a point, up to a closing bracket or the end. */
const EXAMPLES = /[(,]?\s*\b(?:zoals|bijvoorbeeld|bijv\.?|bv\.|o\.a\.|onder andere|such as|e\.g\.|for example|for instance)\s+([^)]*)\)?/i;

/** "of een vergelijkbare rapportagetool", "or a similar tool": the alternative of the thing just named. */
const COMPARABLE = /\s(?:of|or)\s+(?:een\s+|an?\s+)?(?:vergelijkbaar|vergelijkbare|soortgelijk|soortgelijke|comparable|similar|equivalent)\s+[\p{L}-]+(?=\s*[.;,)]|\s*$)/giu;


/** The last part of a compound that names only what kind of thing it is: "documentmanagementsysteem" is documentmanagement. */
const GENERIC_HEAD = /(?<=\p{L}{6})(?:systeem|systemen|pakket|pakketten|applicatie|applicaties|software|tool|tools|platform|omgeving)$/u;

/**
 * "DigiDoc of een vergelijkbaar documentmanagementsysteem": the units of the thing named (its
 * last word), each with the units that show the comparable kind instead ("documentmanagement").
 */
function comparables(text: string, index: CvIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(COMPARABLE)) {
    const named = /([\p{L}\d-]+)\s*$/u.exec(text.slice(0, m.index))?.[1];
    const kind = /([\p{L}-]+)$/u.exec(m[0])![1];
    if (!named) continue;
    const like = unitsOf(`${kind} ${kind.replace(GENERIC_HEAD, '')}`, index.groups, false).all;
    for (const u of unitsOf(named, index.groups, false).all) out.set(u, like.filter((l) => l !== u));
  }
  return out;
}

/** One thing a requirement asks: shown by any of `any`, or by all of `all` together, or by a number as large. */
export interface Ask {
  any: string[];
  all: string[];
  quantity?: QuantityAsk;
  /** The broader concept of a narrower term asked ("omgevingsplan": the Omgevingswet), shown by work of that kind: part of it. */
  kind?: string;
  /** A name of several words ("In Control Verklaring"): a line with some of them shows part of it. */
  name?: boolean;
  /** Asked on top, "(inclusief kinderopvang)". */
  included?: boolean;
}

/** An ask of where the work was: one or more kinds of employer. */
export const isSetting = (ask: Ask) => !ask.quantity && ask.all.length === 0 && ask.any.length > 0 && ask.any.every((u) => SETTING.has(u));

/** The one-word places of the Netherlands as units ("zwoll" for Zwolle): a place asked is where the work must have been. */
let places: Set<string> | null = null;
const placeUnits = () => (places ??= new Set([...Object.keys(MUNICIPALITY_PROVINCE), ...PROVINCES].filter((p) => !/[\s-]/.test(p)).map(wordUnit)));
export const isPlace = (unit: string) => placeUnits().has(unit);

/** Read the places once, with the CV (cv-index.ts), rather than in the first posting's time. */
export function prepareAsks(): void {
  placeUnits();
}


const SMALL_WORD = /^(?:voor|van|de|der|het|en|bij|op|in|for|of|the|and)$/i;

/** An abbreviation in brackets after the words it stands for: "Basisregistratie Personen (BRP)". */
const ABBREVIATION = /\((\p{Lu}[\p{L}\d&-]{1,9})\)/gu;

/**
 * The names a requirement spells out with their abbreviation: the units of the name and of
 * the abbreviation. The name is the words before the bracket whose initials the abbreviation
 * has, so "ervaring met implementatie Basisregistratie Personen (BRP)" names "Basisregistratie
 * Personen" only. Where the abbreviation is a concept the name already is ("Wet
 * maatschappelijke ondersteuning (Wmo)"), there is nothing to add.
 */
function spelledOut(text: string, index: CvIndex): { text: string; long: string[]; short: string[] }[] {
  const out: { text: string; long: string[]; short: string[] }[] = [];
  for (const m of text.matchAll(ABBREVIATION)) {
    const letters = m[1].toLowerCase();
    const before = text.slice(0, m.index).trim().split(/\s+/);
    const name: string[] = [];
    let words = 0;
    // Small words inside a name have no letter of their own: "Gemeenschappelijke Inkoopvoorwaarden voor ICT (GIBIT)".
    while (before.length && words < letters.length) {
      const word = before.at(-1)!;
      const small = SMALL_WORD.test(word) && words > 0 && before.length > 1;
      if (!small && !letters.includes(word[0]?.toLowerCase() ?? '')) break;
      name.unshift(before.pop()!);
      if (!small) words++;
    }
    while (name.length && SMALL_WORD.test(name[0])) name.shift();
    if (words < 2 || name[0][0]?.toLowerCase() !== letters[0]) {
      // "het Besluit begroting en verantwoording provincies en gemeenten (BBV)": the name runs
      // from its article to the bracket, its initials the abbreviation's first ones.
      const phrase = /\b(?:van|met|in|op|over)\s+(?:het|de)\s+((?:\p{Lu}[\p{L}-]*)(?:\s+[\p{L}-]+){1,8})\s*$/u.exec(text.slice(0, m.index));
      const first = phrase?.[1].split(/\s+/) ?? [];
      if (first.length < 2 || first[0][0].toLowerCase() !== letters[0]) continue;
      name.splice(0, name.length, ...first);
    }
    const long = unitsOf(name.join(' '), index.groups, false).all;
    const short = unitsOf(m[1], index.groups, false).all.filter((u) => !long.includes(u));
    if (long.length && short.length) out.push({ text: `${name.join(' ')} ${m[0]}`, long, short });
  }
  return out;
}

/**
 * The narrower terms a requirement names, as its units, each with the concept it is a kind of:
 * "een omgevingsplan of omgevingsvisie" asks those, and work under the Omgevingswet shows part.
 */
function kindsOf(text: string, index: CvIndex): Map<string, string> {
  const folded = ` ${plain(text)} `;
  const out = new Map<string, string>();
  for (const g of index.groups) {
    for (const n of g.narrower) {
      if (!folded.includes(n.core) || !n.re.test(folded)) continue;
      for (const u of unitsOf(n.core, index.groups, false).all) if (!u.startsWith('@')) out.set(u, `@${g.id}`);
    }
  }
  return out;
}

/**
 * Two words joined by "of" / "or", each one unit, and neither part of a longer name ("a board
 * of directors or a Raad van Bestuur" pairs no words): alternatives. English "of" joins nothing.
 */
const EITHER = /(?<!\b(?:van|of|der)\s)(?<![\p{L}-])([\p{L}][\p{L}-]*)\)?(\s+(?:of|or|en\/of|and\/or)\s+|\s*\/\s*)(?:(?:de|het|een|the|a|an|andere?|another|other|middelgrote|grote|kleine|vergelijkbare|soortgelijke|comparable|similar)\s+){0,3}([\p{L}][\p{L}-]*)(?!\s+(?:van|of|de|der)\b)/giu;
const ENGLISH = /\b(?:the|with|and|experience|knowledge)\b/i;

function alternatives(text: string, index: CvIndex): [string, string][] {
  const out: [string, string][] = [];
  const english = ENGLISH.test(text);
  for (const [, left, joint, right] of expandTruncations(text).matchAll(EITHER)) {
    if (english && joint.trim().toLowerCase() === 'of') continue;
    // "WW-wetgeving of WIA-wetgeving": what the two share is asked anyway; either of the rest.
    const [a, b] = [unitsOf(left, index.groups, false).all, unitsOf(right, index.groups, false).all];
    const [ownA, ownB] = [a.filter((u) => !b.includes(u)), b.filter((u) => !a.includes(u))];
    if (ownA.length === 1 && ownB.length === 1) out.push([ownA[0], ownB[0]]);
  }
  return out;
}

/**
 * "(inclusief kinderopvang)", ", inclusief het opstellen van een migratieplan": asked on top of the rest.
 * So is "…, waaronder het faciliteren van PI-plannings" / "including …": a part of the work
 * that must be shown too, not an example that shows the whole.
 */
const INCLUDED = /\b(?:inclusief|incl\.|waaronder|including)\s+([^).;]+)/i;

/** Two or more capitalised words inside a sentence ("Knowledge of Unity Catalog and …"), none of them a concept. */
const NAME = /(?<=\p{Ll}[\s(]+|,\s*)(\p{Lu}[\p{L}\d]+(?:\s+\p{Lu}[\p{L}\d]+)+)/gu;

function productNames(text: string, index: CvIndex): string[][] {
  const words = [...text.matchAll(NAME)].map((m) => unitsOf(m[1], index.groups, false).all).filter((units) => units.length >= 2 && units.every((u) => !u.startsWith('@')));
  // "de GEMMA-architectuur", "SAP PM": an acronym the vocabulary does not know is a name too.
  // (Not one of alternatives: "GIBIT of ARBIT", "Safeti-NL of RBMII" ask either.)
  const acronyms = [...text.matchAll(ACRONYM)]
    .filter((m) => !/\b(?:of|or)\s+$/i.test(text.slice(0, m.index)) && !/^[\p{L}\d-]*\s+(?:of|or)\b/iu.test(text.slice(m.index! + m[1].length)))
    .map((m) => unitsOf(m[1], index.groups, false).all)
    .filter((units) => units.length === 1 && !units[0].startsWith('@'));
  return [...words, ...acronyms];
}

/** A word of three or more capitals inside a sentence ("GEMMA", "SSK"), not a shouted heading. */
const ACRONYM = /(?<=\p{Ll}[\s(]+|,\s*)(\p{Lu}{3,}\d?)(?![\p{Ll}])/gu;

/** What a requirement asks, as things a CV line may show, and its own words' stems. */
export function asksOf(text: string, index: CvIndex): { asks: Ask[]; stems: string[]; examples: string[] } {
  // "… zoals Corsa of Djuma", "(bijvoorbeeld Suite4Sociaal Domein, Gidso of iRegie)": examples,
  // any one of which shows the point; together they count as one thing asked.
  const example = EXAMPLES.exec(text);
  const whole = example ? text.slice(0, example.index) + text.slice(example.index + example[0].length) : text;
  // "een team van minimaal 10 medewerkers": the number and its kind are one thing asked, not the words "10" and "medewerkers".
  const quantities = quantitiesAsked(whole);
  // "Power BI of een vergelijkbare rapportagetool": the thing named is asked, or the kind of thing it is.
  const counted = quantities.reduce((t, q) => t.replace(q.text, ' '), whole);
  const main = counted.replace(COMPARABLE, ' ');
  const orLike = comparables(counted, index);
  const asked = unitsOf(main, index.groups, false);
  const examples = example ? unitsOf(example[1], index.groups, false).all.filter((u) => !asked.all.includes(u)) : [];
  // "Digitaal Stelsel Omgevingswet (DSO)": one thing asked, however many words it takes,
  // shown by its abbreviation or by all of its words; what the text asks besides the names
  // stays asked on its own ("de Omgevingswet en het Digitaal Stelsel Omgevingswet (DSO)").
  const named = spelledOut(main, index);
  const besides = new Set(named.length ? unitsOf(named.reduce((t, n) => t.replace(n.text, ' '), main), index.groups, false).all : asked.all);
  const kinds = kindsOf(main, index);
  // "een provincie of waterschap", "Foodvalley of de Stedendriehoek": either one shows the point.
  // (Two narrower terms of one kind stay of that kind: "WW- of WIA-wetgeving".)
  const either = alternatives(main, index).filter(([a, b]) => besides.has(a) && besides.has(b) && a !== b && kinds.get(a) === kinds.get(b));
  const paired = new Map(either.flatMap(([a, b]) => [[a, [a, b]], [b, [a, b]]]));
  const single = asked.all.filter((u) => besides.has(u) && (!paired.has(u) || paired.get(u)![0] === u));
  // "Unity Catalog", "Open Zaak": a name of capitalised words is one thing, shown by all its words together.
  const names = productNames(main, index).filter((n) => n.every((u) => besides.has(u) && !paired.has(u)));
  const inName = new Set(names.flat());
  const onTop = INCLUDED.exec(main);
  const included = new Set(onTop ? unitsOf(onTop[1], index.groups, false).all : []);
  const asks: Ask[] = [
    ...single
      .filter((u) => !inName.has(u))
      .map((u) => ({ any: [...(paired.get(u) ?? [u]), ...(orLike.get(u) ?? [])], all: [], ...(kinds.has(u) ? { kind: kinds.get(u) } : {}), ...(included.has(u) ? { included: true } : {}) })),
    ...names.map((n) => ({ any: [], all: n, name: true })),
    ...named.map((n) => ({ any: n.short, all: n.long })),
    ...(examples.length ? [{ any: examples, all: [] }] : []),
    ...quantities.map((quantity) => ({ any: [], all: [], quantity })),
  ];
  return { asks, stems: asked.stems, examples };
}
