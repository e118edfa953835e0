/**
 * extractPosting: read one assignment page into a Posting, in two halves.
 *
 * readPage (read-page.ts) needs the DOM and runs in the tab; postingFromPage
 * (posting-from-page.ts) needs only its plain-data result (page-reading.ts). The extension
 * runs the halves on either side of the injection; Node (CLI, tests) runs both here, on a
 * linkedom document. See README.md.
 */
import type { Posting } from '../posting';
import { type ExtractOptions, postingFromPage } from './posting-from-page';
import { readPage } from './read-page';

export { emptyPosting, explainPosting, postingFromPage, type ExtractOptions } from './posting-from-page';
export { readPage } from './read-page';

export function extractPosting(doc: Document, url: string, options: ExtractOptions): Posting {
  return postingFromPage(readPage(doc, url), options);
}
