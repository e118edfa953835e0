import { describe, expect, it } from 'vitest';
import { splitGluedLabels } from '../../lib/extract/label-values';
import { labelField } from '../../lib/extract/labels';
import { cleanItem, splitGluedItems } from '../../lib/extract/requirement-item';
import { endsSection, kindFromCode, sectionKind } from '../../lib/extract/section-vocabulary';

describe('labelField knows the label vocabulary of Dutch and English portals', () => {
  it.each([
    ['Sluitingsdatum', 'deadline'],
    ['Sluitingsdatum:', 'deadline'],
    ['Reageren vóór', 'deadline'],
    ['Einde inschrijfdatum', 'deadline'],
    ['Sollicitatie deadline', 'deadline'],
    ['Uiterste datum indienen offerte', 'deadline'],
    ['Application ends', 'deadline'],
    ['Closing date', 'deadline'],
    ['Eindtijd', 'deadlineTime'],
    ['Geplaatst', 'posted'],
    ['Publicatiedatum', 'posted'],
    ['Startdatum', 'start'],
    ['Begindatum', 'start'],
    ['Einddatum', 'end'],
    ['Duur', 'duration'],
    ['Duur van de opdracht', 'duration'],
    ['Looptijd', 'duration'],
    ['Opties verlenging', 'extension'],
    ['Optie tot verlenging', 'extension'],
    ['Tarief', 'rate'],
    ['Max. uurtarief', 'rate'],
    ['Opdracht tarief', 'rate'],
    ['Tarief (excl. btw)', 'rate'],
    ['Uren per week', 'hours'],
    ['Uren/week', 'hours'],
    ['Aantal uur', 'hours'],
    ['Tijdsbesteding', 'hours'],
    ['Aanvraagnummer', 'reference'],
    ['Project ID', 'reference'],
    ['Referentienummer', 'reference'],
    ['Opdrachtgever', 'client'],
    ['Organisatie', 'client'],
    ['Bedrijfsgegevens', 'client'],
    ['Locatie', 'location'],
    ['Standplaats', 'location'],
    ['Regio', 'region'],
  ])('%j announces %s', (label, field) => expect(labelField(label)).toBe(field));

  it.each(['Tarief is marktconform en wordt in overleg bepaald', 'Opleidingsniveau', 'DAS', 'Salaris', 'Max salaris detachering', 'Werkzaamheden'])(
    '%j is not a field label',
    (label) => expect(labelField(label)).toBeNull(),
  );
});

describe('splitGluedLabels separates labels glued to values', () => {
  it('splits "Opdracht tarief 115Opdracht uren 32"', () => {
    expect(splitGluedLabels('Opdracht tarief 115Opdracht uren 32')).toEqual([
      ['Opdracht tarief', '115'],
      ['Opdracht uren', '32'],
    ]);
  });
  it('splits at a later "Label:" after a space', () => {
    expect(splitGluedLabels('Geplaatst 24 sep. 2021 Project ID: YIS 9101849')).toEqual([
      ['Geplaatst', '24 sep. 2021'],
      ['Project ID', 'YIS 9101849'],
    ]);
  });
  it('prefers the longest label ("Start date" over "Start")', () => {
    expect(splitGluedLabels('Start date1 March 2026Duration6 months')).toEqual([
      ['Start date', '1 March 2026'],
      ['Duration', '6 months'],
    ]);
  });
  it('leaves ordinary sentences alone', () => {
    expect(splitGluedLabels('De opdracht start in Utrecht en duurt een jaar')).toEqual([]);
  });
});

describe('cleanItem takes bullets, codes and weights off a requirement', () => {
  it.each([
    ['• HBO of WO denk- en werkniveau', { text: 'HBO of WO denk- en werkniveau' }],
    ['K1. Minimaal 5 jaar ervaring', { text: 'Minimaal 5 jaar ervaring', code: 'K1' }],
    ['E2 Kennis van de Omgevingswet', { text: 'Kennis van de Omgevingswet', code: 'E2' }],
    ['- 1. Beschikt over een afgeronde WO opleiding.', { text: 'Beschikt over een afgeronde WO opleiding.', code: '1' }],
    ['Eis 3: Ervaring met Agile', { text: 'Ervaring met Agile', code: 'Eis 3' }],
    ['Ervaring met aanbesteden (30%)', { text: 'Ervaring met aanbesteden', weight: 30 }],
    ['Ervaring met BIO. (40 punten)', { text: 'Ervaring met BIO.', weight: 40 }],
    ['Kennis van de Wmo (Weging: 20)', { text: 'Kennis van de Wmo', weight: 20 }],
    ['Ervaring met GGI Weging: 10 %', { text: 'Ervaring met GGI', weight: 10 }],
    ['Minimaal 1 jaar werkervaring in de afgelopen 3 jaar;', { text: 'Minimaal 1 jaar werkervaring in de afgelopen 3 jaar' }],
  ])('%j', (raw, expected) => expect(cleanItem(raw)).toEqual(expected));

  it('keeps a number that is part of the requirement ("1 jaar …")', () => {
    expect(cleanItem('1 jaar ervaring als PMO')).toEqual({ text: '1 jaar ervaring als PMO' });
  });
  it('keeps a bracket that is not a weight', () => {
    expect(cleanItem('Ervaring met Key2Belastingen (of vergelijkbaar) (40%)')).toEqual({
      text: 'Ervaring met Key2Belastingen (of vergelijkbaar)',
      weight: 40,
    });
  });
});

describe('splitGluedItems splits hidden copies that were run together', () => {
  it('splits "…projecten etcMinimaal HBO…"', () => {
    expect(splitGluedItems('bij te dragen aan rapportages, projecten etcMinimaal HBO werk- en denkniveau, blijkend uit opleiding')).toEqual([
      'bij te dragen aan rapportages, projecten etc',
      'Minimaal HBO werk- en denkniveau, blijkend uit opleiding',
    ]);
  });
  it('splits after a long capitalised word ("BestuurskundeMinimaal")', () => {
    expect(splitGluedItems('in de richting van BestuurskundeMinimaal 1 jaar werkervaring als PMO')).toHaveLength(2);
  });
  it.each(['Ervaring met SharePoint en PowerPoint is een pré', 'Adviseur bij McKinsey of vergelijkbaar bureau', 'Kennis van iPhone en DigiD'])(
    'keeps brand names whole: %j',
    (text) => expect(splitGluedItems(text)).toEqual([text]),
  );
});

describe('section vocabulary', () => {
  it.each([
    ['Functie eisen', 'knockout'],
    ['Functie-eisen / Competenties', 'competency'], // qualities: points only where the page has no other eisen (r04)
    ['De Eisen', 'knockout'],
    ['Knock-outcriteria', 'knockout'],
    ['Minimumeisen', 'knockout'],
    ['Harde eisen', 'knockout'],
    ['Must-haves', 'knockout'],
    ['Requirements', 'knockout'],
    ['Vereisten', 'knockout'],
    ['Functie wensen', 'wish'],
    ['Gunningscriteria', 'wish'],
    ["Pré's", 'wish'],
    ['Pluspunten', 'wish'],
    ['Nice-to-have', 'wish'],
    ['Wie zoeken we', 'other'],
    ['Wat vragen wij', 'other'],
    ['Wat breng je mee?', 'other'],
    ['Competenties', 'competency'],
    ['Eisen en wensen', 'mixed'],
  ])('%j opens a %s section', (heading, kind) => expect(sectionKind(heading)).toBe(kind));

  it.each(['Werkzaamheden', 'Over de organisatie', 'Gewenst uurtarief (excl. btw)', 'Aan de slag'])('%j is not a requirement section', (h) =>
    expect(sectionKind(h)).toBeNull(),
  );
  it('ends a section at the application process but not at a word that merely starts like it', () => {
    expect(endsSection('Interesse in deze opdracht?')).toBe(true);
    expect(endsSection('Procedure')).toBe(true);
    expect(endsSection('Resultaatgericht')).toBe(false);
  });
  it('reads kinds from item codes', () => {
    expect(kindFromCode('K1')).toBe('knockout');
    expect(kindFromCode('E2')).toBe('knockout');
    expect(kindFromCode('W3')).toBe('wish');
    expect(kindFromCode('G1')).toBe('wish');
    expect(kindFromCode('4')).toBeNull();
  });
});
