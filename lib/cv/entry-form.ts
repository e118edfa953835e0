/**
 * Experience entries written as a form: each field on a line of its own with a label, in
 * any order, the value after a colon or a gap, or on the next line (a table read as text):
 *
 *   Periode: januari 2022 – heden          Opdrachtgever   Gemeente Deventer
 *   Opdrachtgever: Provincie Overijssel    Functie         Programmamanager Ruimte
 *   Functie: Projectleider Omgevingswet    maart 2019 – december 2021
 *
 * Several fields may share a line ("Opdrachtgever: Gemeente Ede | Rol: Projectleider |
 * Periode: 2019 – 2021"). Consecutive field lines are one entry until a label comes back. A
 * period on a line of its own right above or below such a group is the group's when it has
 * none of its own.
 */
import { fold } from '../parse/text';
import { wholePhrase } from '../vocabulary/phrases';
import { CV_ENTRY_LABELS, type CvEntryField } from '../vocabulary/cv-entry-labels';
import type { CvPeriod } from './cv';
import { findPeriod, withoutTenure } from './periods';

const LABELS = (Object.entries(CV_ENTRY_LABELS) as [CvEntryField, readonly string[]][]).map(([field, entries]) => [field, wholePhrase(entries)] as const);
/** "Label: value" or "Label  value" (two spaces: a table's cells). */
// "Periode: 2019 – 2022", "Periode   2019 – 2022", and a Word table copied as text: "Periode | 2019 – 2022".
const LABELLED = /^([\p{L}][\p{L} /&-]{0,28}?)\s*(?::\s*|\s*[|│]\s*|\s{2,})(\S.*)$/u;
/** A label alone, its value on the next line. */
const LABEL_ALONE = /^([\p{L}][\p{L} /&-]{0,28}?)\s*:?$/u;

export function fieldOfLabel(label: string): CvEntryField | null {
  const folded = fold(label);
  return LABELS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

/** "Opdrachtgever: Gemeente Ede" → the field and its value; null for a line that is no labelled field. */
export function labelledField(text: string): { field: CvEntryField; value: string } | null {
  const m = LABELLED.exec(text);
  const field = m && text.includes(':') ? fieldOfLabel(m[1]) : null;
  return field ? { field, value: m![2].trim() } : null;
}

interface Field {
  field: CvEntryField;
  value: string;
  /** The line the value is on. */
  line: number;
  /** Lines the field takes: one, or two when the label stands alone. */
  span: number;
}

function fieldAt(texts: readonly string[], i: number, usable: (j: number) => boolean): Field | null {
  if (!usable(i)) return null;
  const labelled = LABELLED.exec(texts[i]);
  const field = labelled && fieldOfLabel(labelled[1]);
  if (labelled && field) return { field, value: labelled[2].trim(), line: i, span: 1 };
  const alone = LABEL_ALONE.exec(texts[i]);
  const aloneField = alone && fieldOfLabel(alone[1]);
  if (!aloneField || !usable(i + 1)) return null;
  // "Periode" over "2019 – 2021"; never a label over another label.
  const next = texts[i + 1];
  if (LABEL_ALONE.test(next) && fieldOfLabel(next.replace(/:$/, ''))) return null;
  if (LABELLED.test(next) && fieldOfLabel(LABELLED.exec(next)![1])) return null;
  return { field: aloneField, value: next.trim(), line: i + 1, span: 2 };
}

/** Between fields on one line ("Opdrachtgever: Gemeente Ede | Rol: Projectleider | Periode: 2019 – 2021"): a bar or a gap before the next label. */
const BETWEEN_FIELDS = /\s*(?:\||\s{2,})\s*(?=[\p{L}][\p{L} /&-]{0,28}?\s*:)/u;

/** The fields at line i: several on one line, each with its label and colon, or one (fieldAt). */
function fieldsAt(texts: readonly string[], i: number, usable: (j: number) => boolean): { fields: Field[]; span: number } | null {
  if (!usable(i)) return null;
  const parts = texts[i].split(BETWEEN_FIELDS);
  if (parts.length > 1) {
    const fields = parts.map((part): Field | null => {
      const f = labelledField(part);
      return f ? { ...f, line: i, span: 1 } : null;
    });
    const all = fields.filter((f): f is Field => f !== null);
    if (all.length === parts.length && new Set(all.map((f) => f.field)).size === all.length) return { fields: all, span: 1 };
  }
  const one = fieldAt(texts, i, usable);
  return one ? { fields: [one], span: one.span } : null;
}

export interface FormEntry {
  role: string;
  organisation: string | null;
  period: CvPeriod;
  /** The line naming the entry: the role's, else the assignment's, else the period's. */
  headerLine: number;
  /** The entry's first and last line (the labels and any period line beside them). */
  first: number;
  last: number;
}

/** A field's value without a period or tenure written in it: "Gemeente X (2019 – 2021)" → "Gemeente X". */
function valueText(value: string): string {
  const found = findPeriod(value);
  const rest = found ? `${value.slice(0, found.index)} ${value.slice(found.index + found.length)}` : value;
  return withoutTenure(rest.replace(/\(\s*\)/g, ' '));
}

/** A line holding a period and nothing else ("2019 – 2021", "jan 2020 - heden (2 jaar)"). */
function periodAlone(text: string): CvPeriod | null {
  const found = findPeriod(text);
  if (!found) return null;
  const rest = withoutTenure(`${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`);
  return /\p{L}{2}/u.test(rest) ? null : found.period;
}

/**
 * Entries written as forms among `texts`; `usable(i)` says whether line i may take part (it
 * is in the experience part of the CV, not a heading). `blankBefore(i)`: an empty line above i.
 */
export function formEntries(texts: readonly string[], usable: (i: number) => boolean, blankBefore: (i: number) => boolean): FormEntry[] {
  const groups: { fields: Field[]; first: number; last: number }[] = [];
  for (let i = 0; i < texts.length; ) {
    const first = fieldsAt(texts, i, usable);
    if (!first) {
      i++;
      continue;
    }
    const fields = [...first.fields];
    let j = i + first.span;
    const isNew = (f: { fields: Field[] } | null): f is { fields: Field[]; span: number } => !!f && !f.fields.some((n) => fields.some((x) => x.field === n.field));
    for (let f = fieldsAt(texts, j, usable); ; f = fieldsAt(texts, j, usable)) {
      if (isNew(f)) {
        fields.push(...f.fields);
        j += f.span;
        continue;
      }
      // A value's second line ("Opdrachtgever | Gemeente Oss" over "ca. 93.000 inwoners") before the form goes on.
      // (Not a bullet: that is the entry's description, and a form after it is the next entry's.)
      if (!f && usable(j) && texts[j].length <= 80 && !/^[-–•*▪●◦·]/.test(texts[j]) && !periodAlone(texts[j]) && isNew(fieldsAt(texts, j + 1, usable))) {
        j++;
        continue;
      }
      break;
    }
    // One labelled line alone ("Project: …" in a description) is no form.
    if (fields.length >= 2) groups.push({ fields, first: i, last: j - 1 });
    i = j;
  }

  const taken = new Set<number>();
  const entries: FormEntry[] = [];
  groups.forEach((g, n) => {
    const value = (field: CvEntryField) => g.fields.find((f) => f.field === field);
    let period = value('period') ? findPeriod(value('period')!.value)?.period ?? null : null;
    let periodLine = value('period')?.line ?? -1;
    // "Opdrachtgever: Gemeente X (2019 – 2021)": a period written in another field.
    for (const f of g.fields) if (!period && findPeriod(f.value)) [period, periodLine] = [findPeriod(f.value)!.period, f.line];
    let { first, last } = g;
    if (!period) {
      // A period on its own line just above the group, else just below it (not the next group's).
      const above = g.first - 1;
      const below = g.last + 1;
      const nextFirst = groups[n + 1]?.first ?? Infinity;
      if (above >= 0 && usable(above) && !blankBefore(g.first) && !taken.has(above) && periodAlone(texts[above])) {
        [period, periodLine, first] = [periodAlone(texts[above]), above, above];
      } else if (below < texts.length && usable(below) && below < nextFirst && !blankBefore(below) && periodAlone(texts[below])) {
        [period, periodLine, last] = [periodAlone(texts[below]), below, below];
      }
    }
    if (!period || !(value('role') || value('assignment') || value('organisation'))) return;
    for (let k = first; k <= last; k++) taken.add(k);
    const named = value('role') ?? value('assignment');
    entries.push({
      role: named ? valueText(named.value) : '',
      organisation: value('organisation') ? valueText(value('organisation')!.value) || null : null,
      period,
      headerLine: named?.line ?? periodLine,
      first,
      last,
    });
  });
  return entries;
}
