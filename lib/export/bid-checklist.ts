/**
 * The bid checklist as Markdown: the facts of the posting, every knock-out, wish and other
 * point with the user's assessment, what is still open, and the user's notes. The user keeps
 * it beside the bid form, so it shows which facts they corrected and how long is left, and
 * renders every page or user text literally (see markdown-escape.ts).
 */
import { daysBetween } from '../parse/date';
import type { Posting, Rate } from '../posting';
import { type ChecklistItem, type CorrectableField, type SavedPosting, effective } from '../saved-posting';
import { block, cell, inline } from './markdown-escape';
import { slug } from './slug';

export type ChecklistLanguage = 'nl' | 'en';

const NL = {
  untitled: 'Opdracht zonder titel',
  facts: {
    fact: 'Gegeven', value: 'Waarde',
    client: 'Opdrachtgever', location: 'Locatie', rate: 'Tarief', hours: 'Uren per week', start: 'Start',
    term: 'Einddatum / looptijd', deadline: 'Sluitingsdatum', reference: 'Referentie', portal: 'Portal', captured: 'Opgehaald op',
  },
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  decimalMark: ',',
  perHour: 'per uur', max: 'max', from: 'vanaf', asap: 'z.s.m.', at: 'om', extension: 'verlenging',
  hoursPerWeek: (hours: string) => `${hours} uur per week`,
  duration: (months: string, one: boolean) => (one ? `${months} maand` : `${months} maanden`),
  daysLeft: (days: number) => (days === 0 ? 'sluit vandaag' : days === 1 ? 'nog 1 dag' : `nog ${days} dagen`),
  closed: 'gesloten',
  sections: { knockout: 'Knock-outcriteria (eisen)', wish: 'Wensen', other: 'Overige punten' },
  openPoints: 'Open punten', notes: 'Notities',
  states: { met: 'voldaan', partly: 'deels', 'not-met': 'niet voldaan', open: 'open' },
  weight: 'weging', evidence: 'onderbouwing', note: 'Notitie', gone: 'niet meer op de pagina',
  noOpenPoints: 'Geen open punten.',
  attention: 'Let op:',
  knockoutsNotMet: (n: number) => (n === 1 ? '1 knock-outcriterium niet voldaan' : `${n} knock-outcriteria niet voldaan`),
};

const LABELS: Record<ChecklistLanguage, typeof NL> = {
  nl: NL,
  en: {
    untitled: 'Untitled posting',
    facts: {
      fact: 'Fact', value: 'Value',
      client: 'Client', location: 'Location', rate: 'Rate', hours: 'Hours per week', start: 'Start',
      term: 'End date / duration', deadline: 'Deadline', reference: 'Reference', portal: 'Portal', captured: 'Captured on',
    },
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    decimalMark: '.',
    perHour: 'per hour', max: 'max', from: 'from', asap: 'as soon as possible', at: 'at', extension: 'extension',
    hoursPerWeek: (hours: string) => `${hours} ${hours === '1' ? 'hour' : 'hours'} per week`,
    duration: (months: string, one: boolean) => (one ? `${months} month` : `${months} months`),
    daysLeft: (days: number) => (days === 0 ? 'closes today' : days === 1 ? '1 day left' : `${days} days left`),
    closed: 'closed',
    sections: { knockout: 'Knock-out criteria', wish: 'Wishes', other: 'Other points' },
    openPoints: 'Open points', notes: 'Notes',
    states: { met: 'met', partly: 'partly', 'not-met': 'not met', open: 'open' },
    weight: 'weight', evidence: 'evidence', note: 'Note', gone: 'no longer on the page',
    noOpenPoints: 'No open points.',
    attention: 'Warning:',
    knockoutsNotMet: (n: number) => (n === 1 ? '1 knock-out criterion not met' : `${n} knock-out criteria not met`),
  },
};

type Labels = typeof NL;

export interface BidChecklistOptions {
  /** The day the checklist is made, `YYYY-MM-DD`: the days left to the deadline count from it. */
  today: string;
  language: ChecklistLanguage;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const UNKNOWN = '—';
const KINDS = ['knockout', 'wish', 'other'] as const;

/** The bid checklist of a saved posting as a GitHub Flavored Markdown document. */
export function bidChecklistMarkdown(saved: SavedPosting, options: BidChecklistOptions): string {
  const L = LABELS[options.language] ?? NL;
  const p = effective(saved);
  const blocks = [`# ${inline(p.title) || L.untitled}`, sourceLink(p.url), factsTable(saved, p, options.today, L)];
  const sections = KINDS.map((kind) => ({ kind, items: saved.checklist.filter((item) => item.kind === kind) }));
  for (const { kind, items } of sections) {
    if (items.length > 0) blocks.push(`## ${L.sections[kind]}`, items.flatMap((item) => itemLines(item, L)).join('\n'));
  }
  blocks.push(`## ${L.openPoints}`, ...openPoints(sections.flatMap((section) => section.items), L));
  const notes = block(saved.notes);
  if (notes) blocks.push(`## ${L.notes}`, notes);
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** `<deadline or "geen-deadline">-<client>-<title>.md`, every part safe as a file name. */
export function bidChecklistFileName(saved: SavedPosting): string {
  const p = effective(saved);
  const day = ISO_DAY.exec(p.deadline ?? '')?.[0] ?? 'geen-deadline';
  // The client is capped like the title so a long ministry name cannot break path limits.
  return `${[day, slug(p.client, 60), slug(p.title, 60)].filter(Boolean).join('-')}.md`;
}

/** Only web links are clickable: a "javascript:" address from a page must stay text. */
function sourceLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return inline(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return inline(url);
  const destination = parsed.href.replace(/[\s()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${inline(parsed.hostname.replace(/^www\./, ''))}](${destination})`;
}

function factsTable(saved: SavedPosting, p: Posting, today: string, L: Labels): string {
  const corrected = (...fields: CorrectableField[]) => fields.some((f) => saved.corrections[f] !== undefined);
  const rows: [string, string | null, boolean][] = [
    [L.facts.client, p.client, corrected('client')],
    [L.facts.location, p.location, corrected('location')],
    [L.facts.rate, p.rate && rateText(p.rate, L), corrected('rate')],
    [L.facts.hours, p.hoursPerWeek && L.hoursPerWeek(range(p.hoursPerWeek.min, p.hoursPerWeek.max, L)), corrected('hoursPerWeek')],
    [L.facts.start, p.startDate ? longDate(p.startDate, L) : p.startAsap ? L.asap : null, corrected('startDate', 'startAsap')],
    [L.facts.term, termText(p, L), corrected('endDate', 'durationMonths', 'extension')],
    [L.facts.deadline, p.deadline && deadlineText(p.deadline, today, L), corrected('deadline')],
    [L.facts.reference, p.reference, corrected('reference')],
    [L.facts.portal, p.sourceHost, false],
    [L.facts.captured, ISO_DAY.test(saved.capturedAt) ? longDate(saved.capturedAt, L) : null, false],
  ];
  const lines = rows.map(([label, value, mark]) => `| ${label} | ${cell(value) || UNKNOWN}${mark ? ' ✎' : ''} |`);
  return [`| ${L.facts.fact} | ${L.facts.value} |`, '| --- | --- |', ...lines].join('\n');
}

function rateText({ min, max, text }: Rate, L: Labels): string {
  const euro = (n: number) => `€ ${number(n, L, true)}`;
  if (min !== null && max !== null) return `${min === max ? euro(min) : `${euro(min)} – ${euro(max)}`} ${L.perHour}`;
  if (max !== null) return `${L.max} ${euro(max)} ${L.perHour}`;
  if (min !== null) return `${L.from} ${euro(min)} ${L.perHour}`;
  return text; // no amount, but the page said something ("n.o.t.k.")
}

function termText(p: Posting, L: Labels): string | null {
  const end = p.endDate ? longDate(p.endDate, L) : '';
  const duration = p.durationMonths ? L.duration(number(p.durationMonths, L), p.durationMonths === 1) : '';
  const term = end && duration ? `${end} (${duration})` : end || duration;
  const extension = p.extension?.trim() ? `${L.extension}: ${p.extension}` : '';
  return (term && extension ? `${term} (${extension})` : term || extension) || null;
}

function deadlineText(deadline: string, today: string, L: Labels): string {
  const [day, time] = deadline.split('T');
  const when = time ? `${longDate(day, L)} ${L.at} ${time}` : longDate(day, L);
  const left = ISO_DAY.test(today) ? daysBetween(today.slice(0, 10), day) : NaN;
  if (!Number.isFinite(left)) return when;
  return `${when} — ${left < 0 ? L.closed : L.daysLeft(left)}`;
}

function itemLines(item: ChecklistItem, L: Labels): string[] {
  const evidence = inline(item.evidence);
  const parts = [
    `${label(item)}${item.goneFromPage ? ` (${L.gone})` : ''}`,
    item.weight === undefined ? '' : `${L.weight} ${number(item.weight, L)}`,
    L.states[item.state],
    evidence && `${L.evidence}: ${evidence}`,
  ];
  const line = `- [${item.state === 'met' ? 'x' : ' '}] ${parts.filter(Boolean).join(' — ')}`;
  const notes = inline(item.notes);
  // A hard break keeps the notes on their own line (a plain continuation line would join
  // them); the space keeps its backslash out of a web address that ends the evidence.
  return notes ? [`${line} \\`, `  ${L.note}: ${notes}`] : [line];
}

function openPoints(items: ChecklistItem[], L: Labels): string[] {
  const notMet = items.filter((item) => item.kind === 'knockout' && item.state === 'not-met').length;
  const open = items.filter((item) => item.state !== 'met');
  return [
    notMet > 0 ? `**${L.attention}** ${L.knockoutsNotMet(notMet)}` : '',
    open.length > 0 ? open.map((item) => `- ${label(item)} (${L.states[item.state]})`).join('\n') : L.noOpenPoints,
  ].filter(Boolean);
}

function label(item: ChecklistItem): string {
  const code = inline(item.code);
  return [code && `**${code}**`, inline(item.text)].filter(Boolean).join(' ');
}

function range(min: number, max: number, L: Labels): string {
  return min === max ? number(min, L) : `${number(min, L)}–${number(max, L)}`;
}

/** `d MMMM yyyy` in the document's language; an impossible month is shown as stored. */
function longDate(iso: string, L: Labels): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  const name = L.monthNames[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : iso.slice(0, 10);
}

/** Whole numbers bare; money with two decimals ("72,50"), anything else with up to two. */
function number(n: number, L: Labels, money = false): string {
  const text = Number.isInteger(n) ? String(n) : money ? n.toFixed(2) : String(Math.round(n * 100) / 100);
  return text.replace('.', L.decimalMark);
}
