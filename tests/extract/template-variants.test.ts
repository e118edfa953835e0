/**
 * Rules found by reading pages written in the templates of the real portal pages with other
 * postings in them (the engine had never seen them): each page here is small, and each test
 * fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { isNoiseHeading } from '../../lib/extract/noise';
import { endsSection } from '../../lib/extract/section-vocabulary';
import { htmlDocument } from '../../lib/node/html-document';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>Opdracht</title>${head}</head><body><main><h1>Adviseur Informatievoorziening</h1>${body}</main></body></html>`;
const read = (html: string, url = 'https://www.example-portal.nl/opdracht/1') => extractPosting(htmlDocument(html), url, { now: '2026-10-01' });
const texts = (html: string) => read(html).requirements.map((r) => `${r.kind}: ${r.text}`);

const BODY = '<p>Je ondersteunt de afdeling bij het verbeteren van de informatievoorziening en het opzetten van dashboards voor het management.</p>';

describe('requirement sections', () => {
  it('"Over <organisation>" ends the wensen, and so do a job board\'s facts after the body', () => {
    expect(endsSection('Over Randstad Freelance')).toBe(true);
    expect(endsSection('About Yacht')).toBe(true);
    expect(endsSection('Over jou')).toBe(false);
    expect(endsSection('Dienstverband:')).toBe(true);
    const got = texts(
      page(`${BODY}<p><strong>Nice to have</strong><br>Experience with Power BI<br>Working proficiency in Dutch</p>
        <p><strong>Over Noordkust Flex</strong></p><p>Via Noordkust Flex vind je opdrachten die bij je passen. Wij regelen de contractering.</p>
        <p><strong>Dienstverband:</strong></p><p>parttime</p>`),
    );
    expect(got).toEqual(['wish: Experience with Power BI', 'wish: Working proficiency in Dutch']);
  });

  it('an eis broken over two lines mid-sentence is one eis; short lower-case points stay apart', () => {
    const wrapped = texts(
      page(`${BODY}<p><strong>Eisen:</strong><br><span>Je hebt een afgeronde hbo-opleiding in de richting informatiekunde.</span><br>
        <span>Je hebt minimaal 4 jaar ervaring als informatieanalist, waarvan 2 jaar binnen de</span><br>
        <span>justitieketen of een andere uitvoeringsorganisatie van de Rijksoverheid.</span><br>
        <span>Je hebt ervaring met Power BI.</span></p>`),
    );
    expect(wrapped).toEqual([
      'knockout: Je hebt een afgeronde hbo-opleiding in de richting informatiekunde.',
      'knockout: Je hebt minimaal 4 jaar ervaring als informatieanalist, waarvan 2 jaar binnen de justitieketen of een andere uitvoeringsorganisatie van de Rijksoverheid.',
      'knockout: Je hebt ervaring met Power BI.',
    ]);
    const points = texts(page(`${BODY}<p><strong>Eisen:</strong><br>hbo werk- en denkniveau<br>kennis van de Wmo<br>rijbewijs B</p>`));
    expect(points).toEqual(['knockout: hbo werk- en denkniveau', 'knockout: kennis van de Wmo', 'knockout: rijbewijs B']);
  });

  it('a first table row of bold cells is the header, not an eis', () => {
    const got = texts(
      page(`${BODY}<h2>Knock-outcriteria</h2><table><tbody><tr><td><strong>Nr.</strong></td><td><strong>Criterium</strong></td></tr>
        <tr><td>K1</td><td>Je hebt minimaal 5 jaar ervaring met netplanning bij een netbeheerder.</td></tr>
        <tr><td>K2</td><td>Je hebt ervaring met loadflowberekeningen.</td></tr></tbody></table>`),
    );
    expect(got).toEqual(['knockout: Je hebt minimaal 5 jaar ervaring met netplanning bij een netbeheerder.', 'knockout: Je hebt ervaring met loadflowberekeningen.']);
  });
});

describe('client', () => {
  it('"<organisation> zoekt" names the client, with its abbreviation; a team or a broker does not', () => {
    expect(read(page(`<p>Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) zoekt voor het Centrum Infectieziektebestrijding een data scientist.</p>${BODY}`)).client).toBe(
      'Rijksinstituut voor Volksgezondheid en Milieu (RIVM)',
    );
    expect(read(page(`<p>Team Informatie zoekt een collega die van data houdt.</p>${BODY}`)).client).toBeNull();
  });

  it('an organisation working "namens" its parent is itself the client', () => {
    const html = page(
      `<p>De Dienst Justitiële Inrichtingen (DJI) zorgt namens het ministerie van Justitie en Veiligheid voor de tenuitvoerlegging van vrijheidsstraffen.</p>${BODY}`,
    );
    expect(read(html).client).toBe('Dienst Justitiële Inrichtingen');
    // A broker speaking stays the way to the client.
    expect(read(page(`<p>Flinter zoekt namens Omgevingsdienst Drenthe een adviseur.</p>${BODY}`), 'https://www.flinter.nl/opdrachten/x').client).toBe('Omgevingsdienst Drenthe');
  });
});

describe('period', () => {
  it('"De duur is 9 maanden" is the duration', () => {
    const p = read(page(`${BODY}<p>De opdracht start per direct. De duur is 9 maanden, met optie tot verlenging van 2 x 6 maanden.</p>`));
    expect(p.durationMonths).toBe(9);
    expect(p.extension).toBe('optie tot verlenging van 2 x 6 maanden');
  });

  it('a sentence\'s period "van … tot en met …" gives the start, the end and the months between', () => {
    const p = read(page(`${BODY}<p>Het betreft een detachering voor 32-36 uur per week, voor de periode van 1 december 2026 tot en met 30 november 2027.</p>`));
    expect([p.startDate, p.endDate, p.durationMonths]).toEqual(['2026-12-01', '2027-11-30', 12]);
  });
});

describe('location', () => {
  it('the address under the title beats a province read from the client\'s name', () => {
    const html = page(
      `<h2 class="sub-title"><div><a href="/organisatie/provincie-zuid-holland">Provincie Zuid-Holland</a></div></h2><p class="location">Zuid-Hollandplein 1, 2596 AW Den Haag, Nederland</p>${BODY}`,
    );
    expect(read(html).location).toBe('Den Haag');
  });
});

describe('structured data and noise', () => {
  const ld = (job: object) => `<head><meta name="x" content="y"><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org/', '@type': 'JobPosting', ...job })}</script></head>`;

  it('reads the JSON-LD of a second <head> inside the body, as a browser does; a validThrough on the last day of the period is no closing date', () => {
    const html = page(
      `<div class="sections">${ld({ title: 'Adviseur Informatievoorziening', datePosted: '2026-09-20T10:00:31.653741', validThrough: '2026-12-31T00:00:00', hiringOrganization: { name: 'UMC Utrecht' } })}
        <table><tr><td>Looptijd</td><td>15.10.2026 - 31.12.2026</td></tr><tr><td>Sluitingsdatum</td><td>25.10.2026 09:00</td></tr></table>${BODY}</div>`,
    );
    const p = read(html);
    expect([p.postedDate, p.deadline, p.endDate]).toEqual(['2026-09-20', '2026-10-25T09:00', '2026-12-31']);
    expect(p.warnings.map((w) => w.code)).not.toContain('deadline-differs-from-structured-data');
  });

  it('"Over <broker>" is noise whatever its case, and a name with a broker\'s word in it is a broker', () => {
    expect(isNoiseHeading('Over Kernwaarde Interim', (n) => n === 'Kernwaarde Interim')).toBe(true);
    expect(isNoiseHeading('Over Randstad Freelance')).toBe(true);
    expect(isNoiseHeading('Over VNG')).toBe(false);
  });

  it('a deadline\'s time in a span of its own below the date is the deadline\'s time', () => {
    const html = page(`<p><span><b>Uren per week</b>32u p/w</span><br><span><b>Sluitingsdatum</b>23 november 2026</span><br><span><b>&nbsp;</b>12:00</span></p>${BODY}`);
    expect(read(html).deadline).toBe('2026-11-23T12:00');
  });
});

describe('a second round: harder pages and other portals', () => {
  it('reads the heading of an accordion panel from its toggle button', () => {
    const got = texts(
      page(`${BODY}<div class="c-accordion"><button type="button" aria-expanded="true" aria-controls="ko"><strong>Knock-out criteria</strong></button>
        <div id="ko" role="region"><ul><li>Je hebt minimaal 3 jaar ervaring als projectleider warmtetransitie.</li></ul></div>
        <button type="button" aria-expanded="false" aria-controls="sel"><strong>Selectiecriteria</strong></button>
        <div id="sel" role="region" hidden><ul><li>Je hebt ervaring met participatie in wijken. (Weging: 40%)</li></ul></div></div>`),
    );
    expect(got).toEqual(['knockout: Je hebt minimaal 3 jaar ervaring als projectleider warmtetransitie.', 'wish: Je hebt ervaring met participatie in wijken.']);
  });

  it('joins the points of a nested list to the eis that ends in a colon, and leaves a note about the eisen out', () => {
    const got = texts(
      page(`${BODY}<h2>Eisen</h2><ol><li>Je hebt een afgeronde hbo-opleiding Elektrotechniek.</li>
        <li>Je hebt minimaal 3 jaar werkervaring als netplanner, waarvan aantoonbaar:<ul><li>ervaring met het plannen van aansluitingen;</li><li>ervaring met SAP PM.</li></ul></li>
        <li>Let op: de eisen moeten blijken uit het aangeleverde cv.</li></ol>`),
    );
    expect(got).toEqual([
      'knockout: Je hebt een afgeronde hbo-opleiding Elektrotechniek.',
      'knockout: Je hebt minimaal 3 jaar werkervaring als netplanner, waarvan aantoonbaar: ervaring met het plannen van aansluitingen; ervaring met SAP PM.',
    ]);
  });

  it('reads a rate label whose value runs on into other sentences, and hours given in fte', () => {
    const p = read(page(`${BODY}<p>Maximaal uurtarief: € 92,00 excl. btw. De gemiddelde inzet is 20 uur per week.</p><p>Omvang: 0,8 fte</p>`));
    expect(p.rate).toMatchObject({ min: null, max: 92 });
    expect(p.hoursPerWeek).toMatchObject({ min: 32, max: 32 });
    expect(read(page(`${BODY}<p>Omvang: 0,8 fte (28,8 uur)</p>`)).hoursPerWeek).toMatchObject({ min: 28.8, max: 28.8 });
  });

  it('keeps the closing time of "Sluit morgen om 16:00" beside a title with the same day', () => {
    const html = page(`<p>Sluit morgen om 16:00</p>${BODY}`).replace('<title>Opdracht</title>', '<title>Netplanner | Sluitingsdatum 7 okt 2026</title>');
    expect(extractPosting(htmlDocument(html), 'https://www.example-portal.nl/opdracht/1', { now: '2026-10-06' }).deadline).toBe('2026-10-07T16:00');
  });

  it('reads fact chips behind icons: hours, rate and duration in a "Kenmerken" list', () => {
    const p = read(
      page(`${BODY}<h3>Kenmerken</h3><ul><li><span>📍</span> Utrecht</li><li><span>⏱</span> 32 uur</li><li><span>💶</span> € 90 - 105</li><li><span>⌛</span> 6 maanden</li></ul>`),
    );
    expect([p.location, p.hoursPerWeek?.max, p.rate?.min, p.rate?.max, p.durationMonths]).toEqual(['Utrecht', 32, 90, 105, 6]);
  });

  it('takes a bold row halfway a criteria table for a header, not a point', () => {
    const got = texts(
      page(`${BODY}<h2>Eisen en wensen</h2><table><tr><td><b>Nr.</b></td><td><b>Eisen</b></td><td><b>Weging</b></td></tr>
        <tr><td>E1</td><td>Minimaal een afgeronde mbo-4 opleiding Bouwkunde.</td><td>knock-out</td></tr>
        <tr><td><b>Nr.</b></td><td><b>Wensen</b></td><td><b>Weging</b></td></tr>
        <tr><td>W1</td><td>Ervaring met toezicht onder de Wkb.</td><td>50 punten</td></tr></table>`),
    );
    expect(got).toEqual(['knockout: Minimaal een afgeronde mbo-4 opleiding Bouwkunde.', 'wish: Ervaring met toezicht onder de Wkb.']);
  });
});

describe('a third round: Striive records and JSON-LD job boards', () => {
  it('reads a criteria table whose "Eis/Wens" column gives the kind and "Omschrijving" the text', () => {
    const got = texts(
      page(`${BODY}<p><strong>Eisen en wensen</strong></p><table><tbody>
        <tr><td><strong>Nr</strong></td><td><strong>Eis/Wens</strong></td><td><strong>Omschrijving</strong></td><td><strong>Weging</strong></td></tr>
        <tr><td>1</td><td>Eis</td><td>Afgeronde hbo-opleiding civiele techniek.</td><td>Knock-out</td></tr>
        <tr><td>2</td><td>Wens</td><td>Ervaring met onderhoudscontracten voor natte infrastructuur.</td><td>40%</td></tr></tbody></table>`),
    );
    expect(got).toEqual(['knockout: Afgeronde hbo-opleiding civiele techniek.', 'wish: Ervaring met onderhoudscontracten voor natte infrastructuur.']);
  });

  it('ends a broker\'s steps in running text with their list: the closing date after it is read', () => {
    const p = read(
      page(`${BODY}<p><strong>Zo werkt onze dienstverlening</strong></p><ol><li>Je reageert met je cv.</li><li>Wij toetsen je cv aan de eisen.</li></ol>
        <p>De opdracht sluit 02-11-2026. De gesprekken bij de opdrachtgever staan gepland op maandag 9 november 2026.</p>`),
    );
    expect(p.deadline).toBe('2026-11-02');
  });

  it('reads "loopt van … tot en met …" as the period, and "met uitzicht op verlenging" as the extension, up to where the sentence goes on', () => {
    const p = read(page(`${BODY}<p>De opdracht is voor 32 uur per week en loopt van 2 november 2026 tot en met 30 april 2027, met uitzicht op verlenging, in een betrokken team.</p>`));
    expect([p.startDate, p.endDate, p.durationMonths, p.extension]).toEqual(['2026-11-02', '2027-04-30', 6, 'uitzicht op verlenging']);
  });

  it('ends the wishes at "Practical information"', () => {
    const got = texts(page(`${BODY}<p><strong>Nice to have</strong></p><ul><li>Experience with Microsoft Fabric</li></ul><p><strong>Practical information</strong></p><ul><li>Start: 1 December 2026</li><li>Hours: 24 hrs/week</li></ul>`));
    expect(got).toEqual(['wish: Experience with Microsoft Fabric']);
  });

  it('takes the hour of the closing day from a sentence when the facts give the day alone', () => {
    const p = read(page(`<dl><dt>Reageren kan t/m</dt><dd>22 oktober 2026</dd></dl><p>Let op: reageren via de portal, uiterlijk 22 oktober 2026 om 09:00 uur.</p>${BODY}`));
    expect(p.deadline).toBe('2026-10-22T09:00');
  });

  it('leaves facts out of a title: "Projectleider Wonen | 32 uur | Utrecht"', () => {
    const html = page(BODY).replace('<h1>Adviseur Informatievoorziening</h1>', '<h1>Projectleider Wonen | 32 uur | Utrecht</h1>');
    expect(read(html).title).toBe('Projectleider Wonen');
  });
});

describe('a fourth round: employers\' own sites, app shells, saved pages', () => {
  it('reads "Wat vragen wij" beside "Pré\'s" as the eisen', () => {
    const got = texts(page(`${BODY}<h2>Wat vragen wij?</h2><ul><li>Je hebt minimaal hbo werk- en denkniveau.</li></ul><h2>Pré's</h2><ul><li>Ervaring met warmtenetten.</li></ul>`));
    expect(got).toEqual(['knockout: Je hebt minimaal hbo werk- en denkniveau.', 'wish: Ervaring met warmtenetten.']);
    expect(texts(page(`${BODY}<h2>Wat vragen wij?</h2><ul><li>Je hebt minimaal hbo werk- en denkniveau.</li></ul>`))).toEqual(['other: Je hebt minimaal hbo werk- en denkniveau.']);
  });

  it('names the employer of its own "werken bij" site, and a municipality\'s place when the page names none', () => {
    const html = page(`<p>Wij zoeken een interim projectleider voor de warmtetransitie.</p>${BODY}`).replace('<title>Opdracht</title>', '<title>Interim projectleider | Werken bij Gemeente Lindewaard</title>');
    expect([read(html).client, read(html).location]).toEqual(['Gemeente Lindewaard', 'Lindewaard']);
  });

  it('reads "Opdrachtnr. FRT-8812", and the place after a building ("Provinciehuis, Veenhoven")', () => {
    const p = read(page(`<ul><li>Opdrachtnr. FRT-8812</li></ul><table><tr><th>Standplaats</th><td>Provinciehuis, Veenhoven</td></tr></table>${BODY}`));
    expect([p.reference, p.location]).toEqual(['FRT-8812', 'Veenhoven']);
  });

  it('leaves a whole other posting under "Ook interessant" out', () => {
    const got = texts(
      page(`${BODY}<h2>Eisen</h2><ul><li>Je hebt een afgeronde hbo-opleiding.</li></ul>
        <section><h2>Ook interessant</h2><article><h3>Handhaver Milieu</h3><h4>Eisen</h4><ul><li>Je bent in het bezit van een BOA-akte.</li></ul></article></section>`),
    );
    expect(got).toEqual(['knockout: Je hebt een afgeronde hbo-opleiding.']);
  });

  it('reads the <noscript> fallback of an app shell that shows only its title', () => {
    const fallback = `<dl><dt>Opdrachtgever</dt><dd>Waterschap Lingebroek</dd><dt>Uren per week</dt><dd>32 - 36</dd><dt>Maximaal uurtarief</dt><dd>€ 96,00</dd></dl>
      <p>Het waterschap zoekt een functioneel beheerder die het zaaksysteem beheert, testscripts schrijft en gebruikers ondersteunt bij de overgang naar zaakgericht werken.</p>
      <h2>Eisen</h2><ul><li>Minimaal 3 jaar ervaring als functioneel beheerder van een zaaksysteem.</li><li>Certificering BiSL Foundation.</li></ul>`;
    const p = read(`<!doctype html><html lang="nl"><head><title>Functioneel beheerder</title></head><body><div id="app"><h1>Functioneel beheerder Zaaksysteem</h1><div class="skeleton"></div></div><noscript>${fallback}</noscript></body></html>`);
    expect([p.client, p.hoursPerWeek?.max, p.rate?.max, p.requirements.length]).toEqual(['Waterschap Lingebroek', 36, 96, 2]);
  });
});

describe('a fifth round: combined lists, MoSCoW, weights on their own line', () => {
  it('reads each point\'s own "(eis)" / "(wens)" mark in one combined list', () => {
    const got = texts(page(`${BODY}<h2>Wat vragen wij?</h2><ul><li>Je hebt een afgeronde hbo-opleiding. (eis)</li><li>Je hebt ervaring met subsidieregelingen. (wens)</li></ul>`));
    expect(got).toEqual(['knockout: Je hebt een afgeronde hbo-opleiding.', 'wish: Je hebt ervaring met subsidieregelingen.']);
  });

  it('reads "Should have" and "Could have" as wensen after "Must have"', () => {
    const got = texts(page(`${BODY}<p><strong>Must have</strong></p><ul><li>Afgeronde hbo-opleiding.</li></ul><p><strong>Should have</strong></p><ul><li>Ervaring bij een waterschap.</li></ul><p><strong>Could have</strong></p><ul><li>Kennis van Ultimo.</li></ul>`));
    expect(got).toEqual(['knockout: Afgeronde hbo-opleiding.', 'wish: Ervaring bij een waterschap.', 'wish: Kennis van Ultimo.']);
  });

  it('takes "(30%)" on a line of its own as the weight of the point above, not the end of the list', () => {
    const p = read(page(`${BODY}<p><strong>Nice to have</strong></p><p>• Ervaring met werkregio's klimaatadaptatie.</p><p>(30%)</p><p>• Kennis van 3Di of Sobek.</p><p>(20%)</p>`));
    expect(p.requirements.map((r) => [r.kind, r.weight])).toEqual([['wish', 30], ['wish', 20]]);
  });

  it('reads "Functie-eisen / Competenties" as qualities beside other eisen', () => {
    const got = texts(page(`${BODY}<h3>Minimale eisen</h3><ul><li>Afgeronde hbo-opleiding.</li></ul><h3>Functie-eisen / Competenties</h3><ul><li>Analytisch sterk.</li><li>Nauwkeurig.</li></ul>`));
    expect(got).toEqual(['knockout: Afgeronde hbo-opleiding.']);
  });

  it('reads a field inside a general label ("Overig algemeen: Aanvraagnummer: 2026-0417"), the months a labelled period spans and "loopt 6 maanden"', () => {
    const p = read(page(`${BODY}<p>Overig algemeen: Aanvraagnummer: 2026-0417</p><table><tr><td>Startdatum</td><td>z.s.m.</td></tr><tr><td>Looptijd</td><td>01.10.2026 - 30.09.2027</td></tr></table>`));
    expect([p.reference, p.durationMonths]).toEqual(['2026-0417', 12]);
    expect(read(page(`${BODY}<p>De opdracht voor 32 uur per week start op 1 november 2026 en loopt 6 maanden.</p>`)).durationMonths).toBe(6);
  });
});

describe('a small broker site: the facts in a sidebar card of icon rows, structured data that fills in one end', () => {
  const sidebar = `<aside><h2>Opdracht in het kort</h2><ul>
      <li><i class="icon icon-euro" aria-hidden="true"></i><span>€ 85 - € 100 p/u</span></li>
      <li><i class="icon icon-clock" aria-hidden="true"></i><span>32-36 uur</span></li>
      <li><i class="icon icon-map-pin" aria-hidden="true"></i><span>Almere</span></li></ul></aside>`;
  const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting","title":"Adviseur Informatievoorziening","baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","value":85,"unitText":"HOUR"}}}</script>`;
  const body = `${BODY}<p>De gemeente werkt hybride; je bent minimaal twee dagen per week op kantoor.</p>${sidebar}`;

  it('reads the card\'s rows under "Opdracht in het kort" as chips, and the days at the office as no hours', () => {
    const p = read(page(body));
    expect(p.hoursPerWeek).toMatchObject({ min: 32, max: 36 });
    expect(p.rate).toMatchObject({ min: 85, max: 100 });
  });

  it('takes the range the page shows over a structured amount that is its lower end', () => {
    expect(read(page(body, jsonLd)).rate).toMatchObject({ min: 85, max: 100 });
    // A structured amount the page does not show as one end of a range stays the rate.
    expect(read(page(body.replace('€ 85 - € 100 p/u', '€ 90 - € 100 p/u'), jsonLd)).rate).toMatchObject({ min: null, max: 85 });
  });
});

describe('a client\'s own documents: a Word form, a SharePoint list form, a tender notice', () => {
  const doc = (body: string, title = 'Opdrachtomschrijving inhuur') =>
    `<!doctype html><html lang="nl"><head><title>${title}</title></head><body>${body}</body></html>`;
  const facts = `<table><tr><td><p>Opdrachtgever</p></td><td><p>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK), DG Digitalisering en Overheidsorganisatie, directie Digitale Samenleving</p></td></tr>
    <tr><td><p>Functie</p></td><td><p>Senior beleidsadviseur Digitale Overheid</p></td></tr>
    <tr><td><p>Gewenste startdatum</p></td><td><p>z.s.m., uiterlijk 1 februari 2027</p></td></tr>
    <tr><td><p>Omvang</p></td><td><p>0,8 fte</p></td></tr></table>
    <p>Het gaat om 0,8 fte (28,8 uur per week), verdeeld over minimaal vier werkdagen.</p>`;

  it('reads a heading that names the kind of document as no title, and the organisation before its parts as the client', () => {
    const p = read(doc(`<h1>Opdrachtomschrijving inhuur externe medewerker</h1>${facts}`));
    expect(p.title).toBe('Senior beleidsadviseur Digitale Overheid');
    expect(p.client).toBe('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)');
  });

  it('reads "uiterlijk" in a start date as the latest start, and the hours the page states for its fte', () => {
    const p = read(doc(`<h1>Senior beleidsadviseur Digitale Overheid</h1>${facts}`));
    expect(p.startAsap).toBe(true);
    expect(p.endDate).toBeNull();
    expect(p.hoursPerWeek).toMatchObject({ min: 28.8, max: 28.8 });
  });

  it('reads a list form\'s heading (the list\'s name, before the item in the document title) as no title', () => {
    const form = `<h1><a href="/sites/inhuur/Lists/Inhuuraanvragen">Inhuuraanvragen</a></h1>
      <table><tr><td><h3>Titel</h3></td><td>Adviseur Natuurvergunningen (stikstof)</td></tr></table>${BODY}`;
    expect(read(doc(form, 'Inhuuraanvragen - INH-2026-0412 Adviseur Natuurvergunningen (stikstof)')).title).toBe('Adviseur Natuurvergunningen (stikstof)');
    // A webmail client's own title is no posting's; the mail's emphasised role line is.
    expect(read(doc(BODY, 'E-mail - Sanne de Vries - Outlook')).title).toBeNull();
    const mail = `<div role="main"><p><b>Informatiemanager Digitale Informatievoorziening</b></p>${BODY}
      <p>Het waterschap werkt aan een nieuwe informatiehuishouding die voldoet aan de Archiefwet en de Woo. Je stelt het informatieplan op en stuurt de uitvoering ervan aan.</p>
      <p><b>Eisen</b></p><ul><li>Minimaal 5 jaar werkervaring als informatiemanager.</li><li>Afgeronde hbo-opleiding.</li></ul></div>`;
    expect(read(doc(mail, 'E-mail - Sanne de Vries - Outlook')).title).toBe('Informatiemanager Digitale Informatievoorziening');
  });

  it('reads a criteria table\'s unmarked header row, keeps the price criterion (the user weighs the rate), and ends at a numbered "5. Procedure"', () => {
    const tender = `<h1>Programmamanager Aardgasvrije Wijken</h1>${BODY}<h3>4. Gunningscriteria</h3>
      <table><tr><td><p>Nr.</p></td><td><p>Wens</p></td><td><p>Weging</p></td></tr>
      <tr><td>W1</td><td>Ervaring met het sturen op programmafinanciën met meerdere financieringsstromen.</td><td>40%</td></tr>
      <tr><td>P</td><td>Prijs: het aangeboden all-in uurtarief exclusief btw.</td><td>30%</td></tr></table>
      <h3>5. Procedure</h3><dl><dt>Voorlopige gunning</dt><dd>22/12/2026</dd><dt>Gestanddoeningstermijn</dt><dd>60 dagen</dd><dt>Taal</dt><dd>Nederlands</dd></dl>`;
    expect(texts(doc(tender))).toEqual([
      'wish: Ervaring met het sturen op programmafinanciën met meerdere financieringsstromen.',
      'wish: Prijs: het aangeboden all-in uurtarief exclusief btw.',
    ]);
  });
});

describe('a seventh round: codes in paragraphs, marks in a profile list, tender portals, a rendered Angular app', () => {
  it('reads "Eis 1:" and "Wens 1 (15 punten):" paragraphs under "Wat vragen wij?" by their codes, with the weight', () => {
    const got = read(
      page(`${BODY}<h2>Wat vragen wij?</h2>
        <p><strong>Eis 1:</strong> Je hebt een afgeronde hbo- of wo-opleiding in de richting informatiekunde.</p>
        <p><strong>Wens 1 (15 punten):</strong> Je hebt ervaring met het opstellen van een informatiebeleidsplan.</p>
        <p>Geef in je motivatie per eis en per wens aan waar dit uit je cv blijkt.</p>`),
    ).requirements;
    expect(got.map((r) => [r.kind, r.text, r.weight ?? null])).toEqual([
      ['knockout', 'Je hebt een afgeronde hbo- of wo-opleiding in de richting informatiekunde.', null],
      ['wish', 'Je hebt ervaring met het opstellen van een informatiebeleidsplan.', 15],
    ]);
  });

  it('reads "Pré:" points in a "Dit neem je mee" list as wensen and leaves the rest a profile', () => {
    expect(
      texts(page(`${BODY}<h2>Dit neem je mee</h2><ul><li>Minimaal 5 jaar ervaring als controller bij een gemeente.</li>
        <li>Pr&eacute;: ervaring met Key2Financi&euml;n of een vergelijkbaar financieel pakket.</li></ul>`)),
    ).toEqual(['other: Minimaal 5 jaar ervaring als controller bij een gemeente.', 'wish: ervaring met Key2Financiën of een vergelijkbaar financieel pakket.']);
  });

  it('reads "Assets" as the wishes, and a heading by its name before a long note in brackets', () => {
    expect(
      texts(page(`${BODY}<h3>Eisen <small>(knock-out; voldoet de kandidaat niet, dan wordt de aanbieding terzijde gelegd)</small></h3>
        <ul><li>Je hebt werkervaring met Systeemgerichte Contractbeheersing.</li></ul>
        <h3>Assets</h3><ul><li>Experience working for an EU institution or agency.</li></ul>`)),
    ).toEqual(['knockout: Je hebt werkervaring met Systeemgerichte Contractbeheersing.', 'wish: Experience working for an EU institution or agency.']);
  });

  it('reads "Kwaliteitscriteria" as wensen; an award method, an amount and a total row are no points', () => {
    expect(
      texts(page(`${BODY}<dl><dt>Gunningscriterium</dt><dd>Beste prijs-kwaliteitverhouding (kwaliteit 70 punten, prijs 30 punten)</dd>
        <dt>Geraamde waarde</dt><dd>&euro; 181.440 excl. btw (initi&euml;le looptijd)</dd></dl>
        <h2>Kwaliteitscriteria</h2><table><tr><th>Nr.</th><th>Criterium</th><th>Punten</th></tr>
        <tr><td>KC1</td><td>Ervaring met projectcontrol binnen een waterschap.</td><td>30</td></tr>
        <tr><td></td><td>Totaal kwaliteit</td><td>70</td></tr></table>`)),
    ).toEqual(['wish: Ervaring met projectcontrol binnen een waterschap.']);
  });

  it('reads a PDF\'s text layer: "4. Knock-outcriteria" opens a section, and "Uiterste datum vragen" is no closing date', () => {
    const line = (...runs: string[]) => `${runs.map((r) => `<span role="presentation">${r}</span>`).join('<span> </span>')}<br role="presentation">`;
    const pdf = `<div class="textLayer">${line('Adviseur Informatievoorziening')}${line(BODY.replace(/<\/?p>/g, ''))}
      ${line('4.', 'Knock-outcriteria')}${line('•', 'De aangeboden kandidaat heeft een afgeronde opleiding op wo-niveau.')}
      ${line('5.', 'Planning')}${line('Uiterste datum vragen', 'vrijdag 4 december 2026, 12.00 uur')}${line('Sluiting indiening offertes', 'maandag 14 december 2026, 12.00 uur')}</div>`;
    const p = read(`<!doctype html><html lang="nl"><head><title>offerteaanvraag.pdf</title></head><body><div id="viewer">${pdf}</div></body></html>`);
    expect(p.requirements.map((r) => `${r.kind}: ${r.text}`)).toEqual(['knockout: De aangeboden kandidaat heeft een afgeronde opleiding op wo-niveau.']);
    expect(p.deadline).toBe('2026-12-14T12:00');
  });

  it('reads a rendered Angular page: no icon ligatures, panel headers as headings, custom elements apart, "20 pnt" as the weight', () => {
    const panel = (title: string, description: string, items: string[]) =>
      `<mat-expansion-panel><mat-expansion-panel-header role="button" aria-expanded="true"><span class="mat-content"><mat-panel-title>${title}</mat-panel-title><mat-panel-description>${description}</mat-panel-description></span></mat-expansion-panel-header>
      <div role="region"><mat-list role="list">${items.map((t) => `<mat-list-item role="listitem"><mat-icon class="mat-icon material-icons" aria-hidden="true">check_circle</mat-icon><span class="req-text">${t}</span></mat-list-item>`).join('')}</mat-list></div></mat-expansion-panel>`;
    const got = read(
      page(`${BODY}<mat-accordion>${panel('Eisen', '2 knock-outcriteria', ['Minimaal 6 jaar werkervaring als beleidsadviseur mobiliteit.', 'Een afgeronde hbo-opleiding.'])}
        ${panel('Wensen', '1 gunningscriterium · totaal 20 punten', ['Kennis van het MIRT.<span class="chip">20 pnt</span>'])}</mat-accordion>`),
    ).requirements;
    expect(got.map((r) => [r.kind, r.text, r.weight ?? null])).toEqual([
      ['knockout', 'Minimaal 6 jaar werkervaring als beleidsadviseur mobiliteit.', null],
      ['knockout', 'Een afgeronde hbo-opleiding.', null],
      ['wish', 'Kennis van het MIRT.', 20],
    ]);
  });
});

describe('a seventh round: places in sentences, a start in a broker\'s sentence', () => {
  it('reads the place a labelled sentence names, and a capitalised "Werklocatie is … in Breda"', () => {
    const labelled = `${BODY}<p><strong>Werkplek</strong><br>Het provinciehuis aan het Zuid-Hollandplein in Den Haag, hybride werken in overleg (minimaal twee dagen op kantoor).</p>`;
    expect(read(page(labelled)).location).toBe('Den Haag');
    const office = `${BODY}<p><strong>Locatie:</strong> Stadskantoor Zwolle, Lübeckplein 2 (hybride, minimaal twee dagen per week op kantoor)</p>`;
    expect(read(page(office)).location).toBe('Zwolle');
    const prose = `${BODY}<p>De inzet bedraagt 1 fte (36 uur per week). Werklocatie is het waterschapshuis aan de Bouvignelaan 5 in Breda; thuiswerken is in overleg mogelijk.</p>`;
    expect(read(page(prose)).location).toBe('Breda');
    // A broker's own "Gevestigd in Deventer." is not where the work is.
    expect(read(page(`${BODY}<p>Interim-professionals voor de publieke sector. Gevestigd in Deventer.</p>`)).location).toBeNull();
  });

  it('reads "met ingang van 11 januari 2027" as the start', () => {
    const p = read(page(`<p>Voor de gemeente Haarlemmermeer zoeken wij met ingang van 11 januari 2027 een informatiemanager voor gemiddeld 28 uur per week, tot en met 31 juli 2027.</p>`));
    expect(p.startDate).toBe('2027-01-11');
    expect(p.endDate).toBe('2027-07-31');
  });
});
