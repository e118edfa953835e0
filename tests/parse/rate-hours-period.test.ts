import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/parse/hours';
import { monthsBetween, parseDurationMonths, parseExtension, parsePeriod } from '../../lib/parse/period';
import { parseRate } from '../../lib/parse/rate';
import { parseAmount } from '../../lib/parse/text';

describe('parseAmount reads Dutch and English number notation', () => {
  it.each([
    ['98', 98],
    ['72,50', 72.5],
    ['97.50', 97.5],
    ['4.700,-', 4700],
    ['1.234,56', 1234.56],
    ['€ 98,-', 98],
    ['83,95', 83.95],
    ['4.430', 4430],
  ])('%j is %d', (raw, n) => expect(parseAmount(raw)).toBe(n));
});

describe('parseRate reads hourly rates', () => {
  it.each([
    ['Max 75 p/u', false, null, 75],
    ['€ 98,-', true, null, 98],
    ['Tot € 110,00 per uur (excl. btw)', false, null, 110],
    ['€ 80 - € 95', true, 80, 95],
    ['tussen €95,00 en €109,00', true, 95, 109],
    ['€90,00 per uur', false, null, 90],
    ['95 per uur', true, null, 95],
    ['72,50', true, null, 72.5],
    ['€97.50–107.50/hr', false, 97.5, 107.5],
    ['up to EUR 120 excl. VAT', true, null, 120],
    ['max tarief €110 incl msp fee per uur', false, null, 110],
    ['maximaal gelijk aan 120 euro per uur (afronden op hele euro\'s) exclusief BTW', false, null, 120],
    ['Uurtarief maximaal € 83,95 inclusief reiskosten', false, null, 83.95],
    ['Max tarief zzp: € 83,-', false, null, 83],
    ['vanaf € 80 per uur', false, 80, null],
    ['115', true, null, 115],
  ])('%j (labelled: %s) is %s–%s', (raw, labelled, min, max) => {
    expect(parseRate(raw, { labelled })).toMatchObject({ kind: 'rate', min, max });
  });

  it.each(['marktconform', 'Geen maximum', 'geen max tarief', 'Unknown', 'Tarief Unknown', 'n.o.t.k.'])(
    '%j is a rate the page leaves open',
    (raw) => expect(parseRate(raw, { labelled: true })).toMatchObject({ kind: 'unstated' }),
  );

  it.each([
    ['Max salaris detachering: 4.700,- o.b.v. 36u', false],
    ['Salary: 1938 - 3063', true],
    ['Schaal: €4.430 - €6.308 Schaal 11 CAO Gemeenten', true],
    ['budget E50-350', true],
    ['€ 5.200 bruto per maand', true],
    ['We vragen 10% marge over je uurtarief', false],
    ['Binnen 21 dagen betalen wij je factuur', false],
    ['In 2023 zijn 342 gemeenten aangesloten', false],
  ])('%j is not an hourly rate', (raw, labelled) => {
    expect(parseRate(raw, { labelled })).toBeNull();
  });
});

describe('parseHours reads hours per week', () => {
  it.each([
    ['32 uur p/w', false, 32, 32],
    ['16 - 24 uur per week', false, 16, 24],
    ['16 tot 24 uur per week', false, 16, 24],
    ['24-28 uur', true, 24, 28],
    ['32-40', true, 32, 40],
    ['20-24 per week', false, 20, 24],
    ['32 uren per week', false, 32, 32],
    ['28 hrs/week', false, 28, 28],
    ['16 hours per week', false, 16, 16],
    ['voor 27 Uur per week.', false, 27, 27],
    ['16 uur / per week', false, 16, 16],
    ['gemiddeld 24 uur', false, 24, 24],
    ['24 - 24 uur per week', false, 24, 24],
    ['3 dagen per week', false, 24, 24],
    ['vier dagen per week', false, 32, 32],
    ['36', true, 36, 36],
  ])('%j (labelled: %s) is %d–%d', (raw, labelled, min, max) => {
    expect(parseHours(raw, { labelled })).toMatchObject({ min, max });
  });

  it.each([
    'Reactie binnen 24 uur', 'o.b.v. 36u', '6 maanden', '2024-2025',
    // Where the days are spent, not how many are worked.
    'De gemeente werkt hybride; je bent minimaal twee dagen per week op kantoor.',
    'Je bent 3 dagen per week aanwezig in het provinciehuis.',
    'You work 2 days a week on site in The Hague.',
  ])('%j is not hours per week', (raw) => {
    expect(parseHours(raw, { labelled: false })).toBeNull();
  });
});

describe('periods and durations', () => {
  const ctx = { now: '2025-06-01' };
  it.each([
    ['6 maanden', 6],
    ['12 maanden, met optie tot verlenging van 2 x 6 maanden', 12],
    ['1 jaar', 12],
    ['36 maanden', 36],
    ['8 weken', 1.8],
    ['9 maanden (5 jan. 2026 - 5 okt. 2026)', 9],
  ])('duration %j is %d months', (raw, months) => expect(parseDurationMonths(raw)).toBe(months));

  it.each([
    ['12 maanden, met optie tot verlenging van 2 x 6 maanden', 'optie tot verlenging van 2 x 6 maanden'],
    ['Optie tot verlenging: Ja', 'Optie tot verlenging: Ja'],
    ['De opdracht kan 2 keer met 6 maanden worden verlengd.', '2 keer met 6 maanden worden verlengd'],
  ])('extension in %j', (raw, ext) => expect(parseExtension(raw)).toBe(ext));

  it.each([
    ['01-01-2025 - 31-12-2025', '2025-01-01', '2025-12-31'],
    ['15.10.2026 - 31.12.2026', '2026-10-15', '2026-12-31'],
    ['Van 2026-03-02 tot 2027-03-02', '2026-03-02', '2027-03-02'],
    ['16 Februari 2026 tot 16 Januari 2027', '2026-02-16', '2027-01-16'],
    ['van 1 oktober 2026 tot 1 oktober 2027', '2026-10-01', '2027-10-01'],
    ['1 februari 2026 t/m 31 januari 2027', '2026-02-01', '2027-01-31'],
    ['9 maanden (5 jan. 2026 - 5 okt. 2026)', '2026-01-05', '2026-10-05'],
    ['januari t/m juni 2026', '2026-01-01', '2026-06-30'],
    ['tot en met 30-04-2025', null, '2025-04-30'],
  ])('period %j runs %s to %s', (raw, start, end) => {
    expect(parsePeriod(raw, ctx)).toMatchObject({ start, end });
  });

  it('reads a lone date under "Duur" as the end date', () => {
    expect(parsePeriod('31-12-2025', ctx, 'end')).toMatchObject({ start: null, end: '2025-12-31' });
  });

  it.each([
    ['2026-02-01', '2027-01-31', 12],
    ['2021-10-25', '2022-04-25', 6],
    ['2026-01-05', '2026-10-05', 9],
  ])('%s to %s is %d months', (a, b, n) => expect(monthsBetween(a, b)).toBe(n));
});
