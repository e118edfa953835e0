import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CvFileError, MAX_CV_BYTES, pdfItemsToLines, readCvFile } from '../../lib/cv/import/cv-file';
import { readCv } from '../../lib/cv/read-cv';
import { nodeCvReaders } from '../../lib/node/cv-readers';
import { makeDocx, makePdf } from '../support/make-cv-files';
import { MATCH_DIR } from '../support/match-set';

const cvText = readFileSync(join(MATCH_DIR, 'cvs', 'projectleider-sociaal-domein.txt'), 'utf8');
const cvLines = cvText.split('\n');

describe('importing a CV file', () => {
  it('reads the text of a PDF line by line, so its experience entries come out as from the text', async () => {
    const text = await readCvFile(makePdf(cvLines), 'cv.pdf', nodeCvReaders);
    expect(text).toContain('Projectleider Inkoop Jeugdhulp | Gemeente Breda (centrumgemeente regio West-Brabant West) | sep. 2023 – heden');
    expect(text).toContain('Uurtarief: € 95 excl. btw');
    const fromPdf = readCv(text).entries.map((e) => [e.role, e.period]);
    expect(fromPdf).toEqual(readCv(cvText).entries.map((e) => [e.role, e.period]));
  });

  it('joins the lines a word processor wrapped: each bullet and role header is one line again, as in the text, and no two lines become one', async () => {
    const norm = (l: string) => l.replace(/\s+/g, ' ').trim();
    // (The test PDF's font writes WinAnsi only: the CVs with "•" and "-" bullets, not "▪".)
    for (const name of ['projectleider-sociaal-domein', 'pmo-adviseur']) {
      const source = readFileSync(join(MATCH_DIR, 'cvs', `${name}.txt`), 'utf8');
      const lines = source.split('\n').map(norm);
      const text = await readCvFile(makePdf(source.split('\n'), { wrapAt: 80 }), 'cv.pdf', nodeCvReaders);
      const read = text.split('\n').map(norm);
      const bullets = lines.filter((l) => /^[-•▪]\s/.test(l));
      expect(bullets.filter((l) => l.length > 80).length, name).toBeGreaterThan(2);
      expect(bullets.filter((l) => !read.includes(l)), name).toEqual([]);
      expect(read.filter((l) => l && !lines.some((s) => s.includes(l))), name).toEqual([]);
      // Role headers wrapped in the middle or in their period are read whole: the same roles.
      const roles = (t: string) => readCv(t).entries.map((e) => [e.role, e.organisation, e.period]);
      expect(roles(text), name).toEqual(roles(source));
    }
  });

  it('joins a paragraph continued in lower case, and keeps apart a short line and each new bullet', async () => {
    const lines = [
      'Profiel',
      'Projectleider met twaalf jaar ervaring in het sociaal domein, gericht op resultaat en samenwerking met',
      'ketenpartners in de regio en daarbuiten.',
      '- Triagemodel voor de toegang tot jeugdhulp ingevoerd met de wijkteams en de huisartsen in de regio.',
      '- Inkoop jeugdhulp voorbereid onder de Jeugdwet samen met de regiogemeenten en de zorgaanbieders',
      '- Beleid voor de Wmo 2015 geschreven.',
      'Werkervaring',
      'korte regel',
    ];
    const text = await readCvFile(makePdf([...lines, ...Array(8).fill('Opvulregel met genoeg letters om een cv te zijn, zonder verdere betekenis.')]), 'cv.pdf', nodeCvReaders);
    const read = text.split('\n');
    expect(read.slice(0, 7)).toEqual([
      'Profiel',
      'Projectleider met twaalf jaar ervaring in het sociaal domein, gericht op resultaat en samenwerking met ketenpartners in de regio en daarbuiten.',
      lines[3],
      lines[4],
      lines[5],
      'Werkervaring',
      'korte regel',
    ]);
  });

  it('keeps a sidebar apart from the main column where their lines share a baseline (two columns in the PDF)', () => {
    const at = (str: string, x: number, y: number, width: number, hasEOL = false) => ({ str, transform: [10, 0, 0, 10, x, y], width, hasEOL });
    const lines = pdfItemsToLines([
      [
        at('Werkervaring', 220, 714, 70, true),
        at('PRINCE2 Foundation', 40, 700, 90),
        at('Projectleider Jeugd | Gemeente Tilburg | 2019 – heden', 220, 700, 250, true),
        at('Stakeholdermanagement', 40, 686, 110),
        at('• Triagemodel', 220, 686, 62),
        at('ingevoerd.', 284.5, 686, 45, true),
      ],
    ]);
    expect(lines.slice(0, 3)).toEqual(['Werkervaring', 'PRINCE2 Foundation  Projectleider Jeugd | Gemeente Tilburg | 2019 – heden', 'Stakeholdermanagement  • Triagemodel ingevoerd.']);
    expect(readCv(lines.join('\n')).entries.map((e) => `${e.role} @ ${e.organisation}`)).toEqual(['Projectleider Jeugd @ Gemeente Tilburg']);
  });

  it('reads a Word document (.docx)', async () => {
    const text = await readCvFile(await makeDocx(cvLines), 'cv.docx', nodeCvReaders);
    expect(text).toContain('Teamleider Wmo-consulenten | Gemeente Etten-Leur | mei 2013 – feb. 2018');
    expect(readCv(text).entries).toHaveLength(5);
  });

  it('reads a Word CV laid out in tables (label | value per row), as a broker template does, into the same roles', async () => {
    // The labelled CV's entries, each as a two-column table; the rest of the CV as paragraphs.
    const items: (string | string[][])[] = [];
    let table: string[][] | null = null;
    for (const line of cvLines) {
      const header = /^(.+?) \| (.+) \| (.+\d{4}.*)$/.exec(line);
      if (header) {
        table = [['Periode', header[3]], ['Opdrachtgever', header[2]], ['Functie', header[1]], ['Werkzaamheden', '']];
        items.push(table);
      } else if (table && line.startsWith('•')) table[3][1] = [table[3][1], line].filter(Boolean).join('\n');
      else {
        table = null;
        items.push(line);
      }
    }
    const text = await readCvFile(await makeDocx(items), 'cv.docx', nodeCvReaders);
    const roles = (cv: ReturnType<typeof readCv>) => cv.entries.map((e) => `${e.role} ${e.period?.from.year}-${e.period?.to?.year ?? 'heden'}`);
    expect(roles(readCv(text))).toEqual(roles(readCv(cvText)));
    const cv = readCv(text);
    const line = cv.lines.find((l) => l.text.startsWith('• Triagemodel voor aanmeldingen'))!;
    expect(cv.entries[line.entry!].role).toBe('Projectleider Transformatie Jeugd');
  });

  it('reads a text file as UTF-8', async () => {
    expect(await readCvFile(new TextEncoder().encode(cvText), 'cv.txt', nodeCvReaders)).toContain('Nederlands: moedertaal');
  });

  it('says a PDF without text is probably a scan', async () => {
    await expect(readCvFile(makePdf([]), 'scan.pdf', nodeCvReaders)).rejects.toThrow(/no text that can be read: it is probably a scan/);
  });

  it('says a password-protected PDF must be saved without its password', async () => {
    const locked = { ...nodeCvReaders, pdfLines: () => Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })) };
    await expect(readCvFile(makePdf(cvLines), 'locked.pdf', locked)).rejects.toThrow(/protected with a password/);
  });

  it('refuses a damaged PDF, an old .doc, an image and an oversized file with a plain message', async () => {
    await expect(readCvFile(new TextEncoder().encode('%PDF-1.4 nonsense'), 'broken.pdf', nodeCvReaders)).rejects.toThrow(/could not be read as a PDF/);
    await expect(readCvFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2]), 'cv.doc', nodeCvReaders)).rejects.toThrow(/not a PDF, a Word \(\.docx\) or a text file/);
    await expect(readCvFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'photo.png', nodeCvReaders)).rejects.toThrow(CvFileError);
    await expect(readCvFile(new Uint8Array(MAX_CV_BYTES + 1), 'huge.pdf', nodeCvReaders)).rejects.toThrow(/at most 10 MB/);
    await expect(readCvFile(new Uint8Array(0), 'empty.txt', nodeCvReaders)).rejects.toThrow(/is empty/);
  });
});
