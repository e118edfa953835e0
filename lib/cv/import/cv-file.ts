/**
 * A CV file to plain text: PDF (pdf.js), Word .docx (mammoth) or text. The readers are
 * passed in (cv-readers.ts for Node, the side panel's own for the extension): pdf.js needs
 * its worker set up differently in each. Everything that can go wrong ends in a CvFileError
 * whose message a user can act on; nothing is stored until the text is read.
 */

/** Larger than any two-page CV, even one full of images; bigger files are refused rather than read. */
export const MAX_CV_BYTES = 10 * 1024 * 1024;

export class CvFileError extends Error {}

export interface CvReaders {
  /** The text of a PDF, one string per line; throws a PasswordException-like error for a locked file. */
  pdfLines: (bytes: Uint8Array) => Promise<string[]>;
  /** The raw text of a .docx. */
  docxText: (bytes: Uint8Array) => Promise<string>;
}

export type CvFileKind = 'pdf' | 'docx' | 'text';

export function cvFileKind(bytes: Uint8Array, name: string): CvFileKind | null {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return 'pdf';
  // A .docx is a zip ("PK\x03\x04"); an old binary .doc is not, and is not read.
  if (head.startsWith('PK\x03\x04')) return /\.zip$/i.test(name) ? null : 'docx';
  if (/\.(?:docx?|pdf|odt|rtf|pages)$/i.test(name)) return null;
  return looksLikeText(bytes) ? 'text' : null;
}

/** No NUL bytes and valid UTF-8 in the first part: a text file, not a binary one. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? trimPartialChar(sample) : sample);
    return true;
  } catch {
    return false;
  }
}

/** Drop a UTF-8 sequence cut off by the sample's end. */
function trimPartialChar(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = sample[end - i];
    if ((b & 0xc0) === 0xc0) return sample.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return sample;
}

/** The CV's text, or a CvFileError saying in plain words why it cannot be read. */
export async function readCvFile(bytes: Uint8Array, name: string, readers: CvReaders): Promise<string> {
  if (bytes.length === 0) throw new CvFileError(`${name} is empty.`);
  if (bytes.length > MAX_CV_BYTES) throw new CvFileError(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; a CV file can be at most 10 MB.`);
  const kind = cvFileKind(bytes, name);
  if (!kind) throw new CvFileError(`${name} is not a PDF, a Word (.docx) or a text file. Save it as one of those and try again.`);
  let text: string;
  if (kind === 'pdf') {
    let lines: string[];
    try {
      lines = await readers.pdfLines(bytes);
    } catch (e) {
      const what = `${(e as Error)?.name ?? ''} ${(e as Error)?.message ?? ''}`;
      if (/password/i.test(what)) throw new CvFileError(`${name} is protected with a password. Save a copy without the password and import that.`);
      throw new CvFileError(`${name} could not be read as a PDF (${(e as Error)?.message ?? 'damaged file'}).`);
    }
    text = lines.join('\n');
  } else if (kind === 'docx') {
    try {
      // mammoth ends every paragraph with a blank line; an empty paragraph (a blank line in the CV) adds one more.
      text = (await readers.docxText(bytes)).replace(/\n\n/g, '\n');
    } catch {
      throw new CvFileError(`${name} could not be read as a Word document. Save it again as .docx, or as PDF, and try again.`);
    }
  } else {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  text = text.replace(/\r\n?/g, '\n').split(String.fromCharCode(0)).join('');
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < 200) {
    throw new CvFileError(
      kind === 'pdf'
        ? `${name} holds no text that can be read: it is probably a scan. Export the CV from your word processor as PDF, or paste its text.`
        : `${name} holds too little text to be a CV.`,
    );
  }
  return text;
}

/**
 * Lines from pdf.js text items: a new line where an item ends one (hasEOL) or the baseline
 * moves; items on one line joined with a space where the gap between them asks for one.
 * A sentence the word processor wrapped onto the next line is one line again (`unwrap`).
 */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** A line of a page as laid out: its text, where it starts and ends, and its baseline. */
interface PlacedLine {
  text: string;
  left: number | null;
  right: number | null;
  y: number | null;
  /** Where its wrapped continuation starts, once it has one. */
  continued?: number | null;
}

export function pdfItemsToLines(pages: PdfTextItem[][]): string[] {
  const lines: string[] = [];
  for (const items of pages) {
    const placed: PlacedLine[] = [];
    let line: PlacedLine = { text: '', left: null, right: null, y: null };
    // A line the page ends itself (hasEOL) is kept even when empty: a blank line parts sections.
    const end = (keepEmpty = false) => {
      line.text = line.text.trim();
      if (line.text || keepEmpty) placed.push(line);
      line = { text: '', left: null, right: null, y: null };
    };
    let lastY: number | null = null;
    let lastEnd: number | null = null;
    for (const item of items) {
      const y = item.transform?.[5] ?? null;
      const x = item.transform?.[4] ?? null;
      if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && line.text.trim()) {
        end();
        lastEnd = null;
      }
      const gap = lastEnd !== null && x !== null && x - lastEnd > 1;
      // A gap of more than a few characters parts columns ("2019 – 2021      Gemeente Utrecht", a
      // sidebar beside the main text): two spaces, as the CV's text layout would read it.
      const columns = gap && x! - lastEnd! > (item.transform?.[0] ?? 10) * 1.5;
      if (columns && line.text.trim()) line.text = `${line.text.trimEnd()}  ${item.str.trimStart()}`;
      else line.text += gap && !line.text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
      if (item.str.trim() && x !== null) line.left ??= x;
      if (x !== null && item.width !== undefined) lastEnd = x + item.width;
      if (item.str.trim() && lastEnd !== null) line.right = lastEnd;
      if (y !== null) {
        lastY = y;
        line.y ??= y;
      }
      if (item.hasEOL) {
        end(true);
        lastEnd = null;
      }
    }
    end();
    lines.push(...unwrap(placed), '');
  }
  return lines;
}

/** Starts a line of its own: a bullet, a number, a period ("2019 –"). */
const ITEM = /^(?:[-–•▪●◦*·]|\d+[.)]\s|(?:19|20)\d\d\b)/;
/** A header of parts: "Role | Organisation | period". */
const HEADER_PARTS = /\s\|\s/;
/** A period the line break cut: "2008 –", "2008 – apr.", "sep. 2023 -". */
const OPEN_PERIOD = /(?:19|20)\d\d\s*[–-]\s*(?:\p{L}{3,9}\.?)?$/u;
/** Starts with a bullet: its wrapped lines sit under its text (a hanging indent). */
const BULLET = /^[-–•▪●◦*·]\s/;

/**
 * A line the word processor wrapped joins the line it continues. Only where the layout says
 * so for certain, so that no two items of the CV become one:
 * - a bullet's text continued under its text (indented past the bullet), a line lower;
 * - a line reaching the text's right margin (within a few characters), continued a line
 *   lower at the same left edge by a line that starts in lower case ("… samenwerking met" /
 *   "ketenpartners in de regio");
 * - a role header reaching the margin ("Role | Organisation (…", or a period cut open),
 *   continued at the same left edge by a short rest.
 * A wrap before a capitalised word elsewhere stays two lines, as before.
 * Column layouts stay apart (another column starts elsewhere); pages are not joined (headers
 * and footers lie between).
 */
function unwrap(placed: PlacedLine[]): string[] {
  const rights = placed.filter((l) => l.text).map((l) => l.right).filter((r): r is number => r !== null);
  const margin = rights.length ? Math.max(...rights) : 0;
  const out: PlacedLine[] = [];
  for (const line of placed) {
    const prev = out.at(-1);
    if (prev && wraps(prev, line, margin)) {
      prev.text = `${prev.text} ${line.text}`;
      prev.right = line.right;
      prev.y = line.y;
      prev.continued = line.left;
    } else out.push({ ...line });
  }
  return out.map((l) => l.text);
}

function wraps(prev: PlacedLine, next: PlacedLine, margin: number): boolean {
  if (!prev.text || !next.text || prev.left === null || prev.right === null || next.left === null || prev.y === null || next.y === null) return false;
  const lineHeight = Math.abs(prev.y - next.y);
  if (lineHeight === 0 || lineHeight > 30 || BULLET.test(next.text)) return false;
  // A character is about half the line height wide; the next word did not fit.
  const width = margin - prev.left;
  const reachesMargin = width > 0 && margin - prev.right <= Math.min(width * 0.2, lineHeight * 6);
  const sameEdge = Math.abs(next.left - prev.left) <= 2;
  // A role header in parts ("Projectleider | Gemeente Breda (regio" / "West-Brabant) | 2023 –
  // heden") or with its period cut ("… | 2008 – apr." / "2013"): the short rest of it.
  if (reachesMargin && sameEdge && (HEADER_PARTS.test(prev.text) || OPEN_PERIOD.test(prev.text)) && next.right !== null && next.right - next.left < width / 2) return true;
  if (ITEM.test(next.text)) return false;
  if (BULLET.test(prev.text)) {
    // Under the bullet's text: indented past the bullet, or where its earlier continuation was.
    const under = prev.continued ?? null;
    const indent = next.left - prev.left;
    return under !== null ? Math.abs(next.left - under) <= 2 : indent > 2 && indent <= lineHeight * 2;
  }
  return reachesMargin && sameEdge && /^\p{Ll}/u.test(next.text);
}

/** What cv-readers need of a pdf.js document (the legacy and the browser builds alike). */
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: object[] }> }>;
  destroy(): Promise<void>;
}

/** Every page's text items, as lines; the document is closed afterwards. */
export async function pdfDocumentLines(doc: PdfDocument): Promise<string[]> {
  try {
    const pages: PdfTextItem[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const { items } = await (await doc.getPage(p)).getTextContent();
      pages.push(items.filter((i): i is PdfTextItem => 'str' in i));
    }
    return pdfItemsToLines(pages);
  } finally {
    await doc.destroy();
  }
}
