/**
 * Experience asked with a duration (years.ts), and without one (topic.ts). An entry counts
 * for a duration when its header, organisation or own lines show what is asked; when the
 * requirement names a role ("als projectleider"), the entry's own role must be it.
 */
import type { CvPeriod, YearMonth } from '../../cv/cv';
import { formatPoint } from '../../cv/periods';
import { expandTruncations, plain, unitMatches, unitsOf } from '../terms';
import { SETTING } from '../asks';
import { readTopic } from '../topic';
import { type DurationAsk, countMonths, durationAsked, formatMonths, roundYears } from '../years';
import { type Check, type MatchContext, fromLine } from './check';
import { quantitiesAsked, quantitiesOn } from '../quantity';
import type { CvIndex, IndexedLine } from '../cv-index';
import { MET, UNCLEAR } from './thresholds';
import { onlyInvolved } from '../involvement';
import type { Suggestion } from '../suggestion';

/** Concepts that name a role: an entry counts for "N jaar als <role>" only when it was that role. */
const ROLES = new Set(['@project-lead', '@programme-lead', '@pmo', '@policy-adviser', '@information-manager', '@information-adviser', '@team-lead', '@business-analyst', '@architect', '@scrum-master']);

/** Share of the asked units an entry must show to count; less once its role is the one asked. */
const ENTRY_COUNTS = 0.6;
const ROLE_SHOWN_REST = 0.4;

const todayOf = (iso: string): YearMonth => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) });

export const checkDuration: Check = (requirement, ctx) => {
  const ask = durationAsked(requirement);
  if (!ask) return null;
  const { outsideWindow, ...whole } = yearsShown(ask, ctx);
  // "in de afgelopen 4 jaar leiding gegeven aan een implementatie …": no minimum, and no role in
  // the window counted for it. A CV line that shows the work all the same (a project under
  // another role, the setting or size not stated) shows part of it.
  // (A role asked, "als informatiemanager bij een provincie", is the entry's own role or nothing.)
  // (Work shown only before the window is not in it.)
  if (!ask.minimum && whole.verdict === 'unmet' && !outsideWindow && !AS_ROLE.test(ask.topic)) {
    const topic = topicShown(requirement, ctx.index, (l) => l.entry === null || reachesWindow(ctx.index.cv.entries[l.entry].period, ask, ctx));
    if (topic.verdict !== 'unmet') return { ...topic, verdict: 'unclear', why: `${whole.why}; ${topic.why}` };
  }
  // "8 jaar …, waarvan 3 jaar in de afgelopen 5 jaar": the part is checked on the same experience.
  const part = /\b(?:waarvan|of which)\b(.*)$/i.exec(requirement);
  const partAsk = part ? durationAsked(part[1]) : null;
  if (!part || !partAsk || whole.verdict !== 'met') return whole;
  // "waarvan ten minste 2 jaar binnen de warmtetransitie": the same experience, and that too.
  const partTopic = unitsOf(partAsk.topic, ctx.index.groups, false).all;
  const { outsideWindow: _outside, ...sub } = yearsShown({ ...partAsk, topic: ask.topic }, ctx, partTopic);
  return sub.verdict === 'met' ? { ...whole, why: `${whole.why}; ${sub.why}` } : { ...whole, verdict: 'unmet', why: `${whole.why}; but ${sub.why}` };
};

/** `also`: units every counted entry must show besides (the topic of a "waarvan …" part). */
function yearsShown(ask: DurationAsk, ctx: MatchContext, also: readonly string[] = []): Suggestion & { outsideWindow: boolean } {
  const { index } = ctx;
  // "binnen een overheidsorganisatie met meer dan 1.000 medewerkers": the employer's size, which a
  // CV's roles seldom state, is not asked of each role's words; a role that states a smaller one
  // ("a municipality of 47,000 inhabitants" for "meer dan 50.000 inwoners") does not count.
  const sizes = quantitiesAsked(ask.topic);
  // "als (business) controller", "(semi-)overheid": a word in brackets is optional.
  const topic = sizes.reduce((t, q) => t.replace(q.text, ' '), ask.topic).replace(/\([^()]{1,30}\)/g, ' ');
  // (People are left out: "a team of 8" says nothing of the employer's 1,000.)
  const tooSmall = (lines: readonly IndexedLine[]) =>
    sizes.some((q) => {
      if (q.kind === 'people') return false;
      const stated = Math.max(0, ...lines.map((l) => quantitiesOn(l.text)[q.kind] ?? 0));
      return stated > 0 && stated < q.min;
    });
  const units = unitsOf(topic, index.groups, false).all;
  // "als adviseur participatie of omgevingsmanager": the roles named, any one of which the entry's own role must be.
  const { roles: named, how, fields = [] } = rolesNamed(topic, index);
  const roles = named.length ? [] : units.filter((u) => ROLES.has(u));
  // ("meewerkend projectcoördinator": how the role is done is not asked of the entry's lines.)
  const isRole = (u: string) => ROLES.has(u) || named.some((alt) => alt.includes(u)) || how.includes(u);
  const counted: { entry: number; months: number }[] = [];
  // What the role's own words also say ("projectleider" is leadership too) is the role, not more asked of it.
  // (So is a role noun beside them: "als beleidsmedewerker of adviseur klimaatadaptatie" asks klimaatadaptatie of the entry, not "adviseur".)
  const ofRole = roles.length || named.length ? new Set([...roleWordUnits(topic, ctx), ...roleNounUnits(topic, index)]) : new Set<string>();
  const others = units.filter((u) => !isRole(u) && !ofRole.has(u));
  // "bij een gemeente of provincie": where the work was is a condition, not one more word to show.
  const settings = others.filter((u) => SETTING.has(u));
  const rest = others.filter((u) => !SETTING.has(u));
  index.cv.entries.forEach((entry, e) => {
    if (!entry.period) return;
    const lines = index.lines.filter((l) => l.entry === e);
    if (settings.length > 0 && !inSetting(index, e, settings, lines)) return;
    if (!also.every((u) => lines.some((l) => unitMatches(u, l)))) return;
    if (tooSmall(lines)) return;
    // "als informatieadviseur of informatiemanager": one of the roles named, in the entry's own role.
    let need = ENTRY_COUNTS;
    if (roles.length > 0 || named.length > 0) {
      const own = entryUnits(index, e);
      const ownLine = { concepts: new Set(own.all.filter((u) => u.startsWith('@'))), stems: own.stems };
      // A role named with its field: the entry's title shows both ("Adviseur klimaatadaptatie", not "Adviseur wonen").
      // (With one role named, "als projectleider zorg", its lines may show the field, as below.)
      const isNamed = (alt: string[], i: number) => alt.every((u) => unitMatches(u, ownLine)) && (named.length < 2 || !fields[i]?.length || fields[i].some((u) => unitMatches(u, ownLine)));
      if (!roles.some((r) => unitMatches(r, ownLine)) && !named.some(isNamed)) return;
      need = ROLE_SHOWN_REST;
    }
    const shown = rest.filter((u) => lines.some((l) => unitMatches(u, l))).length;
    if (rest.length > 0 && shown / rest.length < need) return;
    counted.push({ entry: e, months: 0 });
  });
  const today = todayOf(ctx.today);
  const { months, each } = countMonths(counted.map((c) => index.cv.entries[c.entry].period!), today, ask.windowYears);
  counted.forEach((c, i) => (c.months = each[i]));
  const inWindow = counted.filter((c) => c.months > 0).sort((a, b) => b.months - a.months);
  const years = roundYears(months);
  const window = ask.windowYears === null ? '' : index.language === 'nl' ? ` in de afgelopen ${ask.windowYears} jaar` : ` in the last ${ask.windowYears} years`;
  const list = inWindow
    .slice(0, 3)
    .map((c) => {
      const en = index.cv.entries[c.entry];
      return `${formatPoint(en.period!.from, en.period!.fromPrecision)}–${formatPoint(en.period!.to, en.period!.toPrecision)} ${en.role}${en.organisation ? ` ${en.organisation}` : ''}`;
    })
    .join('; ');
  const outside = counted.length > inWindow.length ? (index.language === 'nl' ? ' (andere rollen vallen buiten de periode)' : ' (other roles fall outside the window)') : '';
  return {
    outsideWindow: counted.length > inWindow.length,
    verdict: years + 1e-9 >= ask.years ? 'met' : 'unmet',
    evidence: inWindow.slice(0, 3).map((c) => fromLine(index.lines[index.cv.entries[c.entry].line])),
    years: ask.minimum ? years : null,
    why: `${formatMonths(months, index.language)}${window}${list ? `: ${list}` : ''}${outside}`,
  };
}

/**
 * Was the entry's work in one of the settings asked? Its organisation says so when it names a
 * setting at all ("Provincie Overijssel": not a gemeente, whatever gemeenten its lines mention
 * as partners); an organisation that names none ("Adviesbureau X") leaves it to the lines
 * ("opdrachtgever: gemeente Deventer").
 */
function inSetting(index: CvIndex, e: number, settings: readonly string[], lines: readonly IndexedLine[]): boolean {
  const own = entryUnits(index, e).all;
  const named = own.filter((u) => SETTING.has(u));
  if (named.length > 0) return settings.some((u) => named.includes(u));
  return settings.some((u) => lines.some((l) => unitMatches(u, l)));
}

/** "als …", "in de rol van …", "as …": the role a duration asks, up to where the setting or topic starts. */
const AS_ROLE = /(?<!zowel .{0,40})\b(?:als|in de rol van|in een rol als|as an?|as|in the role of)\s+(.+?)(?=\s+(?:bij|binnen|in|op|voor|met|aan|at|within|for|with|opgedaan|gained)\b|[;.:()]|$)/i;
/** Words before a role that say how it was done, not what it is: "meewerkend projectcoördinator", "senior adviseur". */
const ROLE_QUALIFIER = /^(?:senior|junior|medior|ervaren|allround|interim|zelfstandig|strategisch|tactisch|operationeel|\p{L}+ende?|\p{L}+ische?)$/u;
/** A word that names a role by how Dutch and English role titles end ("omgevingsmanager", "procesregisseur", "data officer"). */
const ROLE_NOUN = /(?:manager|medewerker|adviseur|adviser|advisor|consultant|leider|coordinator|regisseur|secretaris|specialist|officer|analist|analyst|controller|architect|kwartiermaker|coach|jurist|ontwerper|engineer|directeur|director)$/;

/**
 * The roles a duration names after "als" ("als adviseur participatie of omgevingsmanager"):
 * for each alternative, the units of its role words. Words beside them ("participatie") stay
 * asked of the entry's lines. Empty when no role is named that way.
 */
function rolesNamed(topic: string, index: CvIndex): { roles: string[][]; how: string[]; fields?: string[][] } {
  const m = AS_ROLE.exec(topic);
  if (!m || /\b(?:well|such)\s+as\s/i.test(m[0])) return { roles: [], how: [] };
  // "project- of programmamanager" is "projectmanager of programmamanager".
  const alternatives = expandTruncations(m[1]).split(/\s*,\s*|\s+(?:of|en\/of|or|and\/or)\s+|\s*\/\s*/i).filter(Boolean);
  const roles = alternatives.map((alt) => {
    // A title of two words ("business consultant", "data officer") is asked whole.
    const words = alt.split(/\s+/);
    const title = words.flatMap((w, i) => {
      if (!ROLE_NOUN.test(plain(w))) return [];
      const before = words[i - 1];
      return before && !ROLE_NOUN.test(plain(before)) && !ROLE_QUALIFIER.test(plain(before)) ? [before, w] : [w];
    });
    return unitsOf(title.join(' '), index.groups, false).all;
  });
  // "als adviseur arbeidsmarkt, werkgeversdienstverlening of arbeidsmarktbeleid": a list of fields, not of roles.
  // "als beleidsmedewerker of adviseur klimaatadaptatie of waterbeleid": the roles, and the fields of both.
  const withRole = roles.filter((alt) => alt.length > 0);
  if (withRole.length < roles.length && withRole.length < 2) return { roles: [], how: [] };
  const how = alternatives.flatMap((alt) => alt.split(/\s+/).filter((w) => ROLE_QUALIFIER.test(plain(w)) && !ROLE_NOUN.test(plain(w))));
  // The field a role is named with ("adviseur participatie", "adviseur klimaatadaptatie of waterbeleid")
  // is the role's own: the entry's title shows it. A bare generic role beside it ("beleidsmedewerker of
  // adviseur klimaatadaptatie") shares those fields; a whole title ("omgevingsmanager") has none to share.
  const fieldOf = alternatives.map((alt, i) => (roles[i].length ? unitsOf(alt.split(/\s+/).filter((w) => !ROLE_NOUN.test(plain(w)) && !ROLE_QUALIFIER.test(plain(w))).join(' '), index.groups, false).all : []));
  const shared = [...new Set(fieldOf.flat().concat(...alternatives.map((alt, i) => (roles[i].length ? [] : unitsOf(alt, index.groups, false).all))))];
  const fields = alternatives
    .map((alt, i) => (roles[i].length === 0 ? null : fieldOf[i].length ? fieldOf[i] : GENERIC_ROLE.test(plain(alt)) ? shared : []))
    .filter((f): f is string[] => f !== null);
  return { roles: withRole, how: how.length ? unitsOf(how.join(' '), index.groups, false).all : [], fields };
}

/** A role named without a field of its own, which takes the field named beside it. */
const GENERIC_ROLE = /^(?:beleids)?(?:medewerker|adviseur|adviser|advisor|consultant|specialist|officer)$/;

/** The units of the words of a text that end as role titles do ("adviseur", "manager"). */
function roleNounUnits(text: string, index: CvIndex): string[] {
  const nouns = text.split(/\s+/).filter((w) => ROLE_NOUN.test(plain(w)));
  return nouns.length ? unitsOf(nouns.join(' '), index.groups, false).all : [];
}

/** An entry's role and header as units, read once per CV index (every duration requirement asks them). */
const ENTRY_UNITS = new WeakMap<CvIndex, Map<number, ReturnType<typeof unitsOf>>>();
function entryUnits(index: CvIndex, e: number): ReturnType<typeof unitsOf> {
  let byEntry = ENTRY_UNITS.get(index);
  if (!byEntry) ENTRY_UNITS.set(index, (byEntry = new Map()));
  let units = byEntry.get(e);
  if (!units) {
    const entry = index.cv.entries[e];
    byEntry.set(e, (units = unitsOf(`${entry.role} ${entry.organisation ?? ''} ${entry.header}`, index.groups, true)));
  }
  return units;
}

/**
 * The units of the words in `text` that name a role, or of the word pairs that name one
 * where neither word does alone ("project manager"); never of the words around the role
 * ("projectleider jeugd" keeps "jeugd" asked).
 */
function roleWordUnits(text: string, { index }: MatchContext): Set<string> {
  const words = text.split(/\s+/);
  // Only words holding a role's term are read (reading every word and pair costs as much as the rest of the check).
  const roleTerms = index.groups.filter((g) => ROLES.has(`@${g.id}`)).flatMap((g) => g.terms.map((t) => t.core));
  const unitsOfWords = (from: number, n: number) => {
    const part = words.slice(from, from + n).join(' ');
    const folded = plain(part);
    return roleTerms.some((t) => folded.includes(t)) ? unitsOf(part, index.groups, false).all : [];
  };
  const names = (units: string[]) => units.some((u) => ROLES.has(u));
  const single = words.map((_, i) => unitsOfWords(i, 1));
  const out = new Set<string>();
  single.forEach((units, i) => {
    if (names(units)) units.forEach((u) => out.add(u));
    else if (i + 1 < words.length && !names(single[i + 1]) && names(unitsOfWords(i, 2))) unitsOfWords(i, 2).forEach((u) => out.add(u));
  });
  return out;
}

/** "armoedebeleid, schuldhulpverlening en vroegsignalering": three things asked, each on its own. */
const LIST = /^.*?\b((?:[\p{L}-]+\s*,\s*)+[\p{L}-]+\s+(?:en|and)\s+[\p{L}-]+)\s*[.;]?$/iu;

/** "de Jeugdwet en de Wmo 2015", "TenderNed en Negometrix": names asked together, each on its own. */
const NAMES = String.raw`\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*(?:\s+\d{4})?`;
const NAME_LIST = new RegExp(String.raw`(?<=(?:^|\s)\p{Ll}+\s+)(${NAMES}(?:\s*,\s*(?:de\s+|het\s+|the\s+)?${NAMES})*\s+(?:en|and)\s+(?:de\s+|het\s+|the\s+)?${NAMES})`, 'u');

/** A name of such a list whose first word no line of the CV names ("Wmo 2015" is the Wmo, "ZGW-API's" the ZGW APIs). */
function nameNowhere(requirement: string, index: CvIndex): boolean {
  const list = NAME_LIST.exec(requirement);
  if (!list) return false;
  // Each name by its first word ("Uitvoeringswet AVG" is not the AVG), the last also by its abbreviation after the list ("(DSO)").
  const names = list[1].split(/\s*,\s*|\s+(?:en|and)\s+/).map((n) => plain(n.replace(/^(?:de|het|the)\s+/i, '')).split(' ').slice(0, 1).filter((w) => w.length >= 3 && !/^\d+$/.test(w)));
  const abbreviation = /^\s*\((\p{Lu}[\p{L}\d]{1,9})\)/u.exec(requirement.slice(list.index + list[0].length));
  if (abbreviation) names[names.length - 1].push(plain(abbreviation[1]));
  const texts = plainLines(index);
  return names.some((words) => words.length > 0 && !words.some((w) => texts.some((t) => t.includes(` ${w}`))));
}

/** Every line of a CV folded, read once per CV (a CV is matched against many requirements). */
const PLAIN_LINES = new WeakMap<CvIndex, string[]>();
function plainLines(index: CvIndex): string[] {
  let texts = PLAIN_LINES.get(index);
  if (!texts) PLAIN_LINES.set(index, (texts = index.lines.map((l) => ` ${plain(l.text)} `)));
  return texts;
}

/** An item of such a list that no line of the CV shows at all. */
function itemNowhere(requirement: string, index: CvIndex): boolean {
  if (nameNowhere(requirement, index)) return true;
  const list = LIST.exec(requirement.trim());
  if (!list) return false;
  return list[1]
    .split(/\s*,\s*|\s+(?:en|and)\s+/i)
    // By its own words: "armoedebeleid" is a policy, but not every policy shows it.
    .map((item) => unitsOf(item, index.groups, false).stems)
    .some((words) => words.length > 0 && !index.lines.some((l) => words.some((w) => unitMatches(w, l))));
}

export const checkTopic: Check = (requirement, { index }) => topicShown(requirement, index);

/** Whether a role's period reaches into the window asked (a role without a period may). */
function reachesWindow(period: CvPeriod | null | undefined, ask: DurationAsk, ctx: MatchContext): boolean {
  return !period || countMonths([period], todayOf(ctx.today), ask.windowYears).months > 0;
}

/** What the CV's lines (those `only` lets through) show of a requirement without a number. */
function topicShown(requirement: string, index: CvIndex, only?: (line: IndexedLine) => boolean): Suggestion {
  const topic = readTopic(requirement, index, only);
  const best = Math.max(0, ...topic.lines.map((s) => s.score));
  if (best < UNCLEAR) return { verdict: 'unmet', evidence: topic.lines.slice(0, 1).map((s) => fromLine(s.line)), years: null, why: 'nothing in the CV shows it' };
  // "een team van minimaal 10 medewerkers": only a line that shows the number too meets it;
  // a list of which the CV shows some items and never mentions another is shown in part.
  // A line that shows it only as a contribution or a study before it ("meegeschreven aan",
  // "haalbaarheidsstudie" for "realisatie") shows part of it (involvement.ts).
  const shown = topic.lines.some((s) => !s.short && s.score >= MET && !onlyInvolved(requirement, s.line.text));
  const verdict = shown && !topic.partNowhere && !itemNowhere(requirement, index) ? 'met' : 'unclear';
  // What the CV shows of it was done at a smaller size than asked ("een team van acht", "6.800 m²"), and none at a larger: not met.
  const smaller = topic.lines.find((s) => s.fewer && s.score >= UNCLEAR);
  if (verdict === 'unclear' && smaller) return { verdict: 'unmet', evidence: [fromLine(smaller.line)], years: null, why: 'the CV states fewer than asked' };
  const floor = verdict === 'met' ? MET : UNCLEAR;
  return {
    verdict,
    // The lines that show the number first (the sort is stable: best first within each).
    evidence: topic.lines.filter((s) => s.score >= floor * 0.8).sort((a, b) => Number(!!a.short) - Number(!!b.short)).slice(0, 3).map((s) => fromLine(s.line)),
    years: null,
    why: verdict === 'met' ? 'a CV line shows it' : 'a CV line shows part of it',
  };
}

