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

/**
 * A PDF of the given lines, at most 50 to a page. With `wrapAt`, as a word processor lays a CV out:
 * a line longer than that many characters wraps at a space onto the next line, under the
 * text of a bullet (a hanging indent); a line's wrapped parts stay on its page.
 */
export function makePdf(source: string[], { wrapAt }: { wrapAt?: number } = {}): Uint8Array {
  // At most 50 lines to a page (they fit its height), a source line's wrapped parts together.
  const laid = source.map((l) => (wrapAt ? wrapLine(l, wrapAt) : [{ text: l, indent: 0 }]));
  const lines = laid.flat();
  const pages: { text: string; indent: number }[][] = [[]];
  for (const parts of laid) {
    if (pages.at(-1)!.length + parts.length > 50) pages.push([]);
    pages.at(-1)!.push(...parts);
  }
  const objects: number[][] = [];
  const enc = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  const pageIds = pages.map((_, i) => 4 + i * 2);
  // Wide enough for the longest line (Helvetica 10 pt: under 6 pt a character): a PDF's text
  // stays within its page, and a reader drops what lies beyond it.
  const width = Math.max(595, 100 + 6 * Math.max(0, ...lines.map((l) => l.text.length)));
  objects[1] = enc('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = enc(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects[3] = enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((pageLines, i) => {
    const content: number[] = enc('BT /F1 10 Tf 50 800 Td\n');
    let x = 0;
    for (const line of pageLines) {
      content.push(...enc(`${line.indent - x} -14 Td (`), ...pdfString(line.text), ...enc(') Tj\n'));
      x = line.indent;
    }
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

/**
 * A minimal Word document with one paragraph per line; an item that is a list of rows is a
 * table (each cell's lines its paragraphs), as broker CV templates lay entries out.
 */
export async function makeDocx(items: (string | string[][])[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraph = (l: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`;
  const table = (rows: string[][]) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${c.split('\n').map(paragraph).join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${items
      .map((item) => (typeof item === 'string' ? paragraph(item) : table(item)))
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** One line as wrapped at `width` characters; continuation lines of a bullet sit under its text. */
function wrapLine(line: string, width: number): { text: string; indent: number }[] {
  const bullet = /^[-•▪*]\s+/.exec(line);
  const indent = bullet ? bullet[0].length * 5 : 0;
  const out: { text: string; indent: number }[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push({ text: rest.slice(0, cut), indent: out.length ? indent : 0 });
    rest = rest.slice(cut + 1);
  }
  out.push({ text: rest, indent: out.length ? indent : 0 });
  return out;
}
