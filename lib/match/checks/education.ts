/**
 * Education levels across Dutch and English: mbo < hbo = bachelor < wo = master = MSc = MA
 * (drs., ir., mr.). "Werk- en denkniveau" is met by that level or a higher degree; a
 * post-hbo course is hbo. A field asked for ("in de richting bestuurskunde") that the
 * degree is not in makes it unclear; a field only preferred does not count.
 */
import { plain } from '../terms';
import { type Check, fromLine } from './check';
import { readTopic } from '../topic';

const LEVELS = { mbo: 1, hbo: 2, wo: 3 } as const;
type Level = keyof typeof LEVELS;

const ASK_WO = /\b(?:wo|universitair|universitaire|academisch|academische|master|masters|msc|drs|university degree)\b/;
const ASK_HBO = /\b(?:hbo|bachelor|bachelors|hogeschool|higher professional education)\b/;
const ASK_MBO = /\bmbo\b/;
const EDUCATION_WORDS = /\b(?:opleiding|opleidingsniveau|diploma|degree|denkniveau|werk en denkniveau|afgeronde|afgerond|studie|education|graduated)\b/;

const LINE_WO = /\b(?:wo|master|masters|msc|ma|mba|llm|mpa|drs|ir|mr|doctoraal|phd|promotie|universitair|universitaire)\b/;
// Before 1990s mergers hbo schools had names of their own (heao, hts, sph, pabo), as mbo's had (meao, mts).
const LINE_HBO = /\b(?:hbo|bachelor|bsc|ba|bba|hogeschool|post hbo|university of applied sciences|applied sciences|heao|hts|hbo v|sph|pabo|lerarenopleiding|sociale academie)\b/;
const LINE_MBO = /\b(?:mbo|meao|mts|leao)\b/;
/** A study begun and left, or only its first year: no degree of that level. */
const NOT_COMPLETED = /\b(?:niet afgerond|onafgerond|not completed|incomplete|uncompleted|propedeuse|propaedeutic|gestopt|afgebroken)\b/;
const LINE_UNIVERSITY = /\b(?:universiteit|university)\b/;

function askedLevel(text: string): Level | null {
  const t = plain(text);
  const asked: Level[] = [];
  if (ASK_MBO.test(t)) asked.push('mbo');
  if (ASK_HBO.test(t)) asked.push('hbo');
  if (ASK_WO.test(t)) asked.push('wo');
  if (asked.length === 0) return null;
  if (!EDUCATION_WORDS.test(t) && !/\b(?:hbo|wo|mbo)\b/.test(t)) return null;
  // "hbo/wo" or "hbo- of wo-niveau": the lowest named is enough.
  return asked.sort((a, b) => LEVELS[a] - LEVELS[b])[0];
}

export function lineLevel(text: string): Level | null {
  // "Professional Scrum Master" is a certificate, not a master's degree.
  const t = plain(text).replace(/\b(?:scrum|product|master data|masterclass|master plan)\s*master\b|\bscrum master\b|\bmasterclass\b/g, ' ');
  if (NOT_COMPLETED.test(t)) return null;
  if (/\bpost hbo\b/.test(t)) return 'hbo';
  if (LINE_WO.test(t)) return 'wo';
  if (LINE_HBO.test(t)) return 'hbo';
  if (LINE_UNIVERSITY.test(t)) return 'wo';
  if (LINE_MBO.test(t)) return 'mbo';
  return null;
}

const SCHOOL = /\b(?:hogeschool|universiteit|university(?: of applied sciences)?|applied sciences)\b/g;
const namesDegree = (text: string) => lineLevel(plain(text).replace(SCHOOL, ' ')) !== null;

/** "in de richting van X" / "op het gebied van X" / "in X", unless only preferred. */
function fieldAsked(text: string): string | null {
  const m =
    /\b(?:in de richting(?: van)?|op het gebied van|in the field of|(?:opleiding|diploma|degree|master|bachelor|studie)(?:'s)? in)\s+(.+)$/i.exec(text.replace(/\(.*?\)/g, '')) ??
    // "een afgeronde hbo-opleiding vastgoed, juridisch of ruimtelijk": the fields right after the word.
    /\bopleiding\s+(?!(?:op|in|van|aan|is|met|bij|als|of|en|afgerond|afgeronde|niveau|hbo|wo|mbo|die|dat|waarbij)\b)(\p{Ll}[\p{L}-]*(?:(?:,\s*|\s+(?:of|en)\s+)\p{Ll}[\p{L}-]*){0,5})\s*[.;]?$/iu.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (/bij voorkeur|preferably|liefst/i.test(before)) return null;
  return m[1].replace(/^(?:de\s+|het\s+)?(?:richting|gebied)(?:\s+van)?\s+/i, '');
}

export const checkEducation: Check = (requirement, { index }) => {
  const asked = askedLevel(requirement);
  if (!asked) return null;
  // The education section when the CV has one with a level in it, else any line that names a degree.
  const levelled = (sections: readonly string[]) => index.lines.map((line) => ({ line, level: sections.includes(line.section) ? lineLevel(line.text) : null }));
  const inSection = levelled(['education']);
  const candidates = (inSection.some((c) => c.level) ? inSection : levelled(['education', 'certificates', 'profile', 'personal', 'other']))
    .filter((c): c is { line: typeof c.line; level: Level } => c.level !== null)
    // Of equal levels, the line naming the degree before the one naming only the school
    // ("Sociaal Juridische Dienstverlening (bachelor)" under "Hogeschool Inholland", as LinkedIn lists them).
    // A degree before a post-hbo course of the same level.
    .sort(
      (a, b) =>
        LEVELS[b.level] - LEVELS[a.level] ||
        Number(namesDegree(b.line.text)) - Number(namesDegree(a.line.text)) ||
        Number(/\bpost hbo\b/.test(plain(a.line.text))) - Number(/\bpost hbo\b/.test(plain(b.line.text))),
    );
  const best = candidates[0];
  if (!best) return { verdict: 'unmet', evidence: [], years: null, why: `no ${asked} education in the CV` };
  const fitting = candidates.filter((c) => LEVELS[c.level] >= LEVELS[asked]);
  if (fitting.length === 0) return { verdict: 'unmet', evidence: [fromLine(best.line)], years: null, why: `${best.level} where ${asked} is asked` };
  const field = fieldAsked(requirement);
  if (field && /\p{L}{4}/u.test(field)) {
    const lines = new Set(fitting.map((c) => c.line.index));
    // "bestuurskunde, planologie of communicatie": any one of them will do.
    const inField = field
      .split(/,|\/|\s(?:of|en|or|and)\s/)
      .map((alternative) => readTopic(alternative, index, (line) => lines.has(line.index)).lines.find((s) => s.score >= 0.5))
      .find(Boolean);
    if (inField) return { verdict: 'met', evidence: [fromLine(inField.line)], years: null, why: `${asked} or higher, in the field asked` };
    return { verdict: 'unclear', evidence: [fromLine(fitting[0].line)], years: null, why: `${fitting[0].level}, but in another field than asked` };
  }
  return { verdict: 'met', evidence: fitting.slice(0, 1).map((c) => fromLine(c.line)), years: null, why: `${fitting[0].level} where ${asked} is asked` };
};
