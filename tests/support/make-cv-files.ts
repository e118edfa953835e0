/**
 * Small real CV files made in the tests, so no binary fixture is checked in: a PDF with
 * text (Helvetica, WinAnsi), a PDF with no text at all (as a scan has), and a .docx.
 */
import JSZip from 'jszip';

const WIN_ANSI: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95 };

function pdfString(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) continue;
    if (ch === '(' || ch === ')' || ch === '\\') bytes.push(0x5c);
    bytes.push(code);
  }
  return bytes;
}

/** A PDF of the given lines, 50 to a page. */
export function makePdf(lines: string[]): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += 50) pages.push(lines.slice(i, i + 50));
  const objects: number[][] = [];
  const enc = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  const pageIds = pages.map((_, i) => 4 + i * 2);
  // Wide enough for the longest line (Helvetica 10 pt: under 6 pt a character): a PDF's text
  // stays within its page, and a reader drops what lies beyond it.
  const width = Math.max(595, 100 + 6 * Math.max(0, ...lines.map((l) => l.length)));
  objects[1] = enc('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = enc(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects[3] = enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((pageLines, i) => {
    const content: number[] = enc('BT /F1 10 Tf 14 TL 50 800 Td\n');
    for (const line of pageLines) content.push(...enc('('), ...pdfString(line), ...enc(") '\n"));
    content.push(...enc('ET'));
    objects[4 + i * 2] = enc(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects[5 + i * 2] = [...enc(`<< /Length ${content.length} >>\nstream\n`), ...content, ...enc('\nendstream')];
  });
  const out: number[] = enc('%PDF-1.4\n');
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out.push(...enc(`${id} 0 obj\n`), ...objects[id], ...enc('\nendobj\n'));
  }
  const xref = out.length;
  out.push(...enc(`xref\n0 ${objects.length}\n0000000000 65535 f \n`));
  for (let id = 1; id < objects.length; id++) out.push(...enc(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`));
  out.push(...enc(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(out);
}

/** A minimal Word document with one paragraph per line. */
export async function makeDocx(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines
      .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
