/**
 * Certificates and their levels (PRINCE2 Foundation < Practitioner, IPMA-D < C < B < A,
 * NEVI 1 < 2 …): met when the CV lists the one asked at that level or higher. Names and
 * levels are data: one entry a line, the pattern on folded text (lib/match/terms.ts plain()).
 */
import { plain } from '../terms';
import { readTopic } from '../topic';
import { type Check, fromLine } from './check';

interface Certificate {
  name: string;
  pattern: RegExp;
  /** Level patterns, lowest first; a line naming none has level 0. */
  levels: RegExp[];
}

const FOUNDATION_PRACTITIONER = [/\bfoundation\b/, /\b(?:practitioner|advanced|expert)\b/];

const CERTIFICATES: Certificate[] = [
  { name: 'PRINCE2', pattern: /\bprince ?(?:2|ii)\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'IPMA', pattern: /\bipma\b/, levels: [/\bipma (?:level )?d\b/, /\bipma (?:level )?c\b/, /\bipma (?:level )?b\b/, /\bipma (?:level )?a\b/] },
  { name: 'MSP', pattern: /\bmsp\b|managing successful programmes/, levels: FOUNDATION_PRACTITIONER },
  { name: 'TOGAF', pattern: /\btogaf\b/, levels: [/\b(?:foundation|part 1|level 1)\b/, /\b(?:certified|part 2|level 2|practitioner)\b/] },
  { name: 'BiSL', pattern: /\bbisl\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'ASL', pattern: /\basl\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'ITIL', pattern: /\bitil\b/, levels: [/\bfoundation\b/, /\b(?:practitioner|intermediate|specialist)\b/, /\b(?:expert|master|strategic leader)\b/] },
  // "NEVI 2", also "NEVI Inkoopkunde 2" / "NEVI Professional 2".
  { name: 'NEVI', pattern: /\bnevi\b/, levels: [/\bnevi(?: [a-z]+){0,2} (?:1|i)\b/, /\bnevi(?: [a-z]+){0,2} (?:2|ii)\b/, /\bnevi(?: [a-z]+){0,2} (?:3|iii)\b/] },
  // "Ervaring als Scrum Master" asks for a role; only the certificates' own names ask for one.
  { name: 'Scrum', pattern: /\b(?:psm|csm|pspo|professional scrum master|certified scrum master|professional scrum product owner)\b/, levels: [/\b(?:psm|pspo) ?(?:1|i)\b|\bcsm\b/, /\b(?:psm|pspo) ?(?:2|ii)\b|\ba csm\b/, /\b(?:psm|pspo) ?(?:3|iii)\b/] },
  // SAFe Scrum Master < SAFe Advanced Scrum Master; the other SAFe roles each stand alone.
  { name: 'SAFe', pattern: /\bsafe (?:agilist|practitioner|(?:advanced )?scrum master|program consultant|spc|popm|rte)\b|\bsafe\b(?= \d)/, levels: [/\bsafe scrum master\b|\bssm\b/, /\bsafe advanced scrum master\b|\bsasm\b/] },
  { name: 'ISO 27001', pattern: /\biso (?:iec )?27001\b/, levels: [/\bfoundation\b/, /\b(?:lead implementer|lead auditor|internal auditor|practitioner)\b/] },
  { name: 'Lean Six Sigma', pattern: /\b(?:lean six sigma|six sigma|lean)\b.*\b(?:belt|certified|certificaat|certificate)\b|\b(?:yellow|green|black) belt\b/, levels: [/\byellow\b/, /\bgreen\b/, /\bblack\b/] },
  { name: 'PMP', pattern: /\bpmp\b/, levels: [] },
  { name: 'AgilePM', pattern: /\bagile ?pm\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'MoR', pattern: /\bm o r\b|\bmanagement of risk\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'MoP', pattern: /\bmop\b|\bmanagement of portfolios\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'P3O', pattern: /\bp3o\b/, levels: FOUNDATION_PRACTITIONER },
  { name: 'ArchiMate', pattern: /\barchimate\b/, levels: [/\bfoundation|part 1|level 1\b/, /\bpractitioner|part 2|level 2|certified\b/] },
  { name: 'IPM', pattern: /\bipm\b|\bintegraal projectmanagement\b/, levels: [] },
  { name: 'RISMAN', pattern: /\brisman\b/, levels: [] },
  { name: 'CISSP', pattern: /\bcissp\b/, levels: [] },
  { name: 'CISM', pattern: /\bcism\b/, levels: [] },
  { name: 'CIPP/E', pattern: /\bcipp\b/, levels: [] },
  { name: 'CIPM', pattern: /\bcipm\b/, levels: [] },
];

/** Words two folded texts share. */
const shared = (a: string, b: string) => {
  const words = new Set(a.split(' '));
  return new Set(b.split(' ').filter((w) => words.has(w))).size;
};

const level = (c: Certificate, text: string) => c.levels.reduce((best, re, i) => (re.test(text) ? i + 1 : best), 0);

/** "in afronding, examen gepland februari 2027", "(expected 2026)": a certificate not yet obtained; "verlopen in 2023": no longer held. */
const NOT_YET = /\b(?:in afronding|in opleiding|in voorbereiding|bezig met|gepland|planned|verwacht|expected|in progress|ongoing|lopend|nog niet|not yet|studying for|aangemeld)\b/;
/** Where a CV lists what someone is certified in. */
const CERTIFIED_SECTIONS: readonly string[] = ['certificates', 'education', 'skills'];
/** The requirement asks for the course or certificate, not for knowing the method. */
const COURSE_ASKED = /\b(?:opleiding|cursus|training|certificaat|certificering|gecertificeerd|diploma|certificate|certified|certification)\b/;
const LAPSED = /\b(?:verlopen|expired|lapsed|niet meer geldig|no longer valid|ongeldig)\b/;

/** "Vakdiploma Assistent-makelaar o.z.": the assistant's grade of a qualification. */
const ASSISTANT = /\bassistent\s?([a-z]{4,})/;

export const checkCertificates: Check = (requirement, { index }) => {
  const asked = plain(requirement);
  const wanted = CERTIFICATES.filter((c) => c.pattern.test(asked));
  if (wanted.length === 0) return assistantGrade(asked, index);
  // "PRINCE2 of IPMA": any one of them will do.
  type Found = { line: (typeof index.lines)[number]; name: string; lapsed?: boolean; rank?: number };
  let lower: (Found & { rank: number }) | null = null;
  let pending: Found | null = null;
  for (const c of wanted) {
    const need = level(c, asked);
    // The certificates section first: a bullet that mentions the method is weaker proof.
    const order = [...index.lines].sort((a, b) => Number(b.section === 'certificates' || b.section === 'education') - Number(a.section === 'certificates' || a.section === 'education'));
    for (const line of order) {
      const t = plain(line.text);
      if (!c.pattern.test(t)) continue;
      if (NOT_YET.test(t) || LAPSED.test(t)) {
        pending ??= { line, name: c.name, lapsed: LAPSED.test(t) };
        continue;
      }
      if (level(c, t) >= need) {
        // "Risicodossier bijgehouden volgens de RISMAN-methode": the method used, not the course or certificate asked.
        if (!CERTIFIED_SECTIONS.includes(line.section) && COURSE_ASKED.test(asked)) return { verdict: 'unclear', evidence: [fromLine(line)], years: null, why: `${c.name} used, not a course or certificate named` };
        return { verdict: 'met', evidence: [fromLine(line)], years: null, why: `${c.name} in the CV` };
      }
      // Of the lower ones, the highest level, then the one that shares most words with what is asked ("PSM I" for "PSM II", not "PSPO I").
      const rank = level(c, t) * 100 + shared(asked, t);
      if (!lower || rank > lower.rank) lower = { line, name: c.name, rank };
    }
  }
  // Both, when the CV has a lower level of one and a lapsed other ("CISSP (verlopen in 2023)").
  const evidence = [lower, pending].filter((f): f is Found => !!f).map((f) => fromLine(f.line));
  if (lower) return { verdict: 'unmet', evidence, years: null, why: `${lower.name} at a lower level than asked` };
  if (pending) return { verdict: 'unmet', evidence, years: null, why: `${pending.name} ${pending.lapsed ? 'no longer valid' : 'not yet obtained'}` };
  // The nearest the CV lists ("Cursus Europees aanbesteden" where NEVI 2 is asked), for the user to weigh.
  const nearest = readTopic(requirement, index, (l) => CERTIFIED_SECTIONS.includes(l.section)).lines.slice(0, 1).map((s) => fromLine(s.line));
  return { verdict: 'unmet', evidence: nearest, years: null, why: `no ${wanted.map((c) => c.name).join(' or ')} in the CV` };
};

/**
 * "het diploma Makelaar-Taxateur o.z." against "Assistent-makelaar o.z.": the grade below the
 * one asked (assistent-accountant, assistent-controller likewise). Null when the CV holds none.
 */
function assistantGrade(asked: string, index: Parameters<Check>[1]['index']): ReturnType<Check> {
  if (!COURSE_ASKED.test(asked) || /\bassistent/.test(asked)) return null;
  for (const line of index.lines) {
    if (!CERTIFIED_SECTIONS.includes(line.section)) continue;
    const m = ASSISTANT.exec(plain(line.text));
    if (m && new RegExp(`\\b${m[1]}`).test(asked)) return { verdict: 'unmet', evidence: [fromLine(line)], years: null, why: `assistant ${m[1]}, a grade below the one asked` };
  }
  return null;
}
