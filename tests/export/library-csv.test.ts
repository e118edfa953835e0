import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, libraryCsv } from '../../lib/export/library-csv';
import { emptyPosting } from '../../lib/extract/posting-from-page';
import { savedFromCapture } from '../../lib/library/saved-from-capture';
import type { Posting } from '../../lib/posting';
import { SavedPosting } from '../../lib/saved-posting';

function saved(fields: Partial<Posting>, change: (s: SavedPosting) => SavedPosting = (s) => s): SavedPosting {
  const posting = { ...emptyPosting('https://www.striive.com/opdracht/1', 'www.striive.com', { code: 'no-deadline' }), ...fields };
  return SavedPosting.parse(change(savedFromCapture(posting, null, { at: '2025-09-01T08:00:00.000Z', newId: () => `id-${Math.random()}` })));
}

const projectleider = saved(
  {
    title: 'Projectleider; "Jeugd" & Wmo',
    client: 'Gemeente Utrecht',
    location: 'Utrecht',
    reference: 'SRQ-0417',
    rate: { min: 87.5, max: 95, currency: 'EUR', text: '€ 87,50 – € 95' },
    hoursPerWeek: { min: 32, max: 36, text: '32-36 uur' },
    deadline: '2025-09-15T12:00',
    startAsap: true,
    durationMonths: 6,
    requirements: [
      { kind: 'knockout', text: 'HBO' },
      { kind: 'knockout', text: 'PRINCE2' },
      { kind: 'wish', text: 'Wmo' },
    ],
  },
  (s) => ({ ...s, status: 'bidding', checklist: s.checklist.map((i, n) => ({ ...i, state: n === 0 ? 'met' : n === 1 ? 'not-met' : 'open' })) }),
);
const hostile = saved({ title: '=HYPERLINK("http://evil.example","klik")', client: '+31 6 12345678', location: '-2+3', reference: '@SUM(A1)' });

/** Read back as a spreadsheet reads it: Papa Parse with the Dutch list separator. */
function read(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the library as CSV', () => {
  it('starts with a byte-order mark, separates cells with ";" and ends lines with CRLF', () => {
    const csv = libraryCsv([projectleider], { language: 'nl' });
    expect(csv.startsWith('\ufeffTitel;Opdrachtgever;Locatie;Portal;Referentie;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes one row per posting with the facts, status, progress, knock-outs not met and the link, read back cell for cell', () => {
    const [header, row] = read(libraryCsv([projectleider], { language: 'nl' }));
    const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cells).toEqual({
      Titel: 'Projectleider; "Jeugd" & Wmo',
      Opdrachtgever: 'Gemeente Utrecht',
      Locatie: 'Utrecht',
      Portal: 'Striive',
      Referentie: 'SRQ-0417',
      'Tarief vanaf (€)': '87,5',
      'Tarief max (€)': '95',
      'Uren vanaf': '32',
      'Uren tot': '36',
      Sluitingsdatum: '2025-09-15 12:00',
      Start: 'z.s.m.',
      Einde: '',
      'Looptijd (maanden)': '6',
      Status: 'bezig met offerte',
      Afgevinkt: '2',
      'Eisen en wensen': '3',
      'Knock-outs niet gehaald': '1',
      'Opgehaald op': '2025-09-01',
      Link: 'https://www.striive.com/opdracht/1',
    });
  });

  it('uses a decimal point and English words in English', () => {
    const [header, row] = read(libraryCsv([projectleider], { language: 'en' }));
    expect(row[header.indexOf('Rate from (€)')]).toBe('87.5');
    expect(header[0]).toBe('Title');
  });

  it('never lets page text run as a formula', () => {
    const [header, row] = read(libraryCsv([hostile], { language: 'nl' }));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Titel')).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(cell('Opdrachtgever')).toBe("'+31 6 12345678");
    expect(cell('Locatie')).toBe("'-2+3");
    expect(cell('Referentie')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd', 'nl')).toBe("'\tcmd");
    // Numbers BidPrep writes itself stay numbers.
    expect(csvCell(-3, 'nl')).toBe('-3');
  });

  it('writes only the header for an empty library', () => {
    expect(read(libraryCsv([], { language: 'nl' }))).toHaveLength(1);
  });
});
