import { describe, expect, it } from 'vitest';
import { findDates, isAsap, parseDate, toIso } from '../../lib/parse/date';
import { parseRelativeDate } from '../../lib/parse/relative-date';

const ctx = { now: '2025-08-26' };

describe('parseDate reads the date formats seen on portals', () => {
  it.each([
    ['04-09-2025', '2025-09-04'],
    ['3-6-2024', '2024-06-03'],
    ['25.09.2026 09:00', '2026-09-25T09:00'],
    ['2026-03-02', '2026-03-02'],
    ['20-05-2024 23:59', '2024-05-20T23:59'],
    ['28-11-2025 09:00', '2025-11-28T09:00'],
    ['15-12-2025 om 12:00 uur', '2025-12-15T12:00'],
    ['25ste augustus, 2025', '2025-08-25'],
    ['4de september, 2025', '2025-09-04'],
    ['donderdag 17 juni 2021', '2021-06-17'],
    ['16 Februari 2026', '2026-02-16'],
    ['12 jan 2026', '2026-01-12'],
    ['19 sept 2025', '2025-09-19'],
    ['1 mrt 2027', '2027-03-01'],
    ['24 sep. 2021', '2021-09-24'],
    ['29 aug 2025 om 09:00', '2025-08-29T09:00'],
    ['maart 4, 2026', '2026-03-04'],
    ['05 February 2025', '2025-02-05'],
    ['10 December 2025, 23:59 CET', '2025-12-10T23:59'],
    ['March 4th, 2026', '2026-03-04'],
    ['3/6/2024', '2024-06-03'],
    ['Sluitingsdatum: 1 oktober 2026 12:00', '2026-10-01T12:00'],
  ])('reads %j as %s', (raw, iso) => {
    const d = parseDate(raw, ctx);
    expect(d && toIso(d)).toBe(iso);
  });

  it('rejects impossible dates', () => {
    expect(parseDate('31-02-2025', ctx)).toBeNull();
    expect(parseDate('29-02-2025', ctx)).toBeNull();
    expect(parseDate('32 januari 2025', ctx)).toMatchObject({ date: '2025-01-01', monthOnly: true });
  });

  it('reads "4-10 11:00" without a year from the posted date when the caller allows it', () => {
    const d = parseDate('4-10 11:00', { now: '2026-01-01', reference: '2021-09-24', numericWithoutYear: true });
    expect(d && toIso(d)).toBe('2021-10-04T11:00');
    expect(d?.yearAssumed).toBe(true);
  });

  it('never reads hour ranges like "16-24 uur" as a date', () => {
    expect(parseDate('16-24 uur per week', { ...ctx, numericWithoutYear: true })).toBeNull();
    expect(parseDate('24-28', ctx)).toBeNull();
  });

  it('moves a year-less date far before the reference into the next year', () => {
    const d = parseDate('5 januari', { now: '2025-12-20' });
    expect(d?.date).toBe('2026-01-05');
  });

  it('marks a month without a day', () => {
    const d = parseDate('Vanaf januari 2026', ctx);
    expect(d).toMatchObject({ date: '2026-01-01', monthOnly: true });
  });

  it('finds both dates of a range in order', () => {
    expect(findDates('01-01-2025 - 31-12-2025', ctx).map((d) => d.date)).toEqual(['2025-01-01', '2025-12-31']);
    expect(findDates('15.10.2026 - 31.12.2026', ctx).map(toIso)).toEqual(['2026-10-15', '2026-12-31']);
  });
});

describe('parseRelativeDate counts from today', () => {
  it.each([
    ['Sluit over 9 dagen', '2025-09-04', null],
    ['Sluit morgen om 16:00', '2025-08-27', '16:00'],
    ['Je hebt nog 10 dagen om te reageren.', '2025-09-05', null],
    ['Sluit vandaag om 12:00', '2025-08-26', '12:00'],
    ['over 2 weken', '2025-09-09', null],
    ['Geplaatst 3 dagen geleden', '2025-08-23', null],
    ['posted 1 week ago', '2025-08-19', null],
    ['gisteren', '2025-08-25', null],
  ])('reads %j', (raw, date, time) => {
    expect(parseRelativeDate(raw, '2025-08-26')).toMatchObject({ date, time });
  });

  it('finds nothing in a sentence without a relative date', () => {
    expect(parseRelativeDate('De opdracht start in januari', '2025-08-26')).toBeNull();
  });
});

describe('isAsap recognises "as soon as possible"', () => {
  it.each(['z.s.m.', 'Z.S.M.', 'zsm', 'Zo snel mogelijk', 'Zo spoedig mogelijk', 'Per direct', 'Bij voorkeur zsm starten', 'ASAP', 'Direct'])(
    '%j is ASAP',
    (raw) => expect(isAsap(raw)).toBe(true),
  );
  it.each(['1 maart 2026', 'in overleg', 'Direct contact met de opdrachtgever is niet mogelijk'])('%j is not ASAP', (raw) =>
    expect(isAsap(raw)).toBe(false),
  );
});
