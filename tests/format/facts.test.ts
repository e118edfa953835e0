/** The one formatter: the same words and numbers in the popup, the list, the detail view and the export. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateMove, formatDaysLeft, formatHours, formatHoursShort, formatMonths, formatRate, formatRateShort } from '../../lib/format/facts';

describe('facts as the user reads them', () => {
  it.each([
    [{ min: null, max: 75 }, 'nl', 'max € 75 per uur'],
    [{ min: null, max: 106.5 }, 'nl', 'max € 106,50 per uur'],
    [{ min: 80, max: 95 }, 'en', '€ 80 – € 95 per hour'],
    [{ min: 80, max: null }, 'en', 'from € 80 per hour'],
    [{ min: 90, max: 90 }, 'nl', '€ 90 per uur'],
  ] as const)('rate %j in %s: %j', (rate, lang, text) => expect(formatRate(rate, lang)).toBe(text));
  it('short rates and hours for list rows', () => {
    expect(formatRateShort({ min: null, max: 120 }, 'nl')).toBe('max € 120');
    expect(formatRateShort({ min: 97.5, max: 107.5 }, 'en')).toBe('€ 97.50–107.50');
    expect(formatRateShort({ min: null, max: null }, 'en')).toBeNull();
    expect(formatHoursShort({ min: 32, max: 36 }, 'nl')).toBe('32–36 u/wk');
  });
  it('hours, dates, days left and durations in both languages', () => {
    expect(formatHours({ min: 32, max: 32 }, 'nl')).toBe('32 uur per week');
    expect(formatHours({ min: 1, max: 1 }, 'en')).toBe('1 hour per week');
    expect(formatDate('2025-09-04', 'nl')).toBe('4 september 2025');
    expect(formatDate('2026-01-12T12:00', 'en')).toBe('12 January 2026 at 12:00');
    expect(formatDaysLeft(0, 'nl')).toBe('sluit vandaag');
    expect(formatDaysLeft(1, 'en')).toBe('1 day left');
    expect(formatDaysLeft(-2, 'en')).toBe('closed');
    expect(formatMonths(1, 'nl')).toBe('1 maand');
    expect(formatMonths(1.5, 'nl')).toBe('1,5 maanden');
  });
});

describe('a moved closing date', () => {
  it('says only what changed', () => {
    expect(formatDateMove('2025-09-04', '2025-09-11', 'en')).toEqual({ from: '4', to: '11 September 2025' });
    expect(formatDateMove('2025-09-04', '2025-09-11', 'nl')).toEqual({ from: '4', to: '11 september 2025' });
    expect(formatDateMove('2025-08-30', '2025-09-02', 'en')).toEqual({ from: '30 August', to: '2 September 2025' });
    expect(formatDateMove('2025-12-30', '2026-01-06', 'en')).toEqual({ from: '30 December 2025', to: '6 January 2026' });
    expect(formatDateMove('2025-12-15T12:00', '2025-12-22T12:00', 'en')).toEqual({ from: '15', to: '22 December 2025 at 12:00' });
    expect(formatDateMove('2025-12-15T12:00', '2025-12-15T17:00', 'en').from).toBe('15 December 2025 at 12:00');
  });
});
