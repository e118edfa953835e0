/**
 * The bid checklist as Markdown: the facts of the posting, every knock-out, wish and other
 * point with the user's assessment, what is still open, and the user's notes. The user keeps
 * it beside the bid form, so it shows which facts they corrected and how long is left, and
 * renders every page or user text literally (see markdown-escape.ts).
 */
import { formatDate, formatDaysLeft, formatHours, formatMonths, formatNumber, formatRate } from '../format/facts';
import { type Language, type MessageKey, message } from '../i18n/messages';
import { daysBetween } from '../parse/date';
import type { Posting } from '../posting';
import { portalName } from '../library/portal-name';
import { type ChecklistItem, type CorrectableField, type SavedPosting, effective } from '../saved-posting';
import { block, cell, inline } from './markdown-escape';
import { slug } from './slug';

export type ChecklistLanguage = Language;

/** The document's words: the UI's own messages (public/_locales), in the document's language. */
type Words = (key: MessageKey, ...subs: (string | number)[]) => string;

export interface BidChecklistOptions {
  /** The day the checklist is made, `YYYY-MM-DD`: the days left to the deadline count from it. */
  today: string;
  language: ChecklistLanguage;
  /** What the CV shows per checklist item id (lib/match), as lines under the item; none when no CV is stored. */
  fromCv?: Map<string, { verdict: string; lines: string[] }>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const UNKNOWN = '—';
const KINDS = ['knockout', 'wish', 'other'] as const;

/** The bid checklist of a saved posting as a GitHub Flavored Markdown document. */
export function bidChecklistMarkdown(saved: SavedPosting, options: BidChecklistOptions): string {
  const lang: Language = options.language === 'en' ? 'en' : 'nl';
  const L: Words = (key, ...subs) => message(lang, key, ...subs);
  const p = effective(saved);
  const blocks = [`# ${inline(p.title) || L('exportUntitled')}`, sourceLink(p.url), factsTable(saved, p, options.today, lang)];
  const sections = KINDS.map((kind) => ({ kind, items: saved.checklist.filter((item) => item.kind === kind) }));
  for (const { kind, items } of sections) {
    if (items.length > 0) blocks.push(`## ${L(SECTION[kind])}`, items.flatMap((item) => itemLines(item, lang, options.fromCv?.get(item.id))).join('\n'));
  }
  blocks.push(`## ${L('exportOpenPoints')}`, ...openPoints(sections.flatMap((section) => section.items), L));
  const notes = block(saved.notes);
  if (notes) blocks.push(`## ${L('notes')}`, notes);
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
  return `[${inline(portalName(parsed.hostname))}](${destination})`;
}

const SECTION: Record<(typeof KINDS)[number], MessageKey> = { knockout: 'exportKnockouts', wish: 'wishes', other: 'others' };
const STATE: Record<ChecklistItem['state'], MessageKey> = { met: 'state_met', partly: 'state_partly', 'not-met': 'state_not_met', open: 'state_open' };

function factsTable(saved: SavedPosting, p: Posting, today: string, lang: Language): string {
  const L: Words = (key, ...subs) => message(lang, key, ...subs);
  const corrected = (...fields: CorrectableField[]) => fields.some((f) => saved.corrections[f] !== undefined);
  const rows: [string, string | null, boolean][] = [
    [L('fieldClient'), p.client, corrected('client')],
    [L('fieldLocation'), p.location, corrected('location')],
    // No amount, but the page said something ("n.o.t.k."): its words.
    [L('fieldRate'), p.rate && (formatRate(p.rate, lang) ?? p.rate.text), corrected('rate')],
    [L('exportHours'), formatHours(p.hoursPerWeek, lang), corrected('hoursPerWeek')],
    [L('fieldStart'), p.startDate ? formatDate(p.startDate, lang) : p.startAsap ? L('asap') : null, corrected('startDate', 'startAsap')],
    [L('exportTerm'), termText(p, lang), corrected('endDate', 'durationMonths', 'extension')],
    [L('fieldDeadline'), p.deadline && deadlineText(p.deadline, today, lang), corrected('deadline')],
    [L('fieldReference'), p.reference, corrected('reference')],
    [L('exportPortal'), portalName(p.sourceHost) || null, false],
    [L('exportCaptured'), ISO_DAY.test(saved.capturedAt) ? formatDate(saved.capturedAt.slice(0, 10), lang) : null, false],
  ];
  const lines = rows.map(([label, value, mark]) => `| ${label} | ${cell(value) || UNKNOWN}${mark ? ' ✎' : ''} |`);
  return [`| ${L('exportFact')} | ${L('exportValue')} |`, '| --- | --- |', ...lines].join('\n');
}

function termText(p: Posting, lang: Language): string | null {
  const end = p.endDate ? formatDate(p.endDate, lang) : '';
  const duration = p.durationMonths ? formatMonths(p.durationMonths, lang) : '';
  const term = end && duration ? `${end} (${duration})` : end || duration;
  const extension = p.extension?.trim() ? message(lang, 'exportExtension', p.extension) : '';
  return (term && extension ? `${term} (${extension})` : term || extension) || null;
}

function deadlineText(deadline: string, today: string, lang: Language): string {
  const when = formatDate(deadline, lang);
  const left = ISO_DAY.test(today) ? daysBetween(today.slice(0, 10), deadline.slice(0, 10)) : NaN;
  return Number.isFinite(left) ? `${when} — ${formatDaysLeft(left, lang)}` : when;
}

function itemLines(item: ChecklistItem, lang: Language, fromCv?: { verdict: string; lines: string[] }): string[] {
  const L: Words = (key, ...subs) => message(lang, key, ...subs);
  const evidence = inline(item.evidence);
  const parts = [
    `${label(item)}${item.goneFromPage ? ` (${L('exportGone')})` : ''}`,
    item.weight === undefined ? '' : L('exportWeight', formatNumber(item.weight, lang)),
    L(STATE[item.state]),
    evidence && L('exportEvidence', evidence),
  ];
  const line = `- [${item.state === 'met' ? 'x' : ' '}] ${parts.filter(Boolean).join(' — ')}`;
  const notes = inline(item.notes);
  // The CV's suggestion with its evidence lines and years, nested under the item.
  const cv = fromCv ? [`  - ${L('exportFromCv', inline(fromCv.verdict))}`, ...fromCv.lines.map((l) => `    - ${inline(l)}`)] : [];
  // A hard break keeps the notes on their own line (a plain continuation line would join
  // them); the space keeps its backslash out of a web address that ends the evidence.
  return [...(notes ? [`${line} \\`, `  ${L('exportNote', notes)}`] : [line]), ...cv];
}

function openPoints(items: ChecklistItem[], L: Words): string[] {
  const notMet = items.filter((item) => item.kind === 'knockout' && item.state === 'not-met').length;
  const open = items.filter((item) => item.state !== 'met');
  return [
    notMet > 0 ? `**${L('exportAttention')}** ${notMet === 1 ? L('exportKnockoutsNotMetOne') : L('exportKnockoutsNotMet', notMet)}` : '',
    open.length > 0 ? open.map((item) => `- ${label(item)} (${L(STATE[item.state])})`).join('\n') : L('exportNoOpenPoints'),
  ].filter(Boolean);
}

function label(item: ChecklistItem): string {
  const code = inline(item.code);
  return [code && `**${code}**`, inline(item.text)].filter(Boolean).join(' ');
}
