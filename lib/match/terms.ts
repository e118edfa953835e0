/**
 * What a text is about, as units the matcher can compare across Dutch and English: concept
 * ids from the synonym list ("@project-lead" for projectleider, project manager …) and the
 * stems of the other content words. Compounds meet their parts: a stem matches a word it
 * starts ("jeugd" in "jeugdhulpverlener") or, when long, ends ("bijeenkomst" in
 * "wijkbijeenkomsten").
 */
import { REQUIREMENT_WORDS, STOP_WORDS } from '../vocabulary/cv-words';
import { SYNONYM_GROUPS, type SynonymGroup } from '../vocabulary/cv-synonyms';

const SKIP = new Set([...STOP_WORDS, ...REQUIREMENT_WORDS]);

/** Lower case, no accents, words of letters and digits separated by single spaces. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SUFFIXES: [string, string][] = [
  ['heden', 'heid'], ['iteiten', 'iteit'], ['ingen', 'ing'], ['ies', 'ie'], ['ing', ''], ['en', ''], ['es', ''], ['ed', ''], ['s', ''], ['e', ''],
];

/**
 * A light stem for Dutch and English alike: plural and inflection endings off, at least four
 * letters left. The same-assignment keys stored with every posting are made of it
 * (lib/library/assignment-key.ts): a change here makes stored keys miss new ones.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/**
 * The matcher's stem: as stem(), with English "-ation" read as Dutch "-atie" ("migration" and
 * "migratie", "digitalization" and "digitalisatie"). Nothing stored is made of it.
 */
function matchStem(word: string): string {
  const dutch = word.length >= 7 && (word.endsWith('ation') || word.endsWith('ations')) ? word.replace(/i[sz]ations?$/, 'isatie').replace(/ations?$/, 'atie') : word;
  return stem(dutch);
}

/** The last parts Dutch compounds share when one is written short: "verander- en innovatieprocessen". */
let heads: string[] | null = null;
const compoundHeads = () => (heads ??= [...new Set(builtInGroups().flatMap((g) => [...g.termWords, ...g.narrower.map((n) => n.core)]).filter((t) => !t.includes(' ') && t.length >= 4))]);

/** Compile the vocabulary once, with the CV (cv-index.ts), rather than in the first posting's time. */
export function prepareTerms(): void {
  compoundHeads();
}
const ROLE_HEAD = /(?:manager|adviseur|leider|coordinator|regisseur|secretaris|specialist|medewerker)$/;

/**
 * "verander- en innovatieprocessen", "verander/innovatieprocessen", "project- of programmamanager":
 * the short one written out ("veranderprocessen en innovatieprocessen"), when the long one ends
 * in a word of the vocabulary or a role.
 */
export function expandTruncations(text: string): string {
  if (!/\p{L}\s?-\s?(?:en|of|and|or|en\/of)\s|\p{Ll}\/\p{L}/u.test(text)) return text;
  const known = compoundHeads();
  const headOf = (word: string) => {
    const w = plain(word);
    const role = ROLE_HEAD.exec(w)?.[0];
    const head = known.filter((h) => w.length > h.length + 2 && w.endsWith(h)).sort((a, b) => b.length - a.length)[0];
    return head ?? (role && w.length > role.length + 2 ? role : undefined);
  };
  return text
    // Also as mistyped: "verander -en innovatieprocessen".
    // "WW- of WIA-wetgeving", "data- of GIS-toepassingen": a hyphenated word's head is its last part.
    .replace(/(\p{L}+)\s?-\s?((?:en|of|and|or|en\/of)\s+)(\p{L}+(?:-\p{L}+)*)/gu, (m, short: string, joint: string, long: string) => {
      const head = long.includes('-') ? long.slice(long.lastIndexOf('-')) : headOf(long);
      return head ? `${short}${head} ${joint}${long}` : m;
    })
    .replace(/(?<![\p{L}-])(\p{Ll}{4,})\/(\p{L}{6,})/gu, (m, short: string, long: string) => {
      const head = headOf(long);
      return head && !plain(short).endsWith(head) ? `${short}${head}/${long}` : m;
    });
}

/** The unit one plain word is read as ("Zwolle" → "zwoll"), without looking for concepts. */
export const wordUnit = (word: string): string => matchStem(plain(word));

/**
 * A Dutch past participle's verb, as the stem of its infinitive would read once its spelling
 * is folded (`spelled`): "opgeleverd" → "oplever" (opleveren), "geëvalueerd" → "evaluer"
 * (evalueren), "aangestuurd" → "aanstur" (aansturen). CVs say what was done ("convenant
 * geëvalueerd"); requirements ask for the doing ("het evalueren van convenanten"). Null for
 * a word that is no such participle, or whose verb is too short to tell.
 */
export function participleVerb(word: string): string | null {
  const m = PARTICIPLE.exec(word);
  if (m) return spelled(`${m[1] ?? ''}${m[2] ?? m[3]}`);
  // Verbs that start with be-, ver-, ont-, her- take no ge-: "vertaald" (vertalen), "ontwikkeld", "beheerd".
  const plainPrefix = /^(?:be|ver|ont|her)[a-z]{4,}[dt]$/.test(word) ? word.slice(0, -1) : null;
  return plainPrefix ? spelled(plainPrefix) : null;
}
// The verb's root has four letters at least, or is short and ends in the participle's own t or
// d ("geleid": leiden, "opgezet": opzetten, "ingezet": inzetten).
const PARTICIPLE = /^(?:(aan|af|bij|door|in|mee|na|om|onder|op|over|samen|terug|toe|uit|vast|voor|weg)ge([a-z]{4,}(?=[dt]$)|[a-z]{2}[dt](?=$))|ge([a-z]{4,}(?=[dt]$)|[a-z]?(?:ei|ij|ui|ou|au|eu)[dt](?=$)|[a-z][aeiou]t(?=$)))/;

/** The spelling a verb's forms share: "evalueer"/"evaluer" → "evaluer", "opstell"/"opstel" → "opstel". */
export function spelled(s: string): string {
  let out = SPELLED.get(s);
  if (out === undefined) {
    // Asked for every unit against every CV line: worked out once per word.
    if (SPELLED.size > 20_000) SPELLED.clear();
    SPELLED.set(s, (out = s.replace(/([aeou])\1([^aeiou]+)$/, '$1$2').replace(/([^aeiou])\1$/, '$1')));
  }
  return out;
}
const SPELLED = new Map<string, string>();

/** The same words by their stems, so "opgestelde" and "werkt" go too. */
const SKIP_STEMS = new Set([...REQUIREMENT_WORDS].filter((w) => w.length > 4).map((w) => matchStem(w)));

interface CompiledGroup {
  id: string;
  /** Terms that name the concept. */
  terms: Term[];
  /** The one-word terms and their stems, to tell a term from a compound that contains it. */
  termStems: Set<string>;
  termWords: string[];
  /** Narrower terms that imply it (in CV lines only). */
  narrower: Term[];
}

/** A term inside folded text: whole words; a long one may also start or end a compound. */
/** A term and its pattern; the pattern is only tried where the term's letters occur at all (most lines: nowhere). */
interface Term {
  core: string;
  re: RegExp;
}

const found = (t: Term, folded: string) => folded.includes(t.core) && t.re.test(folded);

function term(text: string): Term {
  return { core: plain(text), re: termPattern(text) };
}

function termPattern(term: string): RegExp {
  const t = plain(term).replace(/ /g, ' ');
  const body = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (t.length < 4 || t.includes(' ')) return new RegExp(`(?:^| )${body}(?= |$)`);
  // A short term starts a compound only with a real word after it: "zorgverlening", not "zorgt".
  const head = t.length >= 6 ? `${body}[a-z]*` : `${body}(?:[a-z]{3,})?`;
  const tail = t.length >= 6 ? `|[a-z]*${body}` : '';
  return new RegExp(`(?:^| )(?:${head}${tail})(?= |$)`);
}

export function compileGroups(groups: readonly SynonymGroup[]): CompiledGroup[] {
  return groups.map((g) => ({
    id: g.id,
    terms: g.terms.map(term),
    termStems: new Set(g.terms.map((t) => matchStem(plain(t)))),
    termWords: g.terms.map(plain).filter((t) => !t.includes(' ')),
    narrower: (g.narrower ?? []).map(term),
  }));
}

// Compiled on first use, not when the side panel loads: its list opens without it.
let builtIn: CompiledGroup[] | null = null;
const builtInGroups = () => (builtIn ??= compileGroups(SYNONYM_GROUPS));

export interface Units {
  /** Concept ids ("@…") and stems. */
  all: string[];
  /** The stems of every content word, for compound matching. */
  stems: string[];
}

/**
 * The units of a text. For a requirement, a word that names a concept counts once, as the
 * concept; for a CV line (`expand`), narrower terms add their broader concept too.
 */
export function unitsOf(text: string, groups: readonly CompiledGroup[] = builtInGroups(), expand = true): Units {
  // "100.000 inwoners" is one number, not "100" and "000" (which "€ 250.000" would show).
  const folded = ` ${plain(expandTruncations(text).replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1'))} `;
  const concepts = new Set<string>();
  const compounds: string[] = [];
  let rest = folded;
  /** The terms named, taken out of the rest longest first: "digitaal stelsel omgevingswet" before "omgevingswet". */
  const takeOut: { t: Term; g: CompiledGroup }[] = [];
  for (const g of groups) {
    const named = g.terms.filter((t) => found(t, folded));
    const narrower = g.narrower.some((t) => found(t, folded));
    if (named.length === 0 && !(expand && narrower)) continue;
    // A requirement that names something narrower ("Rijksoverheid") asks that, not the broad concept ("overheid").
    if (!expand && narrower) {
      // Unless the broad concept is named in its own right too ("sociaal domein (Wmo en/of
      // Jeugdwet)"), not only inside the narrower term ("rijksoverheid").
      const outside = g.narrower.reduce((t, n) => t.replace(new RegExp(n.re.source, 'g'), ' '), folded);
      if (!g.terms.some((t) => found(t, outside))) continue;
    }
    // A CV line's narrower term shows its broader concept, whatever else it names.
    if (expand && narrower) concepts.add(`@${g.id}`);
    for (const t of named) takeOut.push({ t, g });
  }
  // A term inside a longer name of words of another concept names nothing: "Wet open overheid"
  // is no "overheid" (a compound still does: a "teamleider" leads a team). A term of several
  // concepts ("workshops") names each of them.
  const taken = new Set<string>();
  let outsideNames = folded;
  for (const { t, g } of takeOut.sort((a, b) => b.t.core.length - a.t.core.length)) {
    if (!taken.has(t.core) && !found(t, outsideNames)) continue;
    taken.add(t.core);
    concepts.add(`@${g.id}`);
    if (t.core.includes(' ')) outsideNames = outsideNames.replace(new RegExp(t.re.source, 'g'), ' ');
    rest = rest.replace(new RegExp(t.re.source, 'g'), (match) => {
      // A compound that starts with the concept is something else (its head is its last part):
      // "datastrategie" is a strategy about data, "kwartaalrapportages" are reports.
      const word = match.trim();
      const kind = g.termWords.some((t) => word.endsWith(t) || word.endsWith(matchStem(t)));
      // (A plural is no compound: "veranderprocessen" is the term "veranderproces".)
      const inflected = g.termWords.some((t) => word.startsWith(t) && word.length - t.length <= 3);
      if (!expand && !word.includes(' ') && !g.termStems.has(matchStem(word)) && !inflected && !kind) compounds.push(matchStem(word));
      return ' ';
    });
  }
  const words = (s: string) => s.split(' ').filter((w) => w.length >= 2 && !SKIP.has(w) && !SKIP_STEMS.has(matchStem(w)));
  const stems = words(folded).map(matchStem);
  // A CV line's participles also stand for their verb ("geëvalueerd" meets "evalueren"), as
  // the verb only: "beschermd" is beschermen, not the start of "beschermingsbewind".
  if (expand) for (const w of words(folded)) {
    const verb = participleVerb(w);
    if (verb) stems.push(`${VERB}${verb}`);
  }
  return { all: [...concepts, ...new Set([...compounds, ...words(rest).map(matchStem)])], stems };
}

/** Marks a line's stem that is a participle's verb: it meets that verb, never a compound. */
const VERB = '=';

/** Does a unit of a requirement occur among a line's units or stems (compounds included)? */
export function unitMatches(unit: string, line: { concepts: ReadonlySet<string>; stems: readonly string[] }): boolean {
  if (unit.startsWith('@')) return line.concepts.has(unit);
  // As a verb's participle on the line would be written (participleVerb).
  const verb = unit.length >= 5 ? spelled(unit) : null;
  for (const s of line.stems) {
    // "adviesraad" and "adviesraden" ("adviesrad"): the same word, its vowel written once or twice.
    if (s === unit || s === verb || (verb !== null && s.length >= 5 && spelled(s) === verb)) return true;
    if (s.startsWith(VERB)) {
      if (s.slice(1) === unit || s.slice(1) === verb) return true;
      continue;
    }
    if (unit.length >= 4 && s.length >= unit.length + (unit.length >= 6 ? 1 : 3) && s.startsWith(unit)) return true;
    if (unit.length >= 6 && s.length > unit.length && s.endsWith(unit)) return true;
    if (s.length >= 6 && unit.length > s.length && unit.startsWith(s)) return true;
  }
  return false;
}

/**
 * A compound asked, shown by its parts as separate words on a line: "cloudmigratie" by
 * "migration of … to the cloud", "contractbeheer" by "beheer van contracten". The parts
 * must spell the compound, with at most a linking "s" or "e" between. Asked only for a
 * compound no line shows as a whole (topic.ts): every other unit is matched by unitMatches.
 */
export function compoundShown(unit: string, stems: readonly string[]): boolean {
  for (const head of stems) {
    // The compound's last part (its stem may have lost an ending: "migrati" in "cloudmigrati").
    if (head.length < 4 || head.length >= unit.length) continue;
    const at = unit.lastIndexOf(head);
    if (at < 3 || unit.length - (at + head.length) > 2) continue;
    const modifier = unit.slice(0, at);
    const bare = modifier.replace(/[se]$/, '');
    if (stems.some((s) => s !== head && (s === modifier || s === bare))) return true;
  }
  return false;
}
