/**
 * The library's closing dates as an iCalendar file (RFC 5545) for Outlook, Google Calendar
 * and Apple Calendar: one event per posting with a deadline. Written by hand: the format
 * needs about a page of rules (escaping, folding, one fixed time zone), less than the
 * libraries that offer it pull in, and none of them ship a VTIMEZONE by default.
 *
 * A deadline with a time is a 30-minute event at that Dutch time (TZID=Europe/Amsterdam,
 * so a calendar in another zone shows it right); a date alone is an all-day event. The UID
 * is the posting id, so importing again updates events instead of doubling them.
 */
import { formatDate, formatRate } from '../format/facts';
import { type Language, message } from '../i18n/messages';
import type { Posting } from '../posting';
import { AMSTERDAM, addDays, wallClockOf } from '../time/amsterdam';

export interface IcsItem {
  id: string;
  posting: Posting;
  /** The link to the posting shown in the event. */
  url: string;
}

export interface IcsOptions {
  /** The moment of export, for DTSTAMP. */
  now: Date;
  language: Language;
}

const CRLF = '\r\n';

/** Words that the UI's messages do not have. */
const WORDS: Record<Language, { summary: string; alarm: string }> = {
  nl: { summary: 'Sluiting', alarm: 'Sluit morgen' },
  en: { summary: 'Deadline', alarm: 'Closes tomorrow' },
};

/**
 * Amsterdam's rules since 1996 (EU summer time: last Sunday of March 02:00 → 03:00, last
 * Sunday of October 03:00 → 02:00). Outlook needs a VTIMEZONE for every TZID it sees;
 * Google and Apple use their own data for a known TZID but accept this too.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The calendar file's text: CRLF line ends, long lines folded. Postings without a deadline are left out. */
export function postingsIcs(items: ReadonlyArray<IcsItem>, opts: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BidPrep//BidPrep deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:BidPrep',
    ...VTIMEZONE,
    ...items.flatMap((item) => event(item, opts)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function event({ id, posting, url }: IcsItem, { now, language }: IcsOptions): string[] {
  const deadline = posting.deadline && wallClockOf(posting.deadline);
  if (!deadline || !posting.deadline) return [];
  const day = posting.deadline.slice(0, 10);
  const hasTime = posting.deadline.length > 10;
  const title = posting.title?.trim() || message(language, 'exportUntitled');
  const words = WORDS[language];
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${id}@bidprep`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...(hasTime
      ? [`DTSTART;TZID=${AMSTERDAM}:${compactDay(day)}T${pad(deadline.hour)}${pad(deadline.minute)}00`, 'DURATION:PT30M']
      : [`DTSTART;VALUE=DATE:${compactDay(day)}`, `DTEND;VALUE=DATE:${compactDay(addDays(day, 1))}`]),
    `SUMMARY:${escapeText(`${words.summary}: ${title}`)}`,
    `DESCRIPTION:${escapeText(description(posting, url, language))}`,
  ];
  if (posting.location?.trim()) lines.push(`LOCATION:${escapeText(posting.location.trim())}`);
  const link = webLink(url);
  if (link) lines.push(`URL:${link}`);
  // A closing date is a reminder, not a meeting: it should not show the user as busy.
  lines.push('TRANSP:TRANSPARENT');
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`${words.alarm}: ${title}`)}`,
    // The day before: at the same time, or at 09:00 for an all-day event (which starts at 00:00).
    `TRIGGER:${hasTime ? '-P1D' : '-PT15H'}`,
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

function description(p: Posting, url: string, lang: Language): string {
  const knockouts = p.requirements.filter((r) => r.kind === 'knockout').length;
  const wishes = p.requirements.filter((r) => r.kind === 'wish').length;
  const rate = p.rate && (formatRate(p.rate, lang) ?? p.rate.text);
  return [
    p.client && `${message(lang, 'fieldClient')}: ${p.client}`,
    rate && `${message(lang, 'fieldRate')}: ${rate}`,
    p.deadline && `${message(lang, 'fieldDeadline')}: ${formatDate(p.deadline, lang)}`,
    `${message(lang, 'knockouts')}: ${knockouts} · ${message(lang, 'wishes')}: ${wishes}`,
    url && `${message(lang, 'csvLink')}: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Only a web address becomes the URL property (a URI value: no escaping, so nothing odd may pass). */
function webLink(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break
 * as "\n". Other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1): a
 * continuation starts with one space. Cuts fall between code points, never inside a
 * character's bytes (which would corrupt it for strict readers).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line may hold 75 octets; a continuation 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
