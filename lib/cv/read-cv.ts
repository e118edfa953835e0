/**
 * Read a CV's text into lines that know their section and experience entry. Real CVs lay
 * entries out in several ways; all are read the same:
 *   "Projectleider Jeugd | Gemeente Tilburg | 2019 – heden"         (one line)
 *   "2019 – heden  Gemeente Tilburg — Projectleider Jeugd"          (period first)
 *   role / organisation / period on lines of their own, the period above or below them.
 * A period on a line of its own belongs to the lines after it when a blank line, a
 * heading or another entry's text comes before it, else to the lines just above it.
 */
import { fold, squash } from '../parse/text';
import { wholePhrase } from '../vocabulary/phrases';
import { CV_SECTION_HEADINGS } from '../vocabulary/cv-sections';
import { ORGANISATION_WORDS, ROLE_WORDS } from '../vocabulary/cv-entries';
import { CV_ENTRY_DETAIL_LABELS } from '../vocabulary/cv-entry-labels';
import type { Cv, CvLine, CvSection, ExperienceEntry } from './cv';
import { formEntries, labelledField } from './entry-form';
import { findPeriod, isTenure, withoutTenure } from './periods';

const HEADINGS = (Object.entries(CV_SECTION_HEADINGS) as [CvSection, readonly string[]][]).map(([section, entries]) => [section, wholePhrase(entries)] as const);
/** A bullet a CV line starts with. */
export const BULLET = /^[•·\-–—*▪◦●○■□►▶✓✔➤→]\s*/;
const ROLE = new RegExp(ROLE_WORDS.map((w) => w.replace(/[.]/g, '\\.')).join('|'), 'i');
const ORGANISATION = new RegExp(`(?:^|[^a-z])(?:${ORGANISATION_WORDS.map((w) => w.replace(/[.]/g, '\\.')).join('|')})(?![a-z])`, 'i');
/** A line of a role's parts joined by "|", "—" or "–" ("Business Analyst — UWV, Amsterdam"). */
const HEADER_PARTS = /\s(?:\||—|–)\s/;
/** Between the parts of a header: "|", dashes with spaces, a comma, "·", two or more spaces, " bij " / " at ". */
const PART_BREAK = /\s*(?:\||·|\s[–—-]\s|,(?=\s)|\s{2,}|\s(?:bij|at)\s)\s*/i;

export function sectionOfHeading(text: string): CvSection | null {
  if (text.length > 45 || BULLET.test(text) || findPeriod(text)) return null;
  // "Werkervaring (selectie)", "Opleidingen & cursussen", "Education & training": the same headings.
  const bare = text.replace(/[:：]\s*$/, '').replace(/\s*\([^)]*\)\s*$/, '');
  for (const joined of /[&/+]/.test(bare) ? [' en ', ' and '] : ['']) {
    const folded = fold(joined ? bare.replace(/\s*[&/+]\s*/g, joined) : bare);
    if (!folded) return null;
    for (const [section, re] of HEADINGS) if (re.test(folded)) return section;
  }
  return null;
}

const PAGE_NUMBER = /^(?:pagina|page|blz\.?)\s+\d+(?:\s*(?:van|of|\/)\s*\d+)?$|^\d+\s*\/\s*\d+$/i;
const RUNNING_HEADER = /\b(?:curriculum vitae|cv|resume|résumé)\b/i;

/** Sections a CV's sidebar holds: short items, never a sentence about work. */
const SIDEBAR: readonly CvSection[] = ['languages', 'certificates', 'skills', 'personal'];

/** A role or organisation with its period, as the main column's next entry starts. */
function entryLine(text: string): boolean {
  return !BULLET.test(text) && text.length <= 160 && findPeriod(text) !== null && (ROLE.test(text) || ORGANISATION.test(text)) && /\p{L}{3}.*\p{L}{3}/u.test(text.replace(/\d/g, ''));
}

/**
 * For every line: does an entry of the main column follow before a heading of another main
 * section (education, …)? Only then is a long bullet in a sidebar section the main column's
 * (a skills list of sentences after the last role stays a skills list).
 */
function entriesAhead(raw: readonly RawLine[]): boolean[] {
  const ahead = new Array<boolean>(raw.length).fill(false);
  let next = false;
  for (let i = raw.length - 1; i >= 0; i--) {
    ahead[i] = next;
    const heading = sectionOfHeading(raw[i].text);
    if (heading && !SIDEBAR.includes(heading)) next = false;
    else if (entryLine(raw[i].text)) next = true;
  }
  return ahead;
}

/** Sections whose lines are no roles when the CV has no experience heading (the first three never). */
const NOT_WORK: readonly CvSection[] = ['education', 'certificates', 'languages', 'skills', 'other'];

interface RawLine {
  text: string;
  blankBefore: boolean;
}

export function readCv(text: string): Cv {
  const raw: RawLine[] = [];
  let blank = false;
  const seen = new Set<string>();
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = squashKeepGaps(line);
    if (!t) {
      blank = true;
      continue;
    }
    // A PDF's page furniture: "Pagina 1 van 2", and its running header ("Curriculum vitae – Naam") again.
    if (PAGE_NUMBER.test(t) || (seen.has(t) && RUNNING_HEADER.test(t))) continue;
    seen.add(t);
    const before = raw.at(-1);
    // A word the PDF broke at the line's end: "informatie-" over "beveiliging …".
    if (before && !blank && /\p{Ll}-$/u.test(before.text) && /^\p{Ll}/u.test(t)) {
      before.text = `${before.text.slice(0, -1)}${t}`;
      continue;
    }
    raw.push({ text: t, blankBefore: blank });
    blank = false;
  }

  const lines: CvLine[] = [];
  const headings = new Set<number>();
  let section: CvSection = 'personal';
  let sawExperience = false;
  const ahead = entriesAhead(raw);
  for (const [i, { text: t }] of raw.entries()) {
    const heading = sectionOfHeading(t);
    if (heading) {
      section = heading;
      headings.add(i);
    } else if (sawExperience && SIDEBAR.includes(section) && (entryLine(t) || (BULLET.test(t) && t.length > 60 && ahead[i]))) {
      // A two-column PDF puts its sidebar (languages, certificates) between the main column's
      // lines, even inside an assignment: a sentence or a role with its period is work again.
      section = 'experience';
    }
    sawExperience ||= section === 'experience';
    lines.push({ text: t, section, entry: null, heading: heading !== null });
  }
  const hasExperience = lines.some((l) => l.section === 'experience');
  const read = readEntries(raw, lines, headings, (l) => (hasExperience ? l.section === 'experience' : !NOT_WORK.includes(l.section)));
  // No heading says where the work is, and none was found outside the other sections: the roles
  // may follow a skills or other list without a heading of their own ("Vaardigheden … 2019 – heden Gemeente Ede — Projectleider").
  if (hasExperience || read.entries.length > 0) return read;
  const wide = readEntries(raw, lines, headings, (l) => !NOT_WORK.slice(0, 3).includes(l.section));
  // What belongs to a role is work done, whatever list it followed.
  for (const l of wide.lines) if (l.entry !== null) l.section = 'experience';
  return wide;
}

/** The experience entries among `lines` where `entryZone` allows them, and every line's entry. */
function readEntries(raw: readonly RawLine[], sectioned: readonly CvLine[], headings: ReadonlySet<number>, entryZone: (l: CvLine) => boolean): Cv {
  const lines = sectioned.map((l) => ({ ...l }));
  const entries: ExperienceEntry[] = [];
  /** First line of each entry (its header lines included), to assign the lines in between. */
  const starts: number[] = [];
  const usable = (j: number) => j >= 0 && j < lines.length && entryZone(lines[j]) && !headings.has(j);
  const forms = formEntries(lines.map((l) => l.text), usable, (j) => raw[j].blankBefore);
  const formAt = new Map(forms.map((f) => [f.first, f]));
  const inForm = new Set(forms.flatMap((f) => Array.from({ length: f.last - f.first + 1 }, (_, k) => f.first + k)));
  /** The company of a LinkedIn group of roles (its name above its total tenure), while its roles follow. */
  let group: string | null = null;
  let companyOfGroup = false;
  for (let i = 0; i < lines.length; i++) {
    if (!entryZone(lines[i]) || headings.has(i)) continue;
    const form = formAt.get(i);
    if (form) {
      group = null;
      entries.push({ role: form.role, organisation: form.organisation, period: form.period, header: lines[form.headerLine].text, line: form.headerLine });
      starts.push(i);
      continue;
    }
    if (inForm.has(i)) continue;
    const t = lines[i].text;
    // A bullet or a sentence that mentions years ("Informatieplan 2023–2026 opgesteld") is no entry.
    if (BULLET.test(t) || t.length > 160 || isDetailLine(t)) continue;
    const found = findPeriod(t);
    if (!found) continue;
    // "januari 2021 - Present (3 jaar 11 maanden)": the tenure LinkedIn adds names nothing.
    const rest = withoutTenure(`${t.slice(0, found.index)} ${t.slice(found.index + found.length)}`);
    const isHeaderLine = (j: number) =>
      usable(j) && !inForm.has(j) && !BULLET.test(lines[j].text) && lines[j].text.length <= 120 && !findPeriod(lines[j].text) && !isTenure(lines[j].text);
    const before = i - 1;
    const ownEntryBefore = starts.length > 0 && before <= Math.max(...entries.slice(-1).map((e) => e.line), starts[starts.length - 1]);
    if (/\p{L}{3}/u.test(rest)) {
      // "Organisation | period" under a role line of its own ("Programme Manager, Heat Transition").
      if ((!ROLE.test(rest) || ORGANISATION.test(rest)) && !raw[i].blankBefore && isHeaderLine(before) && ROLE.test(lines[before].text) && !ownEntryBefore && !/[.!?]$/.test(lines[before].text)) {
        group = null;
        entries.push({ role: lines[before].text, organisation: rest, period: found.period, header: lines[before].text, line: before });
        starts.push(before);
        continue;
      }
      const split = splitHeader(rest);
      // The next line may name what this one leaves out, with or without a label:
      // "[ 01/03/2022 – Huidig ] Programmamanager" over "Gemeente Amersfoort" (Europass) or
      // "Opdrachtgever: Gemeente Ede"; "Gemeente Ede (2019 – 2021)" over "Functie: Projectleider".
      const next = lines[i + 1]?.text ?? '';
      const field = labelledField(next);
      // A long line under it may still start with the organisation: "Gemeente Apeldoorn, namens zeven gemeenten en …".
      const nextOrg = next.length <= 80 ? next : next.split(PART_BREAK)[0];
      const nextNames = i + 1 < lines.length && !raw[i + 1].blankBefore && isHeaderLine(i + 1) && nextOrg.length <= 80 && !/[.!?;]$/.test(next);
      const onlyOrganisation = !split.organisation && ORGANISATION.test(split.role) && !ROLE.test(split.role);
      const roleBelow = !nextNames || !onlyOrganisation || next !== nextOrg ? null : field?.field === 'role' ? field.value : !next.includes(':') && ROLE.test(next) ? next : null;
      const orgBelow = !nextNames || split.organisation || roleBelow ? null : field?.field === 'organisation' ? field.value : !next.includes(':') && ORGANISATION.test(nextOrg) ? nextOrg : null;
      const [role, organisation] = roleBelow ? [roleBelow, split.role] : [split.role, split.organisation ?? orgBelow];
      group = null;
      // The line that names the role is the entry's header (evidence points to it).
      entries.push({ role, organisation, period: found.period, header: roleBelow ? next : t, line: roleBelow ? i + 1 : i });
      starts.push(i);
      continue;
    }
    // A period on its own: its role and organisation are the short lines after it or before it.
    const forward = raw[i].blankBefore || !isHeaderLine(before) || ownEntryBefore || /[.!?]$/.test(lines[before].text);
    const around: number[] = [];
    if (forward) {
      for (let j = i + 1; j <= i + 2 && isHeaderLine(j) && !(j > i + 1 && raw[j].blankBefore); j++) around.push(j);
    } else {
      // Up to two lines above; a tenure line between them is passed over (LinkedIn: the company,
      // its total tenure, then the role), a sentence ends the walk (the entry before's text).
      for (let j = before; j >= 0 && around.length < 2 && !raw[j + 1].blankBefore; j--) {
        if (isTenure(lines[j].text) && usable(j)) {
          companyOfGroup = true;
          continue;
        }
        if (!isHeaderLine(j) || (j < before && /[.!?]$/.test(lines[j].text))) break;
        around.unshift(j);
      }
    }
    const parts = around.map((j) => lines[j].text);
    const [roleLine, orgLine] = parts.length === 2 && !ROLE.test(parts[0]) && ROLE.test(parts[1]) ? [parts[1], parts[0]] : parts;
    const headerIndex = roleLine === undefined ? i : around[parts.indexOf(roleLine)];
    // LinkedIn lists several roles at one company under its name and total tenure: the roles
    // after the first, with no organisation of their own, are at the same company.
    // "Business Analyst — UWV, Amsterdam" over "Jul 2021 – Aug 2023": role and organisation on the one line.
    const parted = roleLine !== undefined && orgLine === undefined && HEADER_PARTS.test(roleLine) ? splitHeader(roleLine) : null;
    const organisation = orgLine ?? parted?.organisation ?? (group && !companyOfGroup ? group : null);
    if (orgLine !== undefined) group = companyOfGroup ? orgLine : null;
    companyOfGroup = false;
    entries.push({
      role: parted?.organisation ? parted.role : (roleLine ?? ''),
      organisation,
      period: found.period,
      header: lines[headerIndex].text,
      line: headerIndex,
    });
    starts.push(Math.min(i, ...around));
  }

  // Every line from an entry's first line to the next entry's (or the section's end) is the entry's.
  starts.forEach((start, e) => {
    const end = starts[e + 1] ?? lines.length;
    for (let j = start; j < end && entryZone(lines[j]) && !(j > start && headings.has(j)); j++) lines[j].entry = e;
  });
  // The lines of an entry a PDF's sidebar interrupted ("• Migratieplan …" after "TALEN") are still its own.
  let open: number | null = null;
  for (const [j, line] of lines.entries()) {
    if (line.entry !== null) open = line.entry;
    else if (headings.has(j) && !SIDEBAR.includes(line.section)) open = null;
    else if (open !== null && !headings.has(j) && line.section === 'experience' && entryZone(line)) line.entry = open;
  }
  return { lines, entries };
}

/** "Gemeente Utrecht — Informatiemanager" → role and organisation, whichever order. */
const DETAIL = new RegExp(`^(?:${CV_ENTRY_DETAIL_LABELS.join('|')})\\s*[:|│]`, 'i');
/** "Omvang: 24 uur per week (vanaf maart 2022 8 uur)": a line of the entry above (vocabulary/cv-entry-labels.ts). */
function isDetailLine(text: string): boolean {
  return DETAIL.test(text.trim());
}

function splitHeader(text: string): { role: string; organisation: string | null } {
  const parts = text.split(PART_BREAK).map((p) => p.trim()).filter((p) => /\p{L}{2}/u.test(p));
  if (parts.length === 0) return { role: text, organisation: null };
  const roleIndex = Math.max(0, parts.findIndex((p) => ROLE.test(p) && !ORGANISATION.test(p)));
  const role = parts[roleIndex];
  const organisation = parts.find((p, i) => i !== roleIndex && ORGANISATION.test(p)) ?? parts.find((_, i) => i !== roleIndex) ?? null;
  return { role, organisation };
}

/** squash, but two or more spaces stay two: CVs use them to separate columns ("2019 – 2021  Gemeente X"). */
function squashKeepGaps(line: string): string {
  return line
    .split(/ {2,}|\t+/)
    .map(squash)
    .filter(Boolean)
    .join('  ');
}
