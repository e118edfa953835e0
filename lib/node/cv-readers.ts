/**
 * The PDF and Word readers for Node (the CLI and the tests): pdf.js's legacy build, which
 * runs in Node 20 without a separate worker, and mammoth.
 */
import mammoth from 'mammoth';
import { type CvReaders, type PdfTextItem, pdfItemsToLines } from '../cv/import/cv-file';

export const nodeCvReaders: CvReaders = {
  async pdfLines(bytes) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      const pages: PdfTextItem[][] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const content = await (await doc.getPage(p)).getTextContent();
        pages.push(content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i));
      }
      return pdfItemsToLines(pages);
    } finally {
      await doc.destroy();
    }
  },
  async docxText(bytes) {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  },
};
