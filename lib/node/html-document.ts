/**
 * Node side only (CLI, tests, benchmarks): an HTML string as a DOM Document, using
 * linkedom, so `extractPosting` runs on saved pages exactly as on live ones.
 * Never imported by the extension.
 */
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
