import { describe, expect, it } from 'vitest';
import { type CvProfile, EMPTY_PROFILE } from '../../lib/cv/cv';
import { readCv } from '../../lib/cv/read-cv';
import { lineLevel } from '../../lib/match/checks/education';
import { indexCv } from '../../lib/match/cv-index';
import { matchRequirement } from '../../lib/match/match';
import { asksOf } from '../../lib/match/asks';
import { splitVerbParticiples } from '../../lib/match/past-tense';
import { participleVerb, unitMatches, unitsOf } from '../../lib/match/terms';

const CV = `Sanne de Vries
Beschikbaar: per 1 oktober 2025, 32 uur per week
Uurtarief: € 95 excl. btw

Werkervaring
Projectleider Jeugd | Gemeente Tilburg | jan. 2019 – heden
• Triagemodel voor de toegang tot jeugdhulp ingevoerd met de wijkteams.
• Inkoop jeugdhulp voorbereid onder de Jeugdwet.
Beleidsmedewerker Wmo | Gemeente Breda | 2014 – 2018
• Beleid voor de Wmo 2015 geschreven.

Opleiding
2008 – 2012  HBO Bestuurskunde (bachelor), Avans Hogeschool

Certificaten
PRINCE2 Foundation (2016)
IPMA-C (2020)

Talen
Nederlands: moedertaal
Engels: goed
Duits: basis
`;

const index = indexCv(readCv(CV));
const match = (requirement: string, profile: Partial<CvProfile> = {}, today = '2025-09-15') =>
  matchRequirement(requirement, { index, profile: { ...EMPTY_PROFILE, ...profile }, posting: { hoursPerWeek: { min: 36, max: 36, text: '36 uur' }, startDate: '2025-10-01', startAsap: false, rate: null }, today });
const verdict = (requirement: string, profile: Partial<CvProfile> = {}) => match(requirement, profile).verdict;
/** Requirements matched against `cv` on the capture day `today`, with an empty profile and no posting facts. */
const matcherOn = (cv: ReturnType<typeof indexCv>, today: string) => (requirement: string) =>
  matchRequirement(requirement, { index: cv, profile: EMPTY_PROFILE, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today });

describe('education', () => {
  it.each([
    ['HBO Bestuurskunde (bachelor), Avans Hogeschool', 'hbo'],
    ['MSc Planologie — Universiteit van Amsterdam', 'wo'],
    ['Master Public Administration, Erasmus Universiteit', 'wo'],
    ['Post-hbo Projectmatig werken', 'hbo'],
    ['BSc Business Administration, University of Groningen', 'hbo'],
    ['MBO Sociaal-Juridische Dienstverlening', 'mbo'],
    ['Professional Scrum Master I (PSM I)', null],
    ['Atheneum, Stedelijk Gymnasium', null],
    ['HEAO Bedrijfseconomie, Hogeschool Rotterdam', 'hbo'], // the old names of hbo and mbo schools
    ['HTS Bouwkunde', 'hbo'],
    ['MEAO Commerciële economie', 'mbo'],
    ['Universitaire studie Politicologie (niet afgerond)', null], // begun and left: no degree
    ['Propedeuse HBO Bedrijfskunde', null],
  ])('reads the level of %j', (line, level) => expect(lineLevel(line)).toBe(level));

  it('meets hbo and "hbo werk- en denkniveau", not wo', () => {
    expect(verdict('Afgeronde hbo-opleiding')).toBe('met');
    expect(verdict('Minimaal HBO werk- en denkniveau')).toBe('met');
    expect(verdict('Afgeronde WO-opleiding')).toBe('unmet');
    expect(verdict('A completed university degree (WO / master’s level)')).toBe('unmet');
  });

  it('is unclear when the degree is in another field than the one required, not when it is only preferred', () => {
    expect(verdict('Afgeronde hbo-opleiding in de richting van informatiekunde of bedrijfskunde')).toBe('unclear');
    expect(verdict('Afgeronde hbo-opleiding in de richting van bestuurskunde of planologie')).toBe('met');
    expect(verdict('Afgeronde hbo-opleiding, bij voorkeur in de richting van informatiekunde')).toBe('met');
  });
});

describe('certificates', () => {
  it('reads the NEVI level after the course name too ("NEVI Inkoopkunde 2")', () => {
    const cv = indexCv(readCv('Werkervaring\nInkoper | Gemeente Ede | 2014 – heden\n\nCursussen\nNEVI Inkoopkunde 2 (diploma, 2016)'));
    const asked = (requirement: string) => matchRequirement(requirement, { index: cv, profile: EMPTY_PROFILE, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today: '2025-09-15' }).verdict;
    expect(asked('In het bezit van NEVI 2 diploma of gelijkwaardig')).toBe('met');
    expect(asked('NEVI 3')).toBe('unmet');
  });

  it('meets a certificate at the asked level or higher and names the line', () => {
    expect(match('PRINCE2 Foundation certificaat')).toMatchObject({ verdict: 'met', evidence: [{ text: 'PRINCE2 Foundation (2016)' }] });
    expect(match('PRINCE2 Practitioner')).toMatchObject({ verdict: 'unmet', evidence: [{ text: 'PRINCE2 Foundation (2016)' }] });
    expect(verdict('IPMA-D of hoger')).toBe('met');
    expect(verdict('IPMA-B gecertificeerd')).toBe('unmet');
    expect(verdict('Je bent gecertificeerd in BiSL of ASL')).toBe('unmet');
    expect(verdict('PRINCE2 of IPMA certificaat')).toBe('met');
  });
});

describe('languages', () => {
  it('compares levels across Dutch and English words', () => {
    expect(verdict('Uitstekende beheersing van de Nederlandse taal in woord en geschrift')).toBe('met');
    expect(verdict('Engels op B2-niveau')).toBe('met');
    expect(verdict('Vloeiend Engels')).toBe('unmet');
    expect(verdict('Fluent in German')).toBe('unmet');
    expect(verdict('Je spreekt en schrijft Frans')).toBe('unmet');
  });
});

describe('rate, hours and availability', () => {
  it('takes the profile over the CV, and the CV when the profile is empty', () => {
    expect(match('Het tarief is maximaal € 110 per uur')).toMatchObject({ verdict: 'met', evidence: [{ text: 'Uurtarief: € 95 excl. btw' }] });
    expect(match('Het tarief is maximaal € 110 per uur', { hourlyRate: 112 })).toMatchObject({ verdict: 'unmet', evidence: [{ text: 'profile:hourlyRate' }] });
    expect(verdict('Beschikbaar voor 32 uur per week')).toBe('met');
    expect(verdict('Beschikbaar voor 36 uur per week')).toBe('unmet');
    expect(verdict('Beschikbaar voor het gevraagde aantal uren per week', { hoursPerWeek: 36 })).toBe('met');
    expect(verdict('Beschikbaar per 1 november 2025')).toBe('met');
    expect(verdict('Per direct beschikbaar')).toBe('unmet');
    expect(verdict('Per direct beschikbaar', { availableFrom: '2025-09-01' })).toBe('met');
  });

  it('reads hours asked as a range (its least) and as days a week (8 hours each)', () => {
    expect(verdict('Inzet: 32-36 uur per week')).toBe('met');
    expect(verdict('Inzet: 32 tot 36 uur per week', { hoursPerWeek: 28 })).toBe('unmet');
    expect(verdict('Je bent beschikbaar voor 4 dagen per week')).toBe('met');
    expect(match('Je bent beschikbaar voor 4 dagen per week', { hoursPerWeek: 24 })).toMatchObject({ verdict: 'unmet', why: expect.stringContaining('24 hours available where 32 are asked') });
  });

  it('reads where the candidate must live, also as a distance from a place', () => {
    expect(match('Woonachtig binnen een straal van 50 km van Tilburg', { region: 'Tilburg' })).toMatchObject({ verdict: 'met', evidence: [{ text: 'profile:region' }] });
    expect(verdict('Maximaal 45 minuten reistijd vanaf Eindhoven', { region: 'Tilburg' })).toBe('met'); // the same province
    expect(match('Within 40 km of Alphen aan den Rijn', { region: 'Tilburg' })).toMatchObject({ verdict: 'unclear', why: 'Tilburg, not Alphen aan den Rijn' });
    expect(verdict("Woonachtig binnen 30 km van 's-Hertogenbosch", { region: "'s-Hertogenbosch" })).toBe('met');
    expect(verdict("Je bent minimaal 2 dagen per week op locatie in 's-Hertogenbosch aanwezig", { region: "'s-Hertogenbosch" })).toBe('met');
    // From the place of work the posting names elsewhere: the user checks it; never "not shown".
    expect(match('Je woont binnen 30 km van de standplaats', { region: 'Tilburg' })).toMatchObject({ verdict: 'unclear', evidence: [{ text: 'profile:region' }] });
  });
});

describe('experience with a duration', () => {
  it('counts work under the Omgevingswet, on zoning plans or on public space as work in the physical domain', () => {
    const cv = indexCv(readCv('Werkervaring\nProjectleider Omgevingswet | Gemeente Zwolle | 2019 – heden\n• Omgevingsplan en omgevingsvisie opgesteld.\nProjectleider Jeugd | Gemeente Kampen | 2015 – 2018\n• Inkoop jeugdhulp.'));
    const asked = (requirement: string) => matchRequirement(requirement, { index: cv, profile: EMPTY_PROFILE, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today: '2025-09-15' });
    // Only the Omgevingswet role: "projectleider" also reads as leadership, which is the role, not more asked of it.
    expect(asked('Minimaal 5 jaar ervaring als projectleider in het fysieke domein')).toMatchObject({ verdict: 'met', years: 6.8 });
    // The words around the role stay asked: only the youth role counts.
    expect(asked('Minimaal 3 jaar ervaring als projectleider jeugd')).toMatchObject({ verdict: 'met', years: 4 });
  });

  it('counts the matching roles inside the window, and says which', () => {
    const s = match('Minimaal 5 jaar ervaring als projectleider in het sociaal domein');
    expect(s).toMatchObject({ verdict: 'met', years: 6.8, evidence: [{ text: 'Projectleider Jeugd | Gemeente Tilburg | jan. 2019 – heden' }] });
    expect(s.why).toBe('6 jaar 9 mnd: 2019-01–heden Projectleider Jeugd Gemeente Tilburg');
  });

  it('leaves out a role of another kind, and a role outside the window', () => {
    expect(match('Minimaal 8 jaar ervaring als projectleider')).toMatchObject({ verdict: 'unmet', years: 6.8 });
    expect(match('Minimaal 3 jaar ervaring in het sociaal domein in de afgelopen 5 jaar')).toMatchObject({ verdict: 'met', years: 5 });
    expect(match('Minimaal 2 jaar ervaring met de Wmo in de afgelopen 6 jaar')).toMatchObject({ verdict: 'unmet', years: 0 });
  });
});

describe('experience without a number, and what a CV cannot show', () => {
  it('finds the line that shows it, across compounds', () => {
    expect(match('Ervaring met de implementatie van een triagemodel in de jeugdhulp')).toMatchObject({
      verdict: 'met',
      evidence: [{ text: '• Triagemodel voor de toegang tot jeugdhulp ingevoerd met de wijkteams.' }],
    });
    expect(verdict('Ervaring met inkoop van jeugdzorg')).toBe('met');
    expect(verdict('Kennis van de Omgevingswet en het Digitaal Stelsel Omgevingswet')).toBe('unmet');
  });

  it('calls statements about the bid and attitudes unclear', () => {
    expect(match('CV van maximaal 5 pagina’s')).toMatchObject({ verdict: 'unclear', evidence: [] });
    expect(match('Je bent communicatief sterk en resultaatgericht')).toMatchObject({ verdict: 'unclear' });
  });

  it('takes the weakest verdict when a requirement asks several things', () => {
    const s = match('Afgeronde hbo-opleiding en minimaal 8 jaar ervaring als projectleider');
    expect(s.verdict).toBe('unmet');
    expect(s.years).toBe(6.8);
  });
});

describe('what a CV says was done meets what a requirement asks to do', () => {
  it.each([
    ['geëvalueerd', 'evalueren'],
    ['opgeleverd', 'opleveren'],
    ['georganiseerd', 'organiseren'],
    ['gecoördineerd', 'coördineren'],
    ['geanalyseerd', 'analyseren'],
    ['gerealiseerd', 'realiseren'],
    ['geïnventariseerd', 'inventariseren'],
    ['aangestuurd', 'aansturen'],
    ['geïmplementeerd', 'implementeren'],
  ])('the participle %j stands for %j', (done, asked) => {
    const line = unitsOf(`Regiesysteem ${done} voor de gemeente`, undefined, true);
    const shown = { concepts: new Set(line.all.filter((u) => u.startsWith('@'))), stems: line.stems };
    const units = unitsOf(asked, undefined, false).all;
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u) => !unitMatches(u, shown))).toEqual([]);
  });

  it('reads short verbs and verbs that take no ge- ("geleid", "gezet", "opgezet", "vertaald", "beheerd")', () => {
    expect(['geleid', 'gezet', 'opgezet', 'vertaald', 'beheerd', 'ontwikkeld'].map(participleVerb)).toEqual(['leid', 'zet', 'opzet', 'vertal', 'beher', 'ontwikkel']);
  });

  it('reads a participle\'s verb as that verb only: "beschermd" is no start of "beschermingsbewind"', () => {
    const line = unitsOf('Contractmanager Beschermd Wonen', undefined, true);
    expect(unitMatches('beschermingsbewind', { concepts: new Set(), stems: line.stems })).toBe(false);
    expect(unitMatches(unitsOf('beschermen', undefined, false).all[0], { concepts: new Set(), stems: line.stems })).toBe(true);
  });

  it('leaves words that only look like participles as they are', () => {
    expect(participleVerb('gebied')).toBeNull();
    expect(participleVerb('vastgoed')).toBeNull();
    // A word that is no verb gains a harmless extra reading, never loses its own.
    expect(unitsOf('gezondheid', undefined, true).stems).toContain(unitsOf('gezondheid', undefined, false).all[0]);
  });

  it('so a line that says it was done evidences the requirement to do it', () => {
    const cv = indexCv(
      readCv(`Ingrid Bakker

Werkervaring
Adviseur Sociaal Domein | Gemeente Zwolle | 2019 – heden
• Regiesysteem Suite4Sociaal Domein aanbesteed en geïmplementeerd met de leverancier.
• Werkprocessen van de toegang geanalyseerd en geëvalueerd met de wijkteams.
Informatieadviseur | Gemeente Deventer | 2014 – 2019
• Informatiebeleid opgesteld en jaarlijks geëvalueerd met de CIO.
`),
    );
    const seen = matcherOn(cv, '2025-09-15');
    expect(seen('Ervaring met het implementeren van een regiesysteem in het sociaal domein')).toMatchObject({ verdict: 'met' });
    expect(seen('Ervaring met het analyseren en evalueren van werkprocessen')).toMatchObject({
      verdict: 'met',
      evidence: [expect.objectContaining({ text: '• Werkprocessen van de toegang geanalyseerd en geëvalueerd met de wijkteams.' })],
    });
  });
});

describe('a name spelled out with its abbreviation', () => {
  const cv = indexCv(
    readCv(`Petra van Dijk

Werkervaring
Projectleider Omgevingswet | Provincie Overijssel | 2019 – heden
• Aansluiting op het DSO-koppelvlak gerealiseerd met de leverancier.
• Werkprocessen voor vergunningverlening onder de Omgevingswet ingericht.
Adviseur | Gemeente Zwolle | 2014 – 2019
• Koppeling met de Basisregistratie Personen getest.
• Architectuur volgens Common Ground opgesteld.
`),
  );
  const seen = matcherOn(cv, '2025-09-15');

  it('is shown by the abbreviation alone: "Digitaal Stelsel Omgevingswet (DSO)" by "DSO-koppelvlak"', () => {
    expect(seen('Kennis van het Digitaal Stelsel Omgevingswet (DSO).')).toMatchObject({
      verdict: 'met',
      evidence: [expect.objectContaining({ text: '• Aansluiting op het DSO-koppelvlak gerealiseerd met de leverancier.' })],
    });
  });

  it('is shown by the name alone: "Basisregistratie Personen (BRP)"', () => {
    expect(seen('Ervaring met koppelingen met de Basisregistratie Personen (BRP).')).toMatchObject({ verdict: 'met' });
  });

  it('is one thing asked: a line with one of its words does not show it in part, and what is asked besides it still counts', () => {
    // The CV shows Common Ground, not the GGI: part of the requirement.
    expect(seen('Kennis van de Gemeentelijke Gemeenschappelijke Infrastructuur (GGI) en Common Ground.').verdict).toBe('unclear');
    // "de Omgevingswet" is asked besides the DSO, and shown on its own line.
    expect(seen('Ervaring met de Omgevingswet en het Digitaal Stelsel Omgevingswet (DSO).').verdict).toBe('met');
  });
});

describe('a Dutch compound asked, an English or Dutch phrase in the CV', () => {
  const cv = indexCv(
    readCv(`Werkervaring
Project Manager | Dutch Tax Administration | 2014 – 2018
• Managed the migration of legacy systems to the cloud.
• Beheer van de contracten met drie leveranciers.
• Led the digitalization of the permit process.
`),
  );
  const seen = matcherOn(cv, '2025-09-15');

  it('is shown by its parts as words of their own: "cloudmigratie" by "migration … to the cloud", "contractbeheer" by "beheer van de contracten"', () => {
    expect(seen('Ervaring met cloudmigratie')).toMatchObject({ verdict: 'met', evidence: [expect.objectContaining({ text: '• Managed the migration of legacy systems to the cloud.' })] });
    expect(seen('Ervaring met contractbeheer').verdict).toBe('met');
  });

  it('reads English "-ation" as Dutch "-atie" ("digitalization" meets "digitalisatie")', () => {
    expect(seen('Ervaring met digitalisatie van vergunningprocessen').verdict).toBe('met');
  });

  it('is not shown by one part alone', () => {
    expect(seen('Ervaring met datamigratie').verdict).not.toBe('met');
  });
});

describe('an omgevingsmanager: where the work was, the role named, the kind of thing asked', () => {
  const cv = indexCv(
    readCv(`Opdrachten

apr 2024 - heden | Provincie Overijssel
Omgevingsmanager reconstructie N337
- Overleg met ruim 140 grondeigenaren, drie gemeenten en het waterschap.
- Participatieplan opgesteld volgens de projectprocedure van de Omgevingswet.

Programmamanager klimaatadaptatie werkregio Stedendriehoek (jan 2022 – jun 2024)
Gemeente Apeldoorn, namens zeven gemeenten en Waterschap Vallei en Veluwe (16 uur per week)
- Multidisciplinair programmateam van vijf adviseurs aangestuurd.

mei 2021 - mrt 2024 | Gemeente Zwolle
Omgevingsmanager invoering Omgevingswet
- Omgevingsprogramma Binnenstad opgesteld en door het college laten vaststellen.
- Gemeentelijke participatienota geschreven.
- Voorstellen voor het dagelijks bestuur van het waterschap voorbereid.
- Woo-verzoeken van bewoners afgehandeld.

mrt 2016 - aug 2020 | Gemeente Deventer
Projectleider herinrichting Stationsomgeving
- Project van € 32 miljoen met ProRail en de provincie.

Rol: Projectleider warmtetransitie
Opdrachtgever: Gemeente Zutphen
Periode: maart 2019 – september 2020
- Transitievisie Warmte opgesteld.
`),
  );
  const seen = (requirement: string, today = '2026-09-15') =>
    matchRequirement(requirement, { index: cv, profile: EMPTY_PROFILE, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today });

  it('reads the organisation from a long line under the period and role ("Gemeente Apeldoorn, namens zeven gemeenten …")', () => {
    expect(cv.cv.entries[1]).toMatchObject({ role: 'Programmamanager klimaatadaptatie werkregio Stedendriehoek', organisation: 'Gemeente Apeldoorn' });
  });

  it('counts years "bij een gemeente" only where the organisation is one: gemeenten a provincial project met count nothing', () => {
    // Zwolle (35 months in the window); the N337 at the provincie mentions gemeenten, Deventer ends before the window.
    expect(seen('Je hebt minimaal 3 jaar werkervaring als adviseur participatie of omgevingsmanager bij een gemeente, opgedaan in de afgelopen 6 jaar.')).toMatchObject({ verdict: 'unmet', years: 2.9 });
    expect(seen('Minimaal 2 jaar ervaring als omgevingsmanager bij een provincie')).toMatchObject({ verdict: 'met', years: 2.5 });
  });

  it('takes the role named after "als" as the entry\'s own role, a two-word title whole', () => {
    // Omgevingsmanager: the N337 (30 months) and Zwolle (35), not the programme or the projects.
    expect(seen('Minimaal 6 jaar ervaring als omgevingsmanager')).toMatchObject({ verdict: 'unmet', years: 5.4 });
    // "business consultant" is not every adviser.
    expect(seen('Minimaal 1 jaar ervaring als business consultant').years).toBe(0);
  });

  it('checks the topic of a "waarvan" part on the same experience', () => {
    // Leading projects at a gemeente: Deventer, Zutphen and more; within the warmtetransitie only Zutphen (19 months).
    expect(seen('Minimaal 4 jaar werkervaring als projectleider bij een gemeente, waarvan ten minste 2 jaar binnen de warmtetransitie').verdict).toBe('unmet');
    expect(seen('Minimaal 4 jaar werkervaring als projectleider bij een gemeente, waarvan ten minste 1 jaar binnen de warmtetransitie').verdict).toBe('met');
  });

  it('shows a narrower thing asked only in part by work of its kind: an omgevingsprogramma is no omgevingsplan', () => {
    expect(seen('Ervaring met het opstellen van een omgevingsplan of omgevingsvisie.').verdict).toBe('unclear');
    expect(seen('Ervaring met het werken voor een algemeen bestuur van een waterschap').verdict).toBe('unclear');
    expect(seen('Kennis van de Wet open overheid en van actieve openbaarmaking.').verdict).toBe('unclear');
    expect(seen('Ervaring met het opstellen van een omgevingsprogramma').verdict).toBe('met');
  });

  it('reads "X of Y" as either one', () => {
    expect(seen('Kennis van de regio Foodvalley of de Stedendriehoek').verdict).toBe('met');
    // Where someone lives is the profile's to say; a network in a region is what the CV shows.
    expect(seen('Netwerk in de regio Foodvalley of de Stedendriehoek').evidence[0].text).toBe('Programmamanager klimaatadaptatie werkregio Stedendriehoek (jan 2022 – jun 2024)');
    expect(seen('Ervaring met participatie bij een gemeente of provincie').verdict).toBe('met');
  });

  it('is not met by a team smaller than asked, stated in words', () => {
    expect(seen('Ervaring met het aansturen van multidisciplinaire programmateams van minimaal 6 personen.')).toMatchObject({ verdict: 'unmet', evidence: [expect.objectContaining({ text: '- Multidisciplinair programmateam van vijf adviseurs aangestuurd.' })] });
    expect(seen('Ervaring met het aansturen van multidisciplinaire programmateams van minimaal 4 personen.').verdict).toBe('met');
  });
});

describe('a procurement adviser: certificates not yet obtained, names with small words, the same work elsewhere', () => {
  const cv = indexCv(
    readCv(`Werkervaring
Periode	Opdrachtgever	Rol
03/2023 – heden	Gemeente Deventer	Contractmanager ICT
- Contractmanagementfunctie voor ICT opgezet: contractregister en kwartaalgesprekken met 11 leveranciers.
- Nieuwe ICT-contracten ingericht op basis van de GIBIT 2020.
06/2017 – 09/2020	Gemeente Enschede	Inkoopadviseur sociaal domein
- Raamovereenkomsten met 42 jeugdhulpaanbieders opgesteld en na het eerste contractjaar geëvalueerd.
- Social return (5% van de opdrachtwaarde) in alle aanbestedingen boven € 250.000.

Certificaten
NEVI 2, Inkoopkunde (2014)
BiSL Foundation: in afronding, examen gepland februari 2027
`),
  );
  const seen = matcherOn(cv, '2026-11-15');

  it('does not count a certificate still to be obtained', () => {
    expect(seen('De aangeboden professional beschikt over een BiSL- of ISPL-certificaat.')).toMatchObject({ verdict: 'unmet', why: 'BiSL not yet obtained' });
    expect(seen('In het bezit van NEVI 2').verdict).toBe('met');
  });

  it('reads a name with small words inside as one thing with its abbreviation: "Gemeenschappelijke Inkoopvoorwaarden voor ICT (GIBIT)"', () => {
    expect(seen('Kennis van de Gemeenschappelijke Inkoopvoorwaarden voor ICT (GIBIT) of ARBIT.')).toMatchObject({ verdict: 'met', evidence: [expect.objectContaining({ text: '- Nieuwe ICT-contracten ingericht op basis van de GIBIT 2020.' })] });
  });

  it('reads a short verb after a separable prefix ("opgezet" is opzetten), and work at a gemeente as elsewhere for "binnen een waterschap of provincie"', () => {
    expect(seen('Ervaring met het opzetten van contractmanagement').verdict).toBe('met');
    expect(seen('Ervaring met het opzetten van contractmanagement binnen een waterschap of provincie.').verdict).toBe('unclear');
    expect(seen('Ervaring met het opzetten van contractmanagement binnen een gemeente.').verdict).toBe('met');
  });

  it('counts suppliers and providers as external parties', () => {
    expect(seen('Aantoonbare ervaring met het opstellen en evalueren van convenanten of contracten met externe partijen.').verdict).toBe('met');
  });

  it('reads "100.000" as one number: "€ 250.000" does not show "meer dan 100.000 inwoners"', () => {
    expect(seen('Ervaring met schuldhulpverlening bij een gemeente met meer dan 100.000 inwoners').verdict).toBe('unmet');
  });
});

describe('an interim teamleider, her CV a LinkedIn export', () => {
  const cv = indexCv(
    readCv(`Summary
Interim teamleider in het sociaal domein. Ik werk gestructureerd en houd overzicht onder druk.
Beschikbaar vanaf oktober 2025 voor 32 uur per week, op maandag, dinsdag, woensdag en vrijdag.
Experience
Gemeente Purmerend
1 jaar
Interim manager Sociaal Domein
oktober 2024 - Present (1 jaar)
• Reorganisatie van de toegang geleid: drie loketten samengevoegd tot één Sociaal Loket.
• Beleidsplan Wmo opgesteld voor Purmerend (93.000 inwoners), met de adviesraad sociaal domein en vier inwonersavonden.
• Vroegsignalering van betalingsachterstanden ingevoerd; wachttijd schuldhulpverlening van 8 naar 3 weken.
Gemeente Alkmaar
4 jaar 6 maanden
Projectleider Sociale Wijkteams
januari 2014 - augustus 2015 (1 jaar 8 maanden)
• Beleidsnota vertaald naar vier sociale wijkteams.
Teamleider Wmo-consulenten
april 2011 - december 2013 (2 jaar 9 maanden)
• Leidinggevende van 12 Wmo-consulenten (10,4 fte).
Education
Hogeschool Inholland
Sociaal Juridische Dienstverlening (bachelor) · (2002 - 2006)
`),
  );
  const seen = (requirement: string, profile: Partial<CvProfile> = {}) =>
    matchRequirement(requirement, { index: cv, profile: { ...EMPTY_PROFILE, ...profile }, posting: { hoursPerWeek: null, startDate: null, startAsap: false, rate: null }, today: '2025-09-15' });

  it('checks the working days asked against the days the CV names', () => {
    expect(seen('Je bent beschikbaar op dinsdag en donderdag.')).toMatchObject({ verdict: 'unmet', why: 'not available on donderdag' });
    expect(seen('Je bent beschikbaar op maandag en vrijdag.').verdict).toBe('met');
  });

  it('leaves a rate weighed against other bids to the user, with the profile\'s rate', () => {
    expect(seen('Aangeboden uurtarief (het laagste tarief krijgt de maximale score).', { hourlyRate: 85 })).toMatchObject({ verdict: 'unclear', evidence: [expect.objectContaining({ text: 'profile:hourlyRate' })] });
  });

  it('asks what comes before "bij voorkeur", and a team lead leads a team', () => {
    // Teamleider Wmo-consulenten (33 months) and the projectleider role do not add up to 3 years as leidinggevende; 2 they do.
    expect(seen('Je hebt minimaal 2 jaar ervaring als leidinggevende van een uitvoerend team, bij voorkeur in een publieksdienstverlenende omgeving.')).toMatchObject({ verdict: 'met', years: 2.8 });
  });

  it('names the degree, not the school above it, as the evidence of a level', () => {
    expect(seen('Je hebt minimaal hbo werk- en denkniveau.').evidence[0].text).toBe('Sociaal Juridische Dienstverlening (bachelor) · (2002 - 2006)');
  });

  it('reads a list of fields after "als" as no role, and "project- of programmamanager" as two roles', () => {
    // The teamleider role is in werkgeversdienstverlening's list of fields only: it is not asked to be an adviser.
    expect(seen('Minimaal 1 jaar werkervaring als projectleider, wijkteams of toegang bij een gemeente').verdict).toBe('met');
    expect(seen('Minimaal 1 jaar ervaring in de rol van project- of programmamanager').years).toBe(1.7);
    // "meewerkend" says how, not which role: a projectleider is a projectcoördinator.
    expect(seen('Minimaal 1 jaar werkervaring in de rol van meewerkend projectcoördinator').years).toBe(1.7);
  });

  it('is not met by a municipality smaller than asked', () => {
    expect(seen('Ervaring met het opstellen van een beleidsplan Wmo voor een gemeente met meer dan 100.000 inwoners').verdict).toBe('unmet');
  });

  it('leaves a list unclear when the CV never names one of its items', () => {
    expect(seen('Ervaring met armoedebeleid, schuldhulpverlening en vroegsignalering.').verdict).toBe('unclear');
    expect(seen('Ervaring met schuldhulpverlening en vroegsignalering.').verdict).toBe('met');
  });

  it('reads a place asked as where the work was: Purmerend is not Regio Zwolle', () => {
    expect(seen('Ervaring met schuldhulpverlening in de regio Zwolle').verdict).toBe('unclear');
    expect(seen('Ervaring met schuldhulpverlening in Purmerend').verdict).toBe('met');
  });

  it('reads "verander/innovatieprocessen" and "verander- en innovatieprocessen" as both written out, and "geleid" as leiden', () => {
    expect(seen('Ervaring met het leiden van verander/innovatieprocessen').verdict).not.toBe('unmet');
    expect(seen('Werkervaring in het leiden van verander- en innovatieprocessen').verdict).not.toBe('unmet');
    expect(seen('Ervaring met het leiden van een reorganisatie').verdict).toBe('met');
  });

  it('reads "adviesraden" as "adviesraad", and structure under pressure as an attitude the CV states', () => {
    expect(seen('Ervaring met het betrekken van adviesraden en inwoners bij een beleidsplan').verdict).toBe('met');
    expect(seen('Je werkt gestructureerd en houdt overzicht als de druk hoog is.').verdict).toBe('met');
  });
});

describe('an English business analyst against Dutch requirements', () => {
  const cv = indexCv(
    readCv(`PROFESSIONAL EXPERIENCE

Product Owner & Project Lead, Digital Services — Gemeente Soest, Soest
Sep 2023 – Present
• Led the zaaksysteem implementation (Open Zaak) for all 12 departments of this municipality of 47,000 inhabitants.
• Set up data governance for the social domain: data owners, definitions and a catalogue of 38 datasets.

Business Analyst — UWV, Amsterdam
Jul 2021 – Aug 2023
• Mapped customer journeys for WW claimants from dismissal to first payment, including the WW entitlement rules.
• Specified the data requirements for the WW data platform on Azure.

Business Analyst / Scrum Master — DUO, Groningen
Nov 2019 – Jun 2021
• Scrum Master for one development team of 8.
`),
  );
  const seen = matcherOn(cv, '2025-11-19');

  it('reads "Role — Organisation, City" above the period as role and organisation', () => {
    expect(cv.cv.entries.map((e) => [e.role, e.organisation])).toEqual([
      ['Product Owner & Project Lead', 'Gemeente Soest'],
      ['Business Analyst', 'UWV'],
      ['Business Analyst / Scrum Master', 'DUO'],
    ]);
  });

  it('counts work at UWV and DUO as work for central government and in social security, and customer journeys as klantreizen', () => {
    expect(seen('Ervaring met het analyseren van klantreizen binnen een uitvoeringsorganisatie van de Rijksoverheid of in de sociale zekerheid').verdict).toBe('met');
    expect(seen('Kennis van de WW- of WIA-wetgeving').verdict).toBe('met');
  });

  it('does not ask each role for the size of its employer, but a role at a municipality smaller than asked does not count', () => {
    expect(seen('Ervaring als Scrum Master binnen een (semi-)overheidsorganisatie met meer dan 1.000 medewerkers in de afgelopen 5 jaar.').verdict).toBe('met');
    expect(seen('Je hebt in de afgelopen 4 jaar leiding gegeven aan een implementatie van een zaaksysteem bij een gemeente met meer dan 50.000 inwoners.').verdict).toBe('unmet');
  });

  it('reads "a municipality or other government body" as either, and "Dutch" as no more asked', () => {
    expect(seen('Experience with data platforms in a Dutch municipality or other government body').verdict).toBe('met');
  });

  it('asks a name of capitalised words whole: "Unity Catalog" is not shown by a catalogue', () => {
    expect(seen('Knowledge of Unity Catalog and data governance').verdict).toBe('unclear');
    expect(seen('Knowledge of data governance').verdict).toBe('met');
  });
});

describe('a kwartiermaker: lapsed certificates, hours without a date, what is asked on top', () => {
  const cv = indexCv(
    readCv(`Werkervaring
10/2024 - heden  Kwartiermaker Digitalisering, Omgevingsdienst Regio Arnhem
• Leiding gegeven aan de implementatie van het VTH-zaaksysteem; processen volgens de kwaliteitscriteria VTH 2.2.
12/2017 - 09/2020  Programmamanager Digitale Dienstverlening, Gemeente Nijmegen
• Programma Digitaal Nijmegen opgezet en bestuurd (179.000 inwoners, budget € 4,2 mln).
• Lokaal onderwijsbeleid en jeugdbeleid voorbereid.
Profiel
Ik creëer draagvlak en beleg eigenaarschap in de lijn.
Certificaten
CISSP (2014; verlopen in 2023)
`),
  );
  const seen = (requirement: string, profile: Partial<CvProfile> = {}) =>
    matchRequirement(requirement, { index: cv, profile: { ...EMPTY_PROFILE, ...profile }, posting: { hoursPerWeek: null, startDate: '2025-08-25', startAsap: false, rate: null }, today: '2025-08-01' });

  it('does not count a certificate that has lapsed', () => {
    expect(seen('In het bezit van een geldig CISSP-, CISM- of ISO 27001 Lead Implementer-certificaat.')).toMatchObject({ verdict: 'unmet', why: 'CISSP no longer valid' });
  });

  it('reads "beschikbaar voor 16 uur per week" as hours, not as a start date', () => {
    expect(seen('Beschikbaar voor minimaal 16 uur per week.', { hoursPerWeek: 32, availableFrom: '2025-10-01' }).verdict).toBe('met');
  });

  it('reads "een provincie of een andere middelgrote overheidsorganisatie" as either, and an omgevingsdienst as where the work was', () => {
    expect(seen('Ervaring met het opzetten en besturen van een digitaliseringsprogramma binnen een provincie of een andere middelgrote overheidsorganisatie.').verdict).toBe('met');
    expect(seen('Minimaal 1 jaar werkervaring als kwartiermaker bij een omgevingsdienst').verdict).not.toBe('met');
    expect(seen('Minimaal 2 jaar werkervaring als programmamanager bij een omgevingsdienst of gemeente').verdict).toBe('met');
  });

  it('leaves unclear what a line shows but for a thing asked on top, or a name, that the CV never mentions', () => {
    expect(seen('Kennis van het onderwijsveld (inclusief kinderopvang) en van het jeugddomein.').verdict).toBe('unclear');
    expect(seen('Kennis van de kwaliteitscriteria VTH 2.2 en de Landelijke Handhavingsstrategie.').verdict).toBe('unclear');
    expect(seen('Kennis van de kwaliteitscriteria VTH 2.2.').verdict).toBe('met');
  });

  it('reads "weet te" as how, not what', () => {
    expect(seen('Draagvlak en eigenaarschap bij alle betrokkenen weet te realiseren').verdict).toBe('met');
  });
});

describe('a controller: optional words in brackets, certificates named only as methods used, competences named before a colon', () => {
  const cv = indexCv(
    readCv(`Profiel
Financieel specialist in de planning & control-cyclus volgens het BBV.
Competenties
Bestuurlijk sensitief
Resultaatgericht
Kritisch en verbindend
Werkervaring
2020 – heden  Concerncontroller a.i., Gemeente Hardenberg
• Begroting (€ 238 mln) en jaarrekening volgens het Besluit begroting en verantwoording (BBV); maandelijkse dashboards in Power BI.
2016 – 2019  Projectcontroller Infrastructuur, Provincie Gelderland
• Risicodossier bijgehouden volgens de RISMAN-methode.
Opleidingen
1996 – 2000  Hbo Accountancy (bachelor), Hogeschool Windesheim
2011  Post-hbo Controlling in de publieke sector, Saxion Hogeschool
`),
  );
  const seen = matcherOn(cv, '2025-11-15');

  it('reads "(business) controller" and "decentrale overheid" in a duration', () => {
    expect(seen('Minimaal 5 jaar werkervaring als (business) controller bij een decentrale overheid in de afgelopen 8 jaar.')).toMatchObject({ verdict: 'met', years: 8 });
  });

  it('calls a method used in the work no course or certificate', () => {
    expect(seen('Een afgeronde opleiding IPM of RISMAN.')).toMatchObject({ verdict: 'unclear', why: 'RISMAN used, not a course or certificate named' });
  });

  it('reads the competence before a colon, met only by a line that names all of it', () => {
    expect(seen('Bestuurlijke sensitiviteit: je voelt aan wat er speelt bij gedeputeerden en Staten en vertaalt dat naar het programma').verdict).toBe('met');
    expect(seen('Resultaatgerichtheid: je maakt concrete afspraken en houdt partners daaraan').verdict).toBe('met');
    expect(seen('Verbindend leiderschap: je brengt partijen met uiteenlopende belangen samen').verdict).toBe('unclear');
  });

  it('asks the thing named, not "a comparable" one, and reads a name with its abbreviation further back', () => {
    expect(seen('Ervaring met Power BI of een vergelijkbare rapportagetool.').verdict).toBe('met');
    expect(seen('Aantoonbare kennis van het Besluit begroting en verantwoording provincies en gemeenten (BBV) of de Waterschapswet.').verdict).toBe('met');
  });

  it('reads the fields right after "opleiding", and names the degree before a post-hbo course', () => {
    expect(seen('De aangeboden kandidaat beschikt over een afgeronde hbo-opleiding vastgoed, juridisch of ruimtelijk.').verdict).toBe('unclear');
    expect(seen('Afgeronde hbo-opleiding').evidence[0].text).toBe('1996 – 2000  Hbo Accountancy (bachelor), Hogeschool Windesheim');
  });
});

describe('a programmamanager in assignment blocks: an assistant grade, regions never named', () => {
  const cv = indexCv(
    readCv(`Opdrachten
Opdrachtgever: Gemeente Tilburg
Periode: januari 2021 – augustus 2023
Rol: Projectleider implementatie Omgevingswet
Omschrijving: Implementatie van de Omgevingswet in de gemeentelijke organisatie; netwerk in de werkregio Stedendriehoek opgebouwd.
Opleidingen
2003 – 2007  Hbo Verkeerskunde, NHTV Breda
Cursussen en certificaten
Vakdiploma Assistent-makelaar o.z. (SVMNIVO), 2007
`),
  );
  const seen = matcherOn(cv, '2025-11-15');

  it('calls an assistant diploma a grade below the one asked', () => {
    expect(seen('De aangeboden kandidaat is in het bezit van het diploma Makelaar-Taxateur o.z. of een gelijkwaardig diploma.')).toMatchObject({ verdict: 'unmet', why: 'assistant makelaar, a grade below the one asked' });
    expect(seen('In het bezit van het diploma Assistent-makelaar o.z.').verdict).not.toBe('unmet');
  });

  it('knows no region the CV never names, and reads the alternatives after "regio"', () => {
    expect(seen('Kennis van de Gelderse vallei en het woningbouwprogramma van de regio Foodvalley')).toMatchObject({ verdict: 'unmet', why: 'the CV never names Foodvalley' });
    expect(seen('Netwerk in de regio Foodvalley of de Stedendriehoek').verdict).not.toBe('unmet');
  });
});

describe('an ICT projectmanager and a contractmanager: names asked together, acronyms, the certificate nearest to the one asked', () => {
  const cv = indexCv(
    readCv(`Werkervaring
Projectmanager Zaakgericht Werken · Gemeente Apeldoorn · 03/2022 – heden
– Informatiearchitectuur ingericht volgens NORA; gegevensmanagement belegd bij de domeineigenaren.
– Wmo 2015 en Participatiewet: inkoop van maatwerkvoorzieningen begeleid; trainer van een jeugdteam in de vrije tijd.
– TenderNed en Mercell (voorheen Negometrix) gebruikt voor drie aanbestedingen.
Opleidingen en certificaten
Professional Scrum Product Owner I (PSPO I), 2022
Professional Scrum Master I (PSM I), 2020
SAFe Scrum Master (SSM) · Scaled Agile · 2021
CISSP (2014; verlopen in 2023)
2015 – Cursus Europees aanbesteden (3 dagen), Inkoopacademie
`),
  );
  const seen = matcherOn(cv, '2026-10-01');

  it('asks each of the names listed with "en": one never named leaves the point unclear', () => {
    expect(seen('Kennis van de Jeugdwet en de Wmo 2015.').verdict).toBe('unclear');
    expect(seen('Kennis van en ervaring met TenderNed en Negometrix.').verdict).toBe('met');
  });

  it('asks an acronym the vocabulary does not know as a name: GEMMA is not NORA', () => {
    expect(seen('Ervaring met het toepassen van de GEMMA-architectuur').verdict).toBe('unclear');
    expect(seen('Ervaring met het toepassen van de NORA-architectuur').verdict).toBe('met');
  });

  it('names the certificate nearest to the one asked: the same one at a lower level, a lapsed one, a course in the field', () => {
    expect(seen('In het bezit van een geldig certificaat Professional Scrum Master II (PSM II)').evidence[0].text).toBe('Professional Scrum Master I (PSM I), 2020');
    expect(seen('In het bezit van een geldig certificaat PSM II of SAFe Advanced Scrum Master (SASM).').verdict).toBe('unmet');
    expect(seen('In het bezit van een geldig CISSP-, CISM- of ISO 27001 Lead Implementer-certificaat.')).toMatchObject({ verdict: 'unmet', evidence: [{ text: 'CISSP (2014; verlopen in 2023)' }] });
    expect(seen('In het bezit van een NEVI 2-diploma of gelijkwaardig.')).toMatchObject({ verdict: 'unmet', evidence: [{ text: '2015 – Cursus Europees aanbesteden (3 dagen), Inkoopacademie' }] });
  });
});

describe('a consultancy adviser: audiences are no team, a team smaller than asked, engineering firms', () => {
  const cv = indexCv(
    readCv(`Projecten
2018 – 2019 | Gemeente Zeist | Projectleider implementatie zaaksysteem
- Invoering van Zaaksysteem.nl geleid voor 600 medewerkers; live in november 2019.
- Werkprocessen en de archivering opnieuw ingericht met de afdeling Informatievoorziening.
2020 – 2022 | Provincie Utrecht | Programmamanager Energietransitie
- Programmateam van zeven medewerkers aangestuurd; Provinciale Staten halfjaarlijks geïnformeerd.
- Regionale Energiestrategie uitgewerkt met gemeenten, netbeheerders en de waterschappen.
2024 – heden | Gemeente Apeldoorn | Projectleider wijkuitvoeringsplan
- Twee ingenieursbureaus aangestuurd voor de haalbaarheidsstudie van een collectief warmtenet.
- Bewonersavonden georganiseerd en de opbrengst verwerkt in het plan.
Opleiding
2004 – 2008  MSc Economie, Universiteit Utrecht
`),
  );
  const seen = matcherOn(cv, '2026-09-15');

  it('reads "voor 600 medewerkers" as the people served, and a team of seven as fewer than ten', () => {
    expect(seen('Ervaring met het hiërarchisch of functioneel aansturen van een programmateam van minimaal 10 medewerkers.')).toMatchObject({ verdict: 'unmet', why: 'the CV states fewer than asked' });
  });

  it('counts engineering firms as advisory firms', () => {
    expect(seen('Je hebt ervaring met het aansturen van externe adviesbureaus.').verdict).toBe('met');
  });
});

describe('how far the CV says its writer was involved, a window without a minimum, a comparable kind', () => {
  const cv = indexCv(
    readCv(`Werkervaring
2021 – heden | Gemeente Amersfoort | Beleidsadviseur werk en inkomen
- Meegeschreven aan de regionale arbeidsmarktagenda 2022-2025 (hoofdstuk werkgeversdienstverlening).
- Locatieonderzoek flexwonen voor spoedzoekers uitgevoerd (14 locaties).
- Twee ingenieursbureaus aangestuurd voor de haalbaarheidsstudie van een collectief warmtenet.
- Documentmanagement: Corsa en Decos JOIN.
- Financiële paragraaf van zes anterieure overeenkomsten opgesteld.
- Subsidieregeling voor jeugdhulp opgesteld, waaronder de verantwoordingseisen.
2023 – 2024 | Programma Digitale Dienstverlening | Projectleider
- Leiding gegeven aan de implementatie van het zaaksysteem voor vergunningen.
2012 – 2015 | Gemeente Zwolle | Projectleider
- Leiding gegeven aan de aanleg van een fietspad langs de IJssel.
Opleiding
2004 – 2008  MSc Bestuurskunde, Universiteit Utrecht
`),
  );
  const seen = matcherOn(cv, '2026-09-15');

  it('reads a contribution as part of the work asked, and as the work when a contribution is what is asked', () => {
    expect(seen('Aantoonbare ervaring met het opstellen van een regionale arbeidsmarktagenda.')).toMatchObject({ verdict: 'unclear', why: 'a CV line shows part of it' });
    expect(seen('Ervaring met het bijdragen aan een regionale arbeidsmarktagenda.').verdict).toBe('met');
    // A part of it written: "de financiële paragraaf van …".
    expect(seen('Ervaring met het opstellen van anterieure overeenkomsten.').verdict).toBe('unclear');
  });

  it('reads a feasibility study or a site survey as part of a realisation, not of the study itself', () => {
    expect(seen('Ervaring met de realisatie van collectieve warmtenetten.').verdict).toBe('unclear');
    expect(seen('Ervaring met de realisatie van flexwonen voor spoedzoekers.').verdict).toBe('unclear');
    expect(seen('Ervaring met een haalbaarheidsstudie voor een collectief warmtenet.').verdict).toBe('met');
  });

  it('reads work in the window under another heading as part of "in de afgelopen N jaar …", and work before the window as none', () => {
    expect(seen('Je hebt in de afgelopen 4 jaar leiding gegeven aan de implementatie van een zaaksysteem bij een gemeente.').verdict).toBe('unclear');
    expect(seen('Je hebt in de afgelopen 4 jaar leiding gegeven aan de aanleg van een fietspad bij een gemeente.').verdict).toBe('unmet');
  });

  it('reads "X, waaronder Y" as Y asked on top of X, not as an example of it', () => {
    const { asks, examples } = asksOf('Ervaring met de planning- en controlcyclus binnen een ministerie, waaronder het opstellen van voortgangsrapportages.', cv);
    expect(examples).toEqual([]);
    expect(asks.find((a) => a.any.includes('@reporting'))).toMatchObject({ included: true });
    expect(seen('Ervaring met het opstellen van een subsidieregeling voor jeugdhulp, waaronder de verantwoordingseisen.').verdict).toBe('met');
  });

  it('takes "X of een vergelijkbaar <kind>systeem" as shown by the kind', () => {
    expect(seen('Ervaring met het werken in DigiDoc of een vergelijkbaar documentmanagementsysteem.').verdict).toBe('met');
    expect(seen('Ervaring met het werken in DigiDoc.').verdict).toBe('unmet');
  });
});

describe('roles asked with their field: "als beleidsmedewerker of adviseur klimaatadaptatie of waterbeleid"', () => {
  const cv = indexCv(
    readCv(`Werkervaring
mrt 2021 – heden   Gemeente Amersfoort   Senior beleidsadviseur wonen
– Woonvisie geschreven en prestatieafspraken met woningcorporaties opgesteld.
jan 2020 – mrt 2023   Waterschap Vallei en Veluwe   Adviseur klimaatadaptatie
– Klimaatadaptatiestrategie van het waterschap opgesteld.
dec 2017 – dec 2020   Provincie Gelderland   Beleidsadviseur ruimtelijke adaptatie
– Provinciale aanpak klimaatadaptatie geschreven.
`),
  );
  const seen = matcherOn(cv, '2025-12-01');

  it('counts the roles named that did the field asked (the adviseur too), not a beleidsadviseur in another field', () => {
    expect(seen('Minimaal 4 jaar werkervaring als beleidsmedewerker of adviseur klimaatadaptatie of waterbeleid bij een overheidsorganisatie in de afgelopen 6 jaar')).toMatchObject({ verdict: 'unmet', years: 3.3 });
  });
});

describe('a Word table copied as text, and a CV in the past tense', () => {
  const cv = indexCv(
    readCv(`Werkervaring
Periode | sinds 04-2022
Opdrachtgever | Gemeente Nijmegen, afdeling Wonen
ca. 180.000 inwoners
Rol | Senior adviseur wonen (interim, 32 uur)
Werkzaamheden | • Participatie voor de flexwoonlocatie georganiseerd met omwonenden.

Periode | 09-2019 t/m 03-2022
Opdrachtgever | Gemeente Oss
Rol | Adviseur participatie
Werkzaamheden | • Handreiking participatie voor initiatiefnemers opgesteld.

Periode | 2015 – 2019
Opdrachtgever | Sociale Dienst Drechtsteden
Rol | Informatiemanager
- Stelde het Informatieplan Sociaal Domein 2017–2019 op.
`),
  );
  const seen = matcherOn(cv, '2025-12-01');

  it('reads "Label | value" rows as a form, a value\'s second line included', () => {
    expect(cv.cv.entries.map((e) => [e.role, e.organisation])).toEqual([
      ['Senior adviseur wonen (interim, 32 uur)', 'Gemeente Nijmegen, afdeling Wonen'],
      ['Adviseur participatie', 'Gemeente Oss'],
      ['Informatiemanager', 'Sociale Dienst Drechtsteden'],
    ]);
  });

  it('counts a role named with its field only where the entry\'s title shows the field ("Adviseur wonen" is no "adviseur participatie")', () => {
    expect(seen('Je hebt minimaal 3 jaar werkervaring als adviseur participatie of omgevingsmanager bij een gemeente, opgedaan in de afgelopen 8 jaar.')).toMatchObject({ verdict: 'unmet', years: 2.6 });
  });

  it('reads "Stelde het informatieplan … op" as the drafting of it', () => {
    expect(seen('Ervaring met het opstellen van een informatieplan voor het sociaal domein.').verdict).toBe('met');
    expect(splitVerbParticiples('- Zette het programma Digitale Dienstverlening op en stuurde een team van acht aan.')).toBe('opgezet aangestuurd');
    expect(splitVerbParticiples('- Richtte na de inkoop van 2019 het iJw-berichtenverkeer in; de raad stelde het plan vast.')).toBe('ingericht vastgesteld');
    expect(splitVerbParticiples('Projectleider Wonen, Gemeente Oss')).toBe('');
    // The line's words then hold the verb the requirement asks: "Zette … op" shows "het opzetten van".
    const zette = indexCv(readCv('Werkervaring\n2015 – 2019 | Gemeente Zwijndrecht | Informatiemanager\n- Zette het programma Digitale Dienstverlening op.\n'));
    expect(unitMatches(unitsOf('het opzetten van een programma', zette.groups, false).all.find((u) => u.startsWith('opzet'))!, zette.lines[2])).toBe(true);
  });
});
