import { describe, expect, it } from 'vitest';
import { readCv, sectionOfHeading } from '../../lib/cv/read-cv';
import { loadMatchSet } from '../support/match-set';

const cvs = Object.fromEntries(loadMatchSet().map((s) => [s.name, readCv(s.text)]));
const summary = (name: string) => cvs[name].entries.map((e) => `${e.role} @ ${e.organisation} ${e.period?.from.year}`);

describe('reading a CV into experience entries', () => {
  it('reads one-line entries "Role | Organisation | period"', () => {
    expect(summary('projectleider-sociaal-domein')).toEqual([
      'Projectleider Inkoop Jeugdhulp @ Gemeente Breda (centrumgemeente regio West-Brabant West) 2023',
      'Projectleider Transformatie Jeugd @ Gemeente Oosterhout 2021',
      'Projectleider Wmo & Wijkteams @ Gemeente Roosendaal 2018',
      'Teamleider Wmo-consulenten @ Gemeente Etten-Leur 2013',
      'Ambulant jeugdhulpverlener @ Stichting Jong Perspectief 2008',
    ]);
  });

  it('reads role and organisation above a period on its own line', () => {
    expect(summary('beleidsadviseur')[1]).toBe('Beleidsadviseur externe veiligheid @ Provincie Noord-Holland, Haarlem 2017');
    expect(cvs.beleidsadviseur.entries[1].header).toBe('Beleidsadviseur externe veiligheid');
  });

  it('reads a period on its own line above role and organisation', () => {
    expect(summary('pmo-adviseur')[0]).toBe('Projectsecretaris programma Dienstverlening Dichtbij @ Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, Den Haag 2023');
    expect(cvs['pmo-adviseur'].entries).toHaveLength(5);
  });

  it('reads "period  Organisation — Role" and never takes a bullet that mentions years for an entry', () => {
    expect(summary('informatieadviseur')).toEqual([
      'Informatiemanager Sociaal Domein @ Gemeente Utrecht 2022',
      'Informatieadviseur Sociaal Domein @ Gemeente Nieuwegein 2017',
      'Informatieadviseur Ruimte en Omgevingswet @ Provincie Gelderland 2013',
      'Business analist / consultant overheid @ InfoGroep Nederland BV 2008',
    ]);
  });

  it('reads "Organisation | period" under a role line of its own (English)', () => {
    expect(summary('programme-manager-english').slice(0, 2)).toEqual([
      "Programme Manager, Regional Energy Strategy (RES) @ Province of North Brabant (Provincie Noord-Brabant), 's-Hertogenbosch 2021",
      'Programme Manager, Heat Transition @ Municipality of Eindhoven (approx. 240,000 inhabitants) 2016',
    ]);
  });

  it('gives every line its section and its entry', () => {
    const cv = cvs['projectleider-sociaal-domein'];
    const line = (start: string) => cv.lines.find((l) => l.text.startsWith(start))!;
    expect(line('• Triagemodel voor aanmeldingen')).toMatchObject({ section: 'experience', entry: 1 });
    expect(line('PRINCE2 Foundation')).toMatchObject({ section: 'certificates', entry: null });
    expect(line('Nederlands: moedertaal')).toMatchObject({ section: 'languages', entry: null });
    expect(line('Werkervaring')).toMatchObject({ heading: true });
  });

  it.each([
    ['Werkervaring', 'experience'], ['LOOPBAAN', 'experience'], ['Relevante ervaring', 'experience'], ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Opleidingen', 'education'], ['Education', 'education'], ['Cursussen en trainingen', 'certificates'], ['Certifications', 'certificates'],
    ['Talen:', 'languages'], ['Kennisgebieden', 'skills'], ['Profiel', 'profile'], ['Over mij', 'profile'], ['Nevenactiviteiten', 'other'],
  ])('knows the heading %j', (text, section) => expect(sectionOfHeading(text)).toBe(section));

  it('takes no long line or a line with a period for a heading', () => {
    expect(sectionOfHeading('Werkervaring bij de gemeente Utrecht als projectleider sociaal domein')).toBeNull();
    expect(sectionOfHeading('Opleiding 2003 – 2007')).toBeNull();
  });
});
