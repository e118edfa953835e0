/**
 * Label/value pairs from anywhere on the page: table rows, a label line followed by its
 * value (`dl`, `.hfp_item`, caption/value rows), "Label: value" lines, list items that
 * start with a label ("Plaats Den Haag") and labels glued to values
 * ("Opdracht tarief 115Opdracht uren 32").
 */
import type { Fact } from './fact';
import { GLUED_LABEL, type LabelField, couldStartLabel, labelField } from './labels';
import type { PageLine } from './page-reading';

/** 1: the page pairs label and value by structure or a colon ('label'); 2: inferred from wording ('inferred-label'). */
type Tier = 1 | 2;

const COLON_PAIR = /^([^:：]{2,50}?)\s*[:：]\s*(.+)$/;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h|CES?T))?$/i;

/** Collect every label/value pair on the non-noise lines. */
export function findLabelledValues(lines: readonly PageLine[]): Fact[] {
  const out: Fact[] = [];
  const add = (field: LabelField, value: string, snippet: string, tier: Tier, i: number) => {
    const v = value.replace(/^[\s:：\-–]+/, '').trim();
    if (v) out.push({ field, value: v, snippet, source: tier === 1 ? 'label' : 'inferred-label', line: i, hidden: lines[i].hidden });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.noise) continue;
    const text = line.text;

    if (line.cells && line.cells.length >= 2) {
      for (let k = 0; k + 1 < line.cells.length; k += 2) {
        const field = labelField(line.cells[k]);
        if (field) add(field, line.cells[k + 1], text, 1, i);
      }
      continue;
    }

    // A label alone on its line; the value is the next line(s).
    const own = text.length <= 50 ? labelField(text) : null;
    if (own) {
      const next = nextContentLine(lines, i);
      if (next !== -1 && !labelField(lines[next].text) && lines[next].text.length <= 300 && !isRealHeading(lines[next])) {
        let value = lines[next].text;
        // Values continued on the next line: "(25 okt. 2021 - 25 apr. 2022)", a time in its own span.
        const after = nextContentLine(lines, next);
        if (after !== -1 && (/^\(.*\)$/.test(lines[after].text) || TIME_ONLY.test(lines[after].text))) {
          value += ` ${lines[after].text}`;
        }
        add(own, value, `${text} ${value}`, 1, i);
      }
      continue;
    }

    const glued = splitGluedLabels(text);
    if (glued.length >= 2) {
      for (const [label, value] of glued) {
        const field = labelField(label);
        if (field) add(field, value, text, 2, i);
      }
      continue;
    }

    const pair = COLON_PAIR.exec(text);
    if (pair) {
      const field = labelField(pair[1]);
      if (field) {
        // "Sluitingsdatum: 23 november 2026" with "12:00" in a span of its own below it.
        const next = nextContentLine(lines, i);
        const time = field === 'deadline' && next !== -1 && TIME_ONLY.test(lines[next].text.trim()) ? ` ${lines[next].text.trim()}` : '';
        add(field, pair[2] + time, text + time, 1, i);
        // "Maximum tarief: Dit is het maximale uurtarief. Onze fee is 10%…" / "96": a label with
        // its help text, the value on the next line (Opdracht Overheid).
        if (next !== -1 && /[.!?]$/.test(pair[2]) && pair[2].length > 40 && lines[next].text.length <= 40 && !labelField(lines[next].text.split(/[:：]/)[0])) {
          add(field, lines[next].text, `${pair[1]}: ${lines[next].text}`, 1, next);
        }
        continue;
      }
      // "Overig algemeen: Aanvraagnummer: 2026-0417": a field inside a general label's value.
      const inner = COLON_PAIR.exec(pair[2]);
      const innerField = inner && labelField(inner[1]);
      if (innerField) {
        add(innerField, inner![2], text, 1, i);
        continue;
      }
    }

    // "Plaats Den Haag" as a list item or chip; never a section heading ("Looptijd en verlenging").
    if (text.length <= 120 && (line.item || text.length <= 80) && !/[.!?]$/.test(text) && !isRealHeading(line)) {
      const prefixed = labelPrefix(text);
      if (prefixed) add(prefixed[0], prefixed[1], text, 2, i);
    }
  }
  return out;
}

function nextContentLine(lines: readonly PageLine[], i: number): number {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) if (!lines[j].noise && lines[j].text) return j;
  return -1;
}

function isRealHeading(line: PageLine): boolean {
  return line.heading >= 1 && line.heading <= 6;
}

/** "Plaats Den Haag" → location "Den Haag": the longest run of leading words that is a label. */
export function labelPrefix(text: string): [LabelField, string] | null {
  // Up to five leading words, cut at the first spaces: splitting the whole line into words
  // for each of them made this the costliest step on pages with many list items.
  const first = text.indexOf(' ');
  if (first === -1 || !couldStartLabel(text.slice(0, first))) return null;
  const spaces: number[] = [];
  for (let at = first; at !== -1 && spaces.length < 5; at = text.indexOf(' ', at + 1)) spaces.push(at);
  for (let n = spaces.length; n >= 1; n--) {
    const field = labelField(text.slice(0, spaces[n - 1]));
    if (field) return [field, text.slice(spaces[n - 1] + 1)];
  }
  return null;
}

/** Split "Opdracht tarief 115Opdracht uren 32" into [label, value] pairs; [] when not glued. */
export function splitGluedLabels(text: string): [string, string][] {
  if (text.length > 400) return [];
  GLUED_LABEL.lastIndex = 0;
  const starts: { index: number; label: string }[] = [];
  for (let m = GLUED_LABEL.exec(text); m; m = GLUED_LABEL.exec(text)) {
    const prev = text[m.index - 1];
    // A label starts the text, follows a value without a space (the glue) or a separator,
    // or is a "Label:" further along the line ("Geplaatst 24 sep. 2021 Project ID: YIS 9101849").
    const colon = /^\s*[:：]/.test(text.slice(m.index + m[0].length));
    if (m.index === 0 || colon || /[\d\p{Ll})\]|·•]/u.test(prev ?? '') || /\s[|·•]\s?$/.test(text.slice(0, m.index))) {
      starts.push({ index: m.index, label: m[0] });
    }
  }
  if (starts.length < 2 || starts[0].index !== 0) return [];
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].index : text.length;
    return [s.label, text.slice(s.index + s.label.length, end).replace(/^\s*[:：]/, '').replace(/[|·•]\s*$/, '').trim()];
  });
}
