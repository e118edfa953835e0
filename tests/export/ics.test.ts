import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, postingsIcs, type IcsItem } from '../../lib/export/ics';
import { emptyPosting } from '../../lib/extract/posting-from-page';
import type { Posting } from '../../lib/posting';
import { amsterdamToUtc, wallClockOf } from '../../lib/time/amsterdam';

const now = new Date('2025-09-01T08:15:30.123Z');

function item(id: string, fields: Partial<Posting>): IcsItem {
  const url = `https://www.striive.com/opdracht/${id}`;
  return { id, url, posting: { ...emptyPosting(url, 'www.striive.com', { code: 'no-deadline' }), ...fields } };
}

const projectleider = item('p-1', {
  title: 'Projectleider Jeugd',
  client: 'Gemeente Utrecht',
  location: 'Utrecht',
  rate: { min: null, max: 100, currency: 'EUR', text: 'max € 100' },
  deadline: '2025-10-27T09:00',
  requirements: [
    { kind: 'knockout', text: 'HBO' },
    { kind: 'knockout', text: 'PRINCE2' },
    { kind: 'knockout', text: 'VOG' },
    { kind: 'wish', text: 'Wmo' },
    { kind: 'other', text: 'Teamspeler' },
  ],
});
const allDay = item('p-2', { title: 'Adviseur', deadline: '2025-12-31' });
const noDeadline = item('p-3', { title: 'Zonder datum' });

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('the iCalendar export', () => {
  const text = postingsIcs([projectleider, allDay, noDeadline], { now, language: 'nl' });
  const { calendar, events } = parse(text);

  it('is a published Gregorian calendar with a product id and Amsterdam time-zone rules', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/BidPrep/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(zone?.getFirstSubcomponent('daylight')?.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(zone?.getFirstSubcomponent('standard')?.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('has one event per posting with a deadline and skips the rest', () => {
    expect(events.map((e) => e.uid)).toEqual(['p-1@bidprep', 'p-2@bidprep']);
  });

  it('gives a deadline with a time a 30-minute event at that Dutch time', () => {
    const [event] = events;
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20251027T090000\r\n');
    expect(event.startDate.isDate).toBe(false);
    // 27 October 2025 is after the autumn change: winter time, UTC+1.
    expect(event.startDate.toUnixTime() * 1000).toBe(Date.parse('2025-10-27T08:00:00Z'));
    expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(30 * 60);
  });

  it('gives a date-only deadline an all-day event', () => {
    const event = events[1];
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-12-31');
    expect(event.endDate.toString()).toBe('2026-01-01');
  });

  it('says what closes, for whom, at what rate, with how many knock-outs and wishes, and links the posting', () => {
    const [event] = events;
    expect(event.summary).toBe('Sluiting: Projectleider Jeugd');
    expect(event.location).toBe('Utrecht');
    expect(event.description.split('\n')).toEqual([
      'Opdrachtgever: Gemeente Utrecht',
      'Tarief: max € 100 per uur',
      'Sluitingsdatum: 27 oktober 2025 om 09:00',
      'Knock-outcriteria: 3 · Wensen: 1',
      'Link: https://www.striive.com/opdracht/p-1',
    ]);
    expect(event.component.getFirstPropertyValue('url')).toBe('https://www.striive.com/opdracht/p-1');
    expect(events[1].location).toBeNull();
  });

  it('speaks English when asked', () => {
    const [event] = parse(postingsIcs([projectleider], { now, language: 'en' })).events;
    expect(event.summary).toBe('Deadline: Projectleider Jeugd');
    expect(event.description).toContain('Rate: max € 100 per hour');
    expect(event.description).toContain('Knock-outs: 3 · Wishes: 1');
  });

  it('stamps every event with the export moment in UTC', () => {
    expect(text).toContain('DTSTAMP:20250901T081530Z\r\n');
    expect(events[0].component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-09-01T08:15:30Z');
  });

  it('warns a day ahead: same time for a timed deadline, 09:00 the day before for an all-day one', () => {
    const triggers = events.map((e) => e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString());
    expect(triggers).toEqual(['-P1D', '-PT15H']);
    expect(events[0].component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('keeps the same UID for a posting on every export, so a re-import updates it', () => {
    const again = parse(postingsIcs([allDay, projectleider], { now: new Date('2026-01-01T00:00:00Z'), language: 'en' })).events;
    expect(again.map((e) => e.uid).sort()).toEqual(['p-1@bidprep', 'p-2@bidprep']);
  });

  it('ends every line with CRLF and no line on a bare LF or CR', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives a calendar without events when no posting has a deadline', () => {
    const empty = parse(postingsIcs([noDeadline], { now, language: 'nl' }));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.getFirstSubcomponent('vtimezone')).not.toBeNull();
  });
});

describe('times across the summer-time changes', () => {
  const cases: [string, string][] = [
    ['2025-03-30T01:30', '2025-03-30T00:30:00Z'], // before the spring change: UTC+1
    ['2025-03-30T03:30', '2025-03-30T01:30:00Z'], // after it: UTC+2
    ['2025-07-01T12:00', '2025-07-01T10:00:00Z'],
    ['2025-10-26T01:30', '2025-10-25T23:30:00Z'], // before the autumn change: UTC+2
    ['2025-10-26T12:00', '2025-10-26T11:00:00Z'], // after it: UTC+1
    ['2026-01-15T17:00', '2026-01-15T16:00:00Z'],
  ];
  it.each(cases)('maps %s Dutch time to %s', (deadline, utc) => {
    const [event] = parse(postingsIcs([item('x', { title: 'x', deadline })], { now, language: 'nl' })).events;
    expect(new Date(event.startDate.toUnixTime() * 1000).toISOString()).toBe(new Date(utc).toISOString());
  });

  it('agree with the zone data for a deadline every 5 days and 7 hours over two years', () => {
    // The parser reads times through our VTIMEZONE, so this checks its rules against Intl's tzdata.
    const items: IcsItem[] = [];
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += (5 * 24 + 7) * 3_600_000) {
      const deadline = new Date(t).toISOString().slice(0, 16);
      items.push(item(deadline, { title: 'x', deadline }));
    }
    const events = parse(postingsIcs(items, { now, language: 'nl' })).events;
    expect(events).toHaveLength(items.length);
    for (const [i, event] of events.entries()) {
      const wall = wallClockOf(items[i].posting.deadline ?? '');
      expect(event.startDate.toUnixTime() * 1000, items[i].id).toBe(wall && amsterdamToUtc(wall));
    }
  });
});

describe('text values', () => {
  const nasty = 'Ñoño; "ë", C:\\pad\\ — 🎉 regel 1\nregel 2\r\nregel 3';

  it('escape backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('a\r\nb\rc')).toBe('a\\nb\\nc');
    expect(escapeText('tab\tstays, bell\u0007 goes')).toBe('tab\tstays\\, bell goes');
  });

  it('round-trip through a real parser, emoji and accents included', () => {
    const [event] = parse(postingsIcs([item('t', { title: nasty, client: 'Gemeente ’s-Hertogenbosch; afd. I&A', location: 'Den Bosch, Noord-Brabant', deadline: '2025-11-03' })], { now, language: 'nl' })).events;
    expect(event.summary).toBe(`Sluiting: ${nasty.replace(/\r\n?/g, '\n')}`);
    expect(event.description).toContain('Opdrachtgever: Gemeente ’s-Hertogenbosch; afd. I&A');
    expect(event.location).toBe('Den Bosch, Noord-Brabant');
  });

  it('fall back to "Opdracht zonder titel" without a title', () => {
    const [event] = parse(postingsIcs([item('u', { deadline: '2025-11-03' })], { now, language: 'nl' })).events;
    expect(event.summary).toBe('Sluiting: Opdracht zonder titel');
  });

  it('keep a link that is not a web address out of the URL property', () => {
    const bad = { ...item('v', { title: 't', deadline: '2025-11-03' }), url: 'javascript:alert(1)' };
    expect(postingsIcs([bad], { now, language: 'nl' })).not.toMatch(/^URL:/m);
  });
});

describe('line folding', () => {
  const long = item('long', {
    title: `${'Senior projectleider digitale transformatie '.repeat(3)}ë€🎉${'Ñ'.repeat(80)}${'😀'.repeat(40)}`,
    client: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, Directoraat-Generaal Overheidsorganisatie',
    deadline: '2025-11-03T12:00',
  });
  const text = postingsIcs([long], { now, language: 'nl' });

  it('keeps every physical line within 75 octets of UTF-8', () => {
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  });

  it('never cuts a character in two', () => {
    // A cut inside a code point would leave a lone surrogate or a replacement character.
    for (const line of text.split('\r\n')) {
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
  });

  it('unfolds to the original value', () => {
    const [event] = parse(text).events;
    expect(event.summary).toBe(`Sluiting: ${long.posting.title}`);
    expect(event.description).toContain(long.posting.client);
  });

  it('fills lines to the limit and starts continuations with one space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 60]) // 208 octets: 75 + 74 + 59, continuations after their space;
    expect(folded.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });

  it('moves a multi-byte character that would cross the limit to the next line', () => {
    const [first, second] = foldLine(`${'x'.repeat(74)}€`).split('\r\n');
    expect(first).toBe('x'.repeat(74));
    expect(second).toBe(' €');
  });
});
