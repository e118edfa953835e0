/**
 * The PDF and Word readers for Node (the CLI and the tests): pdf.js's legacy build, which
 * runs in Node 20 without a separate worker, and mammoth.
 */
import mammoth from 'mammoth';
import { type CvReaders, pdfDocumentLines } from '../cv/import/cv-file';

export const nodeCvReaders: CvReaders = {
  async pdfLines(bytes) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    return pdfDocumentLines(doc);
  },
  async docxText(bytes) {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  },
};
