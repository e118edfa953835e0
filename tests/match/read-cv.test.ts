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
    // With a qualifier in brackets, joined with "&" or "/", and the headings of LinkedIn and Europass exports.
    ['Werkervaring (selectie)', 'experience'], ['Opdrachten (chronologisch)', 'experience'], ['Werkervaring & opdrachten', 'experience'],
    ['Opleidingen & cursussen', 'education'], ['Education & certifications', 'education'], ['Cursussen / trainingen', 'certificates'],
    ["Werkervaring als zzp'er", 'experience'], ['Projectervaring', 'experience'], ['Top Skills', 'skills'], ['ONDERWIJS EN OPLEIDING', 'education'],
  ])('knows the heading %j', (text, section) => expect(sectionOfHeading(text)).toBe(section));

  it('takes no long line or a line with a period for a heading', () => {
    expect(sectionOfHeading('Werkervaring bij de gemeente Utrecht als projectleider sociaal domein')).toBeNull();
    expect(sectionOfHeading('Opleiding 2003 – 2007')).toBeNull();
  });

  describe('entries written as a form, and LinkedIn exports', () => {
    const read = (text: string) => readCv(text).entries.map((e) => `${e.role} @ ${e.organisation} ${e.period?.from.year}-${e.period?.to?.year ?? 'now'} [${e.header}]`);

    it('reads labelled fields in any order, with the role line as the header', () => {
      expect(read('Werkervaring\nOpdrachtgever: Gemeente Ede\nPeriode: 2019 – 2021\nFunctie: Projectleider\nWerkzaamheden:\n- plan van aanpak\n\nPeriode: 2015 – 2019\nWerkgever: Provincie Gelderland\nRol: Beleidsadviseur')).toEqual([
        'Projectleider @ Gemeente Ede 2019-2021 [Functie: Projectleider]',
        'Beleidsadviseur @ Provincie Gelderland 2015-2019 [Rol: Beleidsadviseur]',
      ]);
    });

    it('gives the lines above the period in a form to their own entry, not the one before', () => {
      const cv = readCv('Werkervaring\nPeriode: 2019 – 2021\nFunctie: Projectleider\n- bullet een\nOpdrachtgever: Gemeente Ede\nFunctie: Adviseur\nPeriode: 2015 – 2019');
      expect(cv.lines.find((l) => l.text === 'Opdrachtgever: Gemeente Ede')!.entry).toBe(1);
      expect(cv.lines.find((l) => l.text === '- bullet een')!.entry).toBe(0);
    });

    it('reads a table as text: each label on its own line above its value, or beside it after a gap', () => {
      expect(read('Ervaring\nPeriode\nmaart 2019 – december 2021\nOpdrachtgever\nGemeente Deventer\nFunctie\nProgrammamanager Ruimte\n\nClient  Province of Utrecht\nRole  Programme Manager\nPeriod  2015 – 2019')).toEqual([
        'Programmamanager Ruimte @ Gemeente Deventer 2019-2021 [Programmamanager Ruimte]',
        'Programme Manager @ Province of Utrecht 2015-2019 [Role  Programme Manager]',
      ]);
    });

    it('reads several labelled fields on one line', () => {
      expect(read('Werkervaring\nOpdrachtgever: Gemeente Ede | Rol: Projectleider Wonen | Periode: 2019 – 2021\n• Woningbouw.\nOpdrachtgever: Provincie Utrecht    Periode: 2015 – 2019\nFunctie: Beleidsadviseur')).toEqual([
        'Projectleider Wonen @ Gemeente Ede 2019-2021 [Opdrachtgever: Gemeente Ede | Rol: Projectleider Wonen | Periode: 2019 – 2021]',
        'Beleidsadviseur @ Provincie Utrecht 2015-2019 [Functie: Beleidsadviseur]',
      ]);
    });

    it('takes a period on a line of its own just above or below the labelled fields', () => {
      expect(read('Werkervaring\njan 2022 – heden\nOpdrachtgever: Gemeente Zwolle\nFunctie: Projectleider\n\nOpdrachtgever: Gemeente Kampen\nFunctie: Adviseur\n2018 – 2021')).toEqual([
        'Projectleider @ Gemeente Zwolle 2022-now [Functie: Projectleider]',
        'Adviseur @ Gemeente Kampen 2018-2021 [Functie: Adviseur]',
      ]);
    });

    it('takes the period from another field and the assignment for the role when no role is given', () => {
      expect(read('Opdrachten\nOpdrachtgever: Waterschap Vallei en Veluwe (2020 – 2022)\nOpdracht: Implementatie Omgevingswet')).toEqual([
        'Implementatie Omgevingswet @ Waterschap Vallei en Veluwe 2020-2022 [Opdracht: Implementatie Omgevingswet]',
      ]);
    });

    it('takes a labelled organisation under a one-line role for the role\'s organisation', () => {
      expect(read('Werkervaring\nProjectleider Wonen | 2019 – 2021\nOpdrachtgever: Gemeente Ede\n- Woningbouwprogramma.')).toEqual(['Projectleider Wonen @ Gemeente Ede 2019-2021 [Projectleider Wonen | 2019 – 2021]']);
    });

    it('reads the role on the line under an organisation with its period, with or without a label', () => {
      expect(read('Werkervaring\nGemeente Ede (2019 – 2021)\nFunctie: Projectleider Wonen\n- Woningbouwprogramma.\nProvincie Gelderland, 2015 – 2019\nBeleidsadviseur ruimtelijke ordening\n- Omgevingsvisie.')).toEqual([
        'Projectleider Wonen @ Gemeente Ede 2019-2021 [Functie: Projectleider Wonen]',
        'Beleidsadviseur ruimtelijke ordening @ Provincie Gelderland 2015-2019 [Beleidsadviseur ruimtelijke ordening]',
      ]);
    });

    it('takes one labelled line in a description for no form', () => {
      expect(read('Werkervaring\nProjectleider | Gemeente Ede | 2019 – 2021\nProject: herinrichting centrum\nResultaat: raadsbesluit voorbereid')).toEqual(['Projectleider @ Gemeente Ede 2019-2021 [Projectleider | Gemeente Ede | 2019 – 2021]']);
    });

    it('reads no form in the education section', () => {
      expect(read('Werkervaring\nAdviseur | Gemeente Ede | 2019 – 2021\n\nOpleiding\nPeriode: 2008 – 2012\nOpleiding: Bestuurskunde\nInstituut: Universiteit Twente')).toHaveLength(1);
    });

    it('finds the roles after a skills list when no heading says where the work is', () => {
      const cv = readCv('Jan de Boer\n\nProfiel\nErvaren projectleider.\n\nVaardigheden\nStakeholdermanagement\nPlanning\n\n2019 – heden  Gemeente Ede — Projectleider Wonen\n• Woningbouwprogramma opgezet.\n\n2015 – 2019  Provincie Gelderland — Beleidsadviseur\n\nOpleiding\n2008 – 2012  Bestuurskunde, Radboud Universiteit');
      expect(cv.entries.map((e) => `${e.role} @ ${e.organisation}`)).toEqual(['Projectleider Wonen @ Gemeente Ede', 'Beleidsadviseur @ Provincie Gelderland']);
      expect(cv.lines.find((l) => l.text === '• Woningbouwprogramma opgezet.')).toMatchObject({ section: 'experience', entry: 0 });
      expect(cv.lines.find((l) => l.text === 'Planning')).toMatchObject({ section: 'skills', entry: null });
    });

    it('takes no LinkedIn tenure "(3 jaar 11 maanden)" for an organisation, and finds the company above a tenure line for each of its roles', () => {
      expect(read('Ervaring\nGemeente Utrecht\nProjectleider Wmo\njanuari 2021 - Present (3 jaar 11 maanden)\nUtrecht, Nederland\nVerantwoordelijk voor de inkoop.\nGemeente Amersfoort\n4 jaar 2 maanden\nProgrammamanager\nmaart 2019 - december 2020 (1 jaar 10 maanden)\nLeiding aan het programma.\nBeleidsadviseur\nnovember 2016 - maart 2019 (2 years 5 months)')).toEqual([
        'Projectleider Wmo @ Gemeente Utrecht 2021-now [Projectleider Wmo]',
        'Programmamanager @ Gemeente Amersfoort 2019-2020 [Programmamanager]',
        // The second role in LinkedIn's group of roles at one company: at that company.
        'Beleidsadviseur @ Gemeente Amersfoort 2016-2019 [Beleidsadviseur]',
      ]);
    });
  });
});

describe('a CV as the text of a two-column PDF', () => {
  const cv = readCv(`Curriculum vitae – Marloes van Beek
MARLOES VAN BEEK
PROFIEL
Kwartiermaker met twintig jaar ervaring in digitale dienstverlening en informatie-
beveiliging bij gemeenten.
WERKERVARING
10/2024 - heden  Kwartiermaker Digitalisering, Omgevingsdienst Regio Arnhem
• Nieuw team Informatievoorziening & Security ingericht (9 fte, waarvan 4 nieuw geworven).
Pagina 1 van 2
Curriculum vitae – Marloes van Beek
CERTIFICATEN
MSP Practitioner (2018)
TALEN
Engels – vloeiend (C1)
• Migratieplan opgesteld voor 310.000 zaken en dossiers uit het oude VTH-systeem.
10/2020 - 09/2024  Adviseur Informatiebeveiliging, Rijksdienst voor Ondernemend Nederland (RVO)
• BIO-implementatieprogramma: 14 projecten, budget € 3,4 mln, team van 11 adviseurs.
OPLEIDING
1997 - 2003  MSc Bestuurskunde, Radboud Universiteit Nijmegen
Pagina 2 van 2
`);
  const text = (l: { text: string }) => l.text;

  it('drops the page numbers and the running header the second time', () => {
    expect(cv.lines.map(text)).not.toContain('Pagina 1 van 2');
    expect(cv.lines.filter((l) => l.text === 'Curriculum vitae – Marloes van Beek')).toHaveLength(1);
  });

  it('joins a word broken at the line end', () => {
    expect(cv.lines.map(text)).toContain('Kwartiermaker met twintig jaar ervaring in digitale dienstverlening en informatiebeveiliging bij gemeenten.');
  });

  it('reads the main column on after the sidebar: the interrupted entry keeps its lines, the next entry is found', () => {
    expect(cv.entries.map((e) => [e.role, e.organisation])).toEqual([
      ['Kwartiermaker Digitalisering', 'Omgevingsdienst Regio Arnhem'],
      ['Adviseur Informatiebeveiliging', 'Rijksdienst voor Ondernemend Nederland (RVO)'],
    ]);
    const migration = cv.lines.find((l) => l.text.startsWith('• Migratieplan'))!;
    expect(migration).toMatchObject({ section: 'experience', entry: 0 });
    // The sidebar's own lines stay where they are.
    expect(cv.lines.find((l) => l.text === 'MSP Practitioner (2018)')).toMatchObject({ section: 'certificates', entry: null });
    expect(cv.lines.find((l) => l.text.startsWith('1997 - 2003'))).toMatchObject({ section: 'education', entry: null });
  });
});

describe('a skills list of sentences after the last role', () => {
  it('stays a skills list: only a main column that goes on with a role is work again', () => {
    const cv = readCv(`Werkervaring
Projectleider Wonen | Gemeente Utrecht | 2019 – heden
- Woningbouwprogramma van 2.000 woningen geleid.

Vaardigheden
- Ruime ervaring met stakeholdermanagement in complexe bestuurlijke omgevingen met veel partijen
- Sterk in het vertalen van beleid naar uitvoering en het bewaken van planning en budget
`);
    expect(cv.lines.filter((l) => l.text.startsWith('- Ruime') || l.text.startsWith('- Sterk'))).toEqual([
      expect.objectContaining({ section: 'skills', entry: null }),
      expect.objectContaining({ section: 'skills', entry: null }),
    ]);
  });
});

describe('assignment blocks of labelled lines', () => {
  it('reads a date inside an entry\'s other labelled lines ("Omvang: … vanaf maart 2022") as part of that entry, not a new one', () => {
    const cv = readCv(`Opdrachten
Opdrachtgever: Antea Group
Periode: sep 2019 - aug 2022
Rol: Programmamanager Gebiedsontwikkeling Spoorzone
Omvang: 24 uur per week (vanaf maart 2022 8 uur, overdracht)
Omschrijving: Via Antea Group voor gemeente Breda programmamanager van de Spoorzone; sturing richting wethouder en gemeenteraad.
Resultaat: Woonvisie Breda 2021 vastgesteld in december 2021.

Opdrachtgever: Gemeente Tilburg
Periode: januari 2021 – augustus 2023
Rol: Projectleider implementatie Omgevingswet
`);
    expect(cv.entries.map((e) => e.role)).toEqual(['Programmamanager Gebiedsontwikkeling Spoorzone', 'Projectleider implementatie Omgevingswet']);
    expect(cv.lines.find((l) => l.text.startsWith('Omschrijving:'))!.entry).toBe(0);
  });
});
