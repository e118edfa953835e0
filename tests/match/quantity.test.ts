import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../lib/cv/cv';
import { readCv } from '../../lib/cv/read-cv';
import { indexCv } from '../../lib/match/cv-index';
import { matchRequirement } from '../../lib/match/match';
import { quantitiesAsked, quantitiesOn } from '../../lib/match/quantity';

describe('how many people and how much money', () => {
  it.each([
    ['een programmateam van minimaal 10 medewerkers', 'people', 10],
    ['multidisciplinaire teams van minimaal 6 personen', 'people', 6],
    ['teams of at least twelve staff', 'people', 12],
    ['een meerjarige begroting van meer dan € 10 miljoen', 'money', 10_000_000],
    ['met een jaarlijkse waarde van ten minste € 1,5 mln', 'money', 1_500_000],
    ['projecten groter dan 5 miljoen euro', 'money', 5_000_000],
    ['een budget van minimaal € 500.000', 'money', 500_000],
    ['een kantoorpand groter dan 10.000 m² bvo', 'area', 10_000],
    ['a building of more than 5,000 square metres', 'area', 5_000],
    ['een gemeente met meer dan 100.000 inwoners', 'inhabitants', 100_000],
  ])('reads what %j asks', (text, kind, min) => {
    expect(quantitiesAsked(text)).toMatchObject([{ kind, min }]);
  });

  it('asks no quantity where a requirement only counts years, hours or things', () => {
    expect(quantitiesAsked('Minimaal 5 jaar ervaring als projectleider')).toEqual([]);
    expect(quantitiesAsked('Beschikbaar voor minimaal 32 uur per week')).toEqual([]);
    expect(quantitiesAsked('Ervaring met minimaal twee aanbestedingen')).toEqual([]);
  });

  it.each([
    ['• Led a programme team of 12 (functional line management of 9 project leaders and 3 advisers).', { people: 12 }],
    ['Leidinggevende van een team van twaalf Wmo-consulenten en twee administratief medewerkers.', { people: 12 }],
    ['Aansturen van een projectteam van 8 medewerkers', { people: 8 }],
    ['Managed a programme team of 8 and a budget of € 6 million', { people: 8, money: 6_000_000 }],
    ['Eindverantwoordelijk voor een projectbudget van € 1,2 miljoen', { money: 1_200_000 }],
    ['Begroting € 500.000 per jaar', { money: 500_000 }],
    ['Beleid voor de Wmo 2015 geschreven; 40 uur per week', {}],
    ['Renovatie van het stadskantoor: 6.800 m² bvo, UAV 2012.', { area: 6_800 }],
    ['Led the Wmo team of 31 staff (26.4 fte) in a city of 165,000 inhabitants.', { people: 31, inhabitants: 165_000 }],
  ])('finds the numbers %j states', (text, found) => {
    expect(quantitiesOn(text)).toEqual(found);
  });

  describe('against a CV', () => {
    const index = indexCv(
      readCv(`Werkervaring
Programmamanager | Gemeente Utrecht | 2020 – heden
• Leiding aan een programmateam van 12 medewerkers.
• Programmabegroting van € 14 miljoen beheerd.
Projectleider | Gemeente Zeist | 2015 – 2020
• Aansturen van een projectteam van 6 medewerkers en een budget van € 800.000.
`),
    );
    const verdict = (requirement: string) =>
      matchRequirement(requirement, { index, profile: EMPTY_PROFILE, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today: '2025-09-15' });

    it('is shown by a line with as many or more', () => {
      const team = verdict('Ervaring met het aansturen van een programmateam van minimaal 10 medewerkers.');
      expect(team.verdict).toBe('met');
      expect(team.evidence[0].text).toBe('• Leiding aan een programmateam van 12 medewerkers.');
      expect(verdict('Ervaring met het beheren van een programmabegroting van meer dan € 10 miljoen.').verdict).toBe('met');
    });

    it('is not shown by fewer, nor by the same words with a smaller number', () => {
      expect(verdict('Ervaring met het aansturen van een projectteam van minimaal 20 medewerkers.').verdict).not.toBe('met');
      expect(verdict('Ervaring met het beheren van een budget van meer dan € 50 miljoen.').verdict).not.toBe('met');
    });

    it('is not met when the best the CV shows was done at a smaller size, and unclear when no size is stated', () => {
      // The programme team of 12 is the best the CV shows: fewer than 20 asked.
      expect(verdict('Ervaring met het aansturen van een programmateam van minimaal 20 medewerkers.')).toMatchObject({ verdict: 'unmet', why: 'the CV states fewer than asked' });
      expect(verdict('Ervaring met het leiden van de verbouwing van een kantoorpand groter dan 10.000 m².').verdict).not.toBe('met');
    });
  });
});
