import { describe, expect, it } from 'vitest';
import { cleanClient, clientFromProse, isBroker, organisationAtStart } from '../../lib/extract/client';
import { copyWithout } from '../../lib/extract/article';
import { walkPage as readPage } from '../../lib/extract/page-lines';
import { cleanPlace } from '../../lib/extract/find-location';
import { extractPosting } from '../../lib/extract';
import { resolveInlineLabels } from '../../lib/extract/inline-labels';
import { parseLenient } from '../../lib/extract/json-ld';
import { htmlDocument } from '../../lib/node/html-document';

const page = (body: string, head = '') => htmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const texts = (body: string) => readPage(page(body)).lines.filter((l) => !l.noise).map((l) => l.text);

describe('the page model', () => {
  it('never reads navigation, footers, cookie banners or forms', () => {
    expect(
      texts(`<nav><a href="/">Opdrachten</a></nav><div class="cookie-consent">Wij gebruiken cookies</div><main><h1>PMO</h1><p>Tekst</p>
        <form><label>Gewenst uurtarief</label><input></form></main><footer>KvK 123</footer>`),
    ).toEqual(['PMO', 'Tekst']);
  });

  it('drops blocks of other postings found by their heading', () => {
    expect(texts('<main><h1>PMO</h1><p>Tekst</p><section><h2>Vergelijkbare opdrachten</h2><p>Max 90 p/u</p></section></main>')).toEqual(['PMO', 'Tekst']);
  });

  it('drops lists of posting cards even without a telling class or heading', () => {
    const card = (i: number) => `<li><a href="/opdracht/${i}">Projectleider ${i} bij een gemeente</a><span>€ 9${i} per uur · 32 uur p/w</span></li>`;
    const model = readPage(page(`<main><h1>PMO</h1><p>Tekst</p></main><div><ul>${card(1)}${card(2)}${card(3)}</ul></div>`));
    expect(model.lines.filter((l) => !l.noise).map((l) => l.text)).toEqual(['PMO', 'Tekst']);
    expect(model.listedPostings).toBe(3);
  });

  it('keeps a list item whole when its parts are blocks ("<li><span>E1</span><p>…</p></li>")', () => {
    expect(texts('<ul><li><span>E1</span><p>Afgeronde wo-opleiding.</p></li></ul>')).toEqual(['E1 Afgeronde wo-opleiding.']);
  });

  it('separates an inline label from its value (the tab marks it, the background knows the labels)', () => {
    const doc = page('<div><span>Location</span><span>Groningen</span></div><div><span>Mooi</span><span>weer</span></div>');
    expect(extractPosting(doc, 'https://example.org/', { now: '2026-01-01' })).toMatchObject({ location: 'Groningen' });
    const read = readPage(page('<div><span>Location</span><span>Groningen</span></div><div><span>Mooi</span><span>weer</span></div>'));
    expect(read.lines.map((l) => resolveInlineLabels({ ...l, parts: null, article: false }).text)).toEqual(['Location: Groningen', 'Mooiweer']);
  });

  it('gives a hidden tab panel the heading of its tab and marks it hidden', () => {
    const lines = readPage(page('<button id="t">Eisen</button><div role="tabpanel" aria-labelledby="t" hidden><ul><li>HBO</li></ul></div>')).lines;
    expect(lines.map((l) => [l.text, l.heading, l.hidden])).toEqual([
      ['Eisen', 2, true],
      ['HBO', 0, true],
    ]);
  });

  it('treats responsive copies as hidden, but not the desktop copy', () => {
    const lines = readPage(page('<div class="d-none d-md-block">A</div><div class="d-md-none">B</div><div class="hidden lg:block">C</div>')).lines;
    expect(lines.map((l) => [l.text, l.hidden])).toEqual([
      ['A', false],
      ['B', true],
      ['C', false],
    ]);
  });

  it('reads a <br> inside a list item as a space: the item stays one requirement', () => {
    expect(
      texts('<ul><li>Diepgaande kennis van het beheren van werkplekken met Windows 11, <br/> Powershell, Intune en MCM in zeer grote organisaties.</li></ul>'),
    ).toEqual(['Diepgaande kennis van het beheren van werkplekken met Windows 11, Powershell, Intune en MCM in zeer grote organisaties.']);
    expect(texts('<ol><li><span>Ervaring met</span><br><b>Agile werken</b></li></ol>')).toEqual(['Ervaring met Agile werken']);
  });

  it('still breaks a list item at a <br> followed by a bullet or an item code', () => {
    expect(texts('<ul><li>- HBO werk- en denkniveau<br>- Kennis van de Wmo<br/>• Rijbewijs B</li></ul>')).toEqual([
      '- HBO werk- en denkniveau',
      '- Kennis van de Wmo',
      '• Rijbewijs B',
    ]);
    expect(texts('<ul><li>E1 Afgeronde hbo-opleiding<br><span>E2 Vijf jaar ervaring</span><br>1. Kennis van BIO</li></ul>')).toEqual([
      'E1 Afgeronde hbo-opleiding',
      'E2 Vijf jaar ervaring',
      '1. Kennis van BIO',
    ]);
  });

  it('keeps <br> as a line break outside list items', () => {
    expect(texts('<p>Minimaal HBO<br>Vijf jaar ervaring<br/>Rijbewijs B</p>')).toEqual(['Minimaal HBO', 'Vijf jaar ervaring', 'Rijbewijs B']);
  });

  it('gives a line broken off at a <br> in a list item its own marks (hidden)', () => {
    const lines = readPage(page('<ul><li>Zichtbaar deel<br><span hidden>- verborgen item</span></li></ul>')).lines;
    expect(lines.map((l) => [l.text, l.hidden])).toEqual([
      ['Zichtbaar deel', false],
      ['- verborgen item', true],
    ]);
  });

  it('copies the page for Readability without the noise, leaving the page itself untouched', () => {
    const doc = page('<main><h1>PMO</h1><p>Tekst</p></main><aside class="related-jobs"><p>Andere opdracht</p></aside>');
    const model = readPage(doc);
    const copy = copyWithout(doc, model.noiseElements);
    expect(copy.body.textContent).not.toContain('Andere opdracht');
    expect(doc.body.textContent).toContain('Andere opdracht');
  });
});

describe('client and place', () => {
  const ctx = { siteName: 'Bij Oranje', host: 'www.bijoranje.nl' };
  it('recognises brokers and the portal itself', () => {
    expect(isBroker('Striive B.V.', ctx)).toBe(true);
    expect(isBroker('Bij Oranje', ctx)).toBe(true);
    expect(isBroker('Gemeente Utrecht', ctx)).toBe(false);
  });
  it.each([
    ['Voor de VNG zoeken wij een projectcoördinator.', 'VNG'],
    ['Voor Gemeente Midden-Drenthe zoeken wij een Projectleider.', 'Gemeente Midden-Drenthe'],
    ['Voor de gemeente Utrecht zijn wij op zoek naar een adviseur.', 'Gemeente Utrecht'],
    ['In mei 2020 heeft de gemeenteraad van Zwijndrecht het plan vastgesteld.', 'Gemeente Zwijndrecht'],
    ['For the Ministry of Finance, we are looking for a data officer.', 'Ministry of Finance'],
  ])('reads the client from %j', (sentence, client) => expect(clientFromProse(sentence)).toBe(client));
  it('reads the organisation a line starts with', () => {
    expect(organisationAtStart('Waterschap Rivierenland geplaatst op 02-12-2025')).toBe('Waterschap Rivierenland');
    expect(organisationAtStart('Wij zoeken een adviseur')).toBeNull();
  });
  it('tidies client names', () => expect(cleanClient('Logo van gemeente Arnhem')).toBe('Gemeente Arnhem'));
  it.each([
    ['Zaandam (stadhuis, Stadserf 2)', 'Zaandam'],
    ['Den Haag, Turfmarkt 147 (hybride werken mogelijk)', 'Den Haag'],
    ['Gemeentehuis Ede', 'Ede'],
    ['Turfmarkt 147, Den Haag', 'Den Haag'],
    ['Utrecht', 'Utrecht'],
  ])('reads the place in %j', (raw, place) => expect(cleanPlace(raw)).toBe(place));

  /** The location the engine reads from a page with `header` below its title and the portal's address in the footer. */
  const locationOf = (header: string, between = '') =>
    extractPosting(
      htmlDocument(
        `<html lang="nl"><body><main><h1>Adviseur Wonen</h1>${header}${between}<h2>Opdracht</h2><p>Wij zoeken een adviseur wonen voor de prestatieafspraken met de corporaties.</p></main>` +
          `<footer><address>Portaal B.V.<br>Stationsplein 45<br>3511 ED Utrecht</address></footer></body></html>`,
      ),
      'https://www.example.nl/opdracht/1',
      { now: '2025-11-19' },
    ).location;
  it.each([
    ['<p>Amstel 1, 1011 PN Amsterdam, Nederland</p>', 'Amsterdam'],
    ['<p>Laan op Zuid 45, 3072 DB Rotterdam</p>', 'Rotterdam'],
    ['<p>Raadhuisplein 1 | 2406 JE Alphen aan den Rijn</p>', 'Alphen aan den Rijn'],
    ["<p>Wolvenhoek 1, 5211 HH 's-Hertogenbosch</p>", "'s-Hertogenbosch"],
    ['<p>Spui 70, 2511BT DEN HAAG</p>', 'Den Haag'],
  ])('reads the place of a postal address below the title: %j', (header, place) => expect(locationOf(header)).toBe(place));
  it("never takes the portal's own address from the footer, nor an address far below the title", () => {
    expect(locationOf('')).toBeNull();
    const far = Array.from({ length: 8 }, (_, i) => `<p>Stap ${i + 1} van de procedure wordt per mail bevestigd.</p>`).join('');
    expect(locationOf('', `${far}<p>Amstel 1, 1011 PN Amsterdam</p>`)).toBeNull();
  });
});

describe('structured data', () => {
  const structured = (doc: Document) => extractPosting(doc, 'https://example.org/opdracht', { now: '2025-10-01' });
  it('parses JSON-LD with trailing commas and raw newlines', () => {
    expect(parseLenient('{"title": "PMO\nNaleving", "a": [1,2,],}')).toEqual({ title: 'PMO Naleving', a: [1, 2] });
  });
  it('never takes a placeholder or monthly salary as an hourly rate', () => {
    const ld = (salary: object) =>
      structured(page('', `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'x', baseSalary: salary })}</script>`));
    expect(ld({ '@type': 'MonetaryAmount', value: { value: 0, unitText: 'HOUR' } })).toMatchObject({ rate: null, warnings: expect.arrayContaining([{ code: 'salary-placeholder' }]) });
    expect(ld({ value: { value: 100, unitText: 'HOUR' } }).rate).toBeNull();
    expect(ld({ value: { value: 4500, unitText: 'MONTH' } })).toMatchObject({ rate: null, warnings: expect.arrayContaining([{ code: 'salary-not-hourly', detail: 'maand' }]) });
    expect(ld({ value: { minValue: 92.5, maxValue: 105, unitText: 'HOUR' } }).rate).toMatchObject({ min: 92.5, max: 105 });
    // Dutch portals write the unit in Dutch.
    expect(ld({ value: { value: 95, unitText: 'UUR' } }).rate).toMatchObject({ min: null, max: 95 });
  });
  it('reads a posting that is only JSON-LD, before the page has rendered any text', async () => {
    const doc = page('<div id="app"></div>', `<script type="application/ld+json">{"@type":"JobPosting","title":"Adviseur Wonen","validThrough":"2026-12-04T12:00:00+01:00"}</script>`);
    const posting = extractPosting(doc, 'https://example.org/opdracht/1', { now: '2026-11-23' });
    expect(posting).toMatchObject({ title: 'Adviseur Wonen', deadline: '2026-12-04T12:00' });
    expect(extractPosting(page(''), 'https://example.org/', { now: '2026-11-23' }).warnings).toEqual([{ code: 'page-empty' }]);
  });
  it('reads JSON-LD times as a Dutch reader has them', () => {
    const deadline = (validThrough: string) =>
      structured(page('', `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'x', validThrough })}</script>`)).deadline;
    expect(deadline('2021-10-21T21:59:00Z')).toBe('2021-10-21T23:59'); // summer time: UTC + 2
    expect(deadline('2026-01-14T23:00:00Z')).toBe('2026-01-15'); // winter: midnight the next day
    expect(deadline('2026-09-07T23:59:59.999Z')).toBe('2026-09-07'); // end of the day marks the day
    expect(deadline('2026-09-23T00:00:00+00:00')).toBe('2026-09-23');
  });
  it('finds a JobPosting inside @graph', () => {
    const doc = page('', `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"JobPosting","title":"Adviseur","validThrough":"2025-10-20T12:00:00+02:00"}]}</script>`);
    expect(structured(doc)).toMatchObject({ title: 'Adviseur', deadline: '2025-10-20T12:00' });
  });
});
