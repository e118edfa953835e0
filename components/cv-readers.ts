/**
 * The PDF and Word readers for the extension's pages: pdf.js with its worker packaged in
 * the extension (no network; Vite emits the worker file and gives its URL), and mammoth's
 * browser build. Loaded only when the user imports a file, so the side panel opens as fast.
 */
import { type CvReaders, pdfDocumentLines } from '../lib/cv/import/cv-file';

export const browserCvReaders: CvReaders = {
  async pdfLines(bytes) {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    // A copy: pdf.js hands its buffer to the worker, which leaves the caller's bytes unusable.
    const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    return pdfDocumentLines(doc);
  },
  async docxText(bytes) {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    return value;
  },
};
