import { describe, expect, it } from 'vitest';
import { compileGroups, expandTruncations, plain, stem, unitMatches, unitsOf } from '../../lib/match/terms';
import { SYNONYM_GROUPS } from '../../lib/vocabulary/cv-synonyms';
import { CV_SECTION_HEADINGS } from '../../lib/vocabulary/cv-sections';
import { phraseSamples } from '../../lib/vocabulary/phrases';
import { sectionOfHeading } from '../../lib/cv/read-cv';

const lineOf = (text: string) => {
  const u = unitsOf(text, undefined, true);
  return { concepts: new Set(u.all.filter((x) => x.startsWith('@'))), stems: u.stems };
};
const shows = (requirement: string, line: string) => unitsOf(requirement, undefined, false).all.every((u) => unitMatches(u, lineOf(line)));

describe('the bilingual synonym list', () => {
  const entries = SYNONYM_GROUPS.flatMap((g) => g.terms.map((term) => [g.id, term] as const));
  it.each(entries)('%s: "%s" names its concept in a requirement and in a CV line', (id, term) => {
    expect(unitsOf(`ervaring met ${term}`, undefined, false).all).toContain(`@${id}`);
    expect(lineOf(`ik heb gewerkt aan ${term} bij de klant`).concepts).toContain(`@${id}`);
  });

  const narrower = SYNONYM_GROUPS.flatMap((g) => (g.narrower ?? []).map((term) => [g.id, term] as const));
  it.each(narrower)('%s: a CV line about "%s" shows the broader concept; a requirement for it does not ask the broad one', (id, term) => {
    expect(lineOf(`ruime ervaring met ${term}`).concepts).toContain(`@${id}`);
    expect(unitsOf(`ervaring met ${term}`, undefined, false).all).not.toContain(`@${id}`);
  });

  it('asks the broad concept when the requirement names it in its own right, next to narrower ones', () => {
    const units = unitsOf('Ervaring met inkoop in het sociaal domein (Wmo en/of Jeugdwet)', undefined, false).all;
    expect(units).toEqual(expect.arrayContaining(['@social-domain', '@wmo', '@procurement']));
    expect(units).not.toContain('sociaal');
    expect(unitsOf('Ervaring bij de Rijksoverheid', undefined, false).all).not.toContain('@government');
  });

  it('matches across Dutch and English, and across compounds', () => {
    expect(shows('programmamanager', 'Programme Manager, Heat Transition')).toBe(true);
    expect(shows('project manager', 'Projectleider Jeugd | Gemeente Tilburg')).toBe(true);
    expect(shows('jeugdhulp', 'Ambulant jeugdhulpverlener')).toBe(true);
    expect(shows('jeugd', 'Inkoop jeugdhulp voorbereid')).toBe(true);
    expect(shows('bijeenkomsten', 'Opgezet: een reeks wijkbijeenkomsten in Oosterhout-Noord')).toBe(true);
    expect(shows('sociaal domein', 'Teamleider Wmo-consulenten')).toBe(true);
    expect(shows('Wmo', 'Projectleider sociaal domein')).toBe(false);
  });

  it('does not take a verb for a compound ("zorgt" is no care)', () => {
    expect(lineOf('Zorgt voor gedeeld eigenaarschap').concepts).not.toContain('@care');
    expect(lineOf('Zorgverlening in de wijk').concepts).toContain('@care');
  });

  it('adds the user’s own synonyms to the built-in ones', () => {
    const groups = compileGroups([...SYNONYM_GROUPS, { id: 'own-1', terms: ['suite4sociaaldomein', 'regiesysteem'] }]);
    expect(unitsOf('Ervaring met een regiesysteem', groups, false).all).toContain('@own-1');
  });
});

describe('words', () => {
  it.each([
    ['projecten', 'project'], ['gemeenten', 'gemeent'], ['gemeente', 'gemeent'], ['bijeenkomsten', 'bijeenkomst'],
    ['implementing', 'implement'], ['implemented', 'implement'], ['werkzaamheden', 'werkzaamheid'], ['wmo', 'wmo'],
  ])('stems %j to %j', (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it('folds accents and punctuation', () => expect(plain('Geïmplementeerd: “Triage–model”')).toBe('geimplementeerd triage model'));

  it('reads the longest term first: a term inside a longer one of another concept names nothing', () => {
    expect(unitsOf('Kennis van de Wet open overheid', undefined, false).all).toEqual(['@open-government']);
    expect(unitsOf('Het Digitaal Stelsel Omgevingswet', undefined, false).all).toEqual(['@dso']);
    // A CV line still shows the broader concept of its narrower term.
    expect(unitsOf('Aansluiting op het Digitaal Stelsel Omgevingswet ingericht').all).toEqual(expect.arrayContaining(['@dso', '@environment-act']));
  });

  it('leaves out the words every requirement is made of', () => {
    expect(unitsOf('Aantoonbare werkervaring met het opstellen van een omgevingsplan, blijkend uit cv', undefined, false).all).toEqual(['omgevingsplan']);
  });
});

describe('CV section headings', () => {
  const entries = Object.entries(CV_SECTION_HEADINGS).flatMap(([section, list]) => list.flatMap((entry) => phraseSamples(entry).map((sample) => [section, sample] as const)));
  it.each(entries)('%s: "%s"', (section, sample) => {
    expect(sectionOfHeading(sample.charAt(0).toUpperCase() + sample.slice(1))).toBe(section);
    expect(sectionOfHeading(`${sample.toUpperCase()}:`)).toBe(section);
  });
});

describe('a Dutch compound written short', () => {
  it.each([
    ['verander- en innovatieprocessen', 'veranderprocessen en innovatieprocessen'],
    ['verander -en innovatieprocessen', 'veranderprocessen en innovatieprocessen'],
    ['verander/innovatieprocessen', 'veranderprocessen/innovatieprocessen'],
    ['project- of programmamanager', 'projectmanager of programmamanager'],
    ['Wmo-consulenten en jeugdconsulenten', 'Wmo-consulenten en jeugdconsulenten'],
    ['hbo/wo', 'hbo/wo'],
  ])('reads %j as %j', (short, whole) => expect(expandTruncations(short)).toBe(whole));

  it('is no compound of a term when it is the term\'s plural: "veranderprocessen" asks the concept only', () => {
    expect(unitsOf('het leiden van veranderprocessen', undefined, false).all).toEqual(expect.arrayContaining(['@change']));
    expect(unitsOf('het leiden van veranderprocessen', undefined, false).all).not.toContain('veranderprocess');
  });
});
