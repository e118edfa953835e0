/**
 * Pages that are huge or pathologically shaped are read, never refused or frozen on. How
 * fast is checked by `npm run bench:extract` (which prints figures); these check what is
 * read: deep pages in full structure, long lists whole, an over-long line cut to the cap.
 */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { PageReading } from '../../lib/extract/page-reading';
import { readPage } from '../../lib/extract/read-page';
import { htmlDocument } from '../../lib/node/html-document';
import { Posting } from '../../lib/posting';
import { deepChainPage, deepTextPage, listItemsPage, longLinePage, requirementTablePage, requirementText } from '../support/scaling-pages';

const URL = 'https://example.org/opdracht/1';
const extract = (html: string) => extractPosting(htmlDocument(html), URL, { now: '2025-08-25' });

describe('a page nested thousands of levels deep', () => {
  it('is read whole, in full structure, at the bottom of a 3,000-deep chain', () => {
    const posting = extract(deepChainPage(3000));
    expect(posting).toMatchObject({ title: 'Projectleider sociaal domein', rate: { max: 95 }, hoursPerWeek: { min: 32 }, deadline: '2025-10-20' });
    expect(posting.requirements.map((r) => r.text)).toEqual([0, 1, 2, 3, 4].map((i) => requirementText(i)));
  });

  it('keeps a line for the text at every level', () => {
    const reading = readPage(htmlDocument(deepTextPage(3000)), URL);
    expect(reading.lines.filter((l) => l.text.startsWith('Niveau '))).toHaveLength(3000);
    expect(extract(deepTextPage(3000)).requirements).toHaveLength(5);
  });

  it('goes without Readability, with a warning, and takes the description from the page', () => {
    const reading = readPage(htmlDocument(deepChainPage(1000)), URL);
    expect(reading.articleSkipped).toBe(true);
    const posting = extract(deepChainPage(1000));
    expect(posting.warnings).toContainEqual({ code: 'page-too-complex' });
    expect(posting.description).toContain('De gemeente werkt aan een toekomstbestendige dienstverlening');
  });

  it('keeps Readability on an ordinary page', () => {
    expect(readPage(htmlDocument(deepChainPage(20)), URL).articleSkipped).toBe(false);
    expect(extract(deepChainPage(20)).warnings).toEqual([]);
  });

  it('still recognises a related-postings block at the bottom of a deep page as noise', () => {
    const related = '<div><p><strong>Vergelijkbare opdrachten</strong></p><p>Adviseur Wonen, max € 110 per uur, sluit 01-11-2025</p></div>';
    const section = '<section><h2>Vergelijkbare opdrachten</h2><p>Teamleider Burgerzaken, 36 uur, sluit 03-11-2025</p></section>';
    const html = deepChainPage(2000).replace(/(<\/div>)/, `${related}${section}$1`);
    const lines = readPage(htmlDocument(html), URL).lines;
    expect(lines.filter((l) => /Adviseur Wonen|Teamleider Burgerzaken/.test(l.text)).every((l) => l.noise)).toBe(true);
    expect(extract(html).description).not.toContain('Adviseur Wonen');
  });
});

describe('long lists and tables', () => {
  it('reads every item of a long list, and Readability still finds the article', () => {
    const posting = extract(listItemsPage(2000));
    expect(posting.requirements).toHaveLength(2000);
    expect(posting.warnings).toEqual([]);
    // Readability saw only the first items; the article still holds the whole list.
    expect(posting.description).toContain(requirementText(1999));
  });

  it('reads every row of a long requirement table with its code and weight', () => {
    const posting = extract(requirementTablePage(1000));
    expect(posting.requirements).toHaveLength(1000);
    expect(posting.requirements[999]).toEqual({ kind: 'knockout', text: requirementText(999), code: 'E10', weight: 20 });
  });
});

describe('a page whose text has no breaks', () => {
  it('reads a single 1 MB line cut to the cap: the reading and the posting are schema-valid', () => {
    const html = longLinePage(1_048_576);
    const reading = readPage(htmlDocument(html), URL);
    expect(() => PageReading.parse(reading)).not.toThrow();
    expect(Math.max(...reading.lines.map((l) => l.text.length))).toBe(20_000);
    const posting = extract(html);
    expect(() => Posting.parse(posting)).not.toThrow();
    expect(posting.title).toBe('Projectleider sociaal domein');
  });

  it('cuts an over-long table cell and inline parts too', () => {
    const huge = 'woord '.repeat(50_000);
    const html = `<html><body><h1>Adviseur</h1><table><tr><td>Omschrijving</td><td>${huge}</td></tr></table><p><span>${huge}</span><span>Arnhem</span></p></body></html>`;
    const reading = readPage(htmlDocument(html), URL);
    expect(() => PageReading.parse(reading)).not.toThrow();
    expect(() => Posting.parse(extract(html))).not.toThrow();
  });
});
