import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../lib/cv/periods';
import { countMonths, durationAsked, formatMonths, roundYears } from '../../lib/match/years';

const ym = (year: number, month: number) => ({ year, month });

describe('periods in a CV', () => {
  it.each([
    ['sep. 2023 – heden', ym(2023, 9), null, 'month', 'now'],
    ['01-2017 t/m 12-2020', ym(2017, 1), ym(2020, 12), 'month', 'month'],
    ['2015 - 2018', ym(2015, 1), ym(2018, 12), 'year', 'year'],
    ['maart 2012 – februari 2014', ym(2012, 3), ym(2014, 2), 'month', 'month'],
    ['2021–nu', ym(2021, 1), null, 'year', 'now'],
    ['Sep 2016 - to date', ym(2016, 9), null, 'month', 'now'],
    ['APRIL 2023 – HEDEN', ym(2023, 4), null, 'month', 'now'],
    ['okt. 2020 - apr. 2022', ym(2020, 10), ym(2022, 4), 'month', 'month'],
    ['Jan 2021 – present', ym(2021, 1), null, 'month', 'now'],
    ['03/2017 – 12/2020', ym(2017, 3), ym(2020, 12), 'month', 'month'],
    ['2008 – apr. 2013', ym(2008, 1), ym(2013, 4), 'year', 'month'],
    ['Projectleider | Gemeente Breda | mei 2013 – feb. 2018', ym(2013, 5), ym(2018, 2), 'month', 'month'],
    ['[ 01/03/2019 – 31/12/2021 ] Projectleider', ym(2019, 3), ym(2021, 12), 'month', 'month'], // Europass
    ['[ 01/09/2022 – Huidig ]', ym(2022, 9), null, 'month', 'now'],
    ['01-03-2019 t/m 31-12-2021', ym(2019, 3), ym(2021, 12), 'month', 'month'],
    ['1 maart 2019 - 31 december 2021', ym(2019, 3), ym(2021, 12), 'month', 'month'],
    ['2019-03 – 2021-12', ym(2019, 3), ym(2021, 12), 'month', 'month'],
    ['2019-03-01 – 2021-12-31', ym(2019, 3), ym(2021, 12), 'month', 'month'],
    ['januari 2021 - Present (3 jaar 11 maanden)', ym(2021, 1), null, 'month', 'now'], // LinkedIn
    ['Zelfstandig adviseur | Van Dijk Advies | sinds 2018', ym(2018, 1), null, 'year', 'now'], // a start only, up to now
    ['Eigenaar Jansen Advies (vanaf maart 2016)', ym(2016, 3), null, 'month', 'now'],
  ])('reads %j', (text, from, to, fromPrecision, toPrecision) => {
    expect(findPeriod(text)?.period).toEqual({ from, to, fromPrecision, toPrecision });
  });

  it.each(['Informatieplan 2023', 'PRINCE2 Foundation – 2017', '2018 – 2015', 'Tel. 06 - 2018 4409', 'Geboortedatum: 14-06-1983', '2019-13 – 2020-14', 'Sinds 2015 werk ik als zelfstandig adviseur.'])('finds no period in %j', (text) => {
    expect(findPeriod(text)).toBeNull();
  });
});

describe('years of experience', () => {
  it('reads "niet ouder dan 3 jaar" as a window, not as years asked', () => {
    expect(durationAsked('Recente ervaring (niet ouder dan 3 jaar) als projectleider')).toMatchObject({ windowYears: 3, minimum: false });
  });

  it.each([
    ['Minimaal 5 jaar werkervaring als projectmanager in de afgelopen 8 jaar', 5, 8],
    ['Je hebt minimaal 1 jaar werkervaring in de afgelopen 3 jaar als projectleider zorg', 1, 3],
    ['At least three years of experience as a programme manager in the last 5 years', 3, 5],
    ['Ten minste vijf jaar ervaring met de Omgevingswet', 5, null],
    ['Minimaal 6 maanden ervaring als scrum master', 0.5, null],
    ['Minimaal 8 jaar werkervaring als programmamanager, waarvan minimaal 3 jaar in de afgelopen 5 jaar', 8, null],
    ['Minimaal vijf (5) jaar ervaring als projectleider', 5, null], // tenders write the number twice
    ['At least three (3) years of relevant experience', 3, null],
    ['Je hebt 3 tot 5 jaar ervaring als beleidsadviseur', 3, null], // a range asks its least
    ['3-5 years of experience as a policy adviser', 3, null],
  ])('reads what %j asks', (text, years, windowYears) => {
    expect(durationAsked(text)).toMatchObject({ years, windowYears, minimum: true });
  });

  it('reads a window without a minimum as "some time in it"', () => {
    expect(durationAsked('Ervaring als informatiemanager bij een provincie in de afgelopen 5 jaar')).toMatchObject({ windowYears: 5, minimum: false });
  });

  it('asks nothing of a requirement without a duration, or with an age', () => {
    expect(durationAsked('Kennis van de Jeugdwet')).toBeNull();
    expect(durationAsked('Een team van 12 medewerkers aangestuurd')).toBeNull();
  });

  const today = ym(2025, 9);
  const period = (from: [number, number], to: [number, number] | null, precision: 'month' | 'year' = 'month') => ({
    from: ym(...from), to: to && ym(...to), fromPrecision: precision, toPrecision: to ? precision : ('now' as const),
  });

  it('counts months inclusively, "heden" up to the capture month', () => {
    expect(countMonths([period([2023, 9], null)], today, null).months).toBe(25);
    expect(countMonths([period([2021, 2], [2023, 8])], today, null).months).toBe(31);
    expect(countMonths([period([2015, 1], [2018, 12], 'year')], today, null).months).toBe(48);
  });

  it('merges overlapping entries, never counting a month twice', () => {
    const { months, each } = countMonths([period([2019, 1], [2021, 12]), period([2021, 1], [2022, 6])], today, null);
    expect(months).toBe(42);
    expect(each).toEqual([36, 18]);
  });

  it('counts only the part inside the window: the last 12·M months up to the capture month', () => {
    // 8 years back from Sep 2025: Oct 2017 .. Sep 2025.
    expect(countMonths([period([2016, 1], [2018, 3])], today, 8).months).toBe(6);
    // A role that ended two months before the window opened does not count at all.
    expect(countMonths([period([2012, 1], [2017, 7])], today, 8).months).toBe(0);
  });

  it('rounds to one decimal and words it', () => {
    expect(roundYears(64)).toBe(5.3);
    expect(formatMonths(64)).toBe('5 jaar 4 mnd');
    expect(formatMonths(13, 'en')).toBe('1 year 1 month');
  });
});
