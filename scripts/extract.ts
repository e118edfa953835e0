/**
 * npm run extract -- [--url URL] [--now YYYY-MM-DD] [--explain] FILE.html
 *
 * Prints the Posting read from a saved page as JSON on stdout; with --explain, how every
 * field and requirement section was decided, as text (lib/extract/explain-text.ts). Bad
 * input (no file, an unreadable file, a file that is not HTML, a malformed option) gives
 * one line on stderr and exit code 2; never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { explainPosting, readPage } from '../lib/extract';
import { explanationText } from '../lib/extract/explain-text';
import { localDay } from '../lib/parse/date';
import { htmlDocument } from '../lib/node/html-document';
import { decodeHtml, looksLikeHtml } from '../lib/node/html-file';
import { Posting } from '../lib/posting';

const USAGE = 'usage: npm run extract -- [--url URL] [--now YYYY-MM-DD] [--explain] FILE.html';

class InputError extends Error {}

function main(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' }, now: { type: 'string' }, explain: { type: 'boolean' } } });
  } catch (e) {
    const option = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    throw new InputError(`${option ? `unknown option ${option}` : (e as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new InputError(positionals.length ? `give one file, not ${positionals.length} (${USAGE})` : USAGE);
  const now = values.now ?? localDay();
  if (!isCalendarDay(now)) {
    throw new InputError(`--now must be a date as YYYY-MM-DD, not "${now}"`);
  }
  if (values.url !== undefined && !URL.canParse(values.url)) throw new InputError(`--url is not a valid address: "${values.url}"`);

  const file = positionals[0];
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  if (!looksLikeHtml(bytes)) throw new InputError(`${file} is not an HTML page`);

  const doc = htmlDocument(decodeHtml(bytes));
  const url = values.url ?? pageUrl(doc) ?? pathToFileURL(resolve(file)).href;
  const { posting, explanation } = explainPosting(readPage(doc, url), { now });
  // The CLI is an edge: what it prints must be a valid Posting.
  const valid = Posting.parse(posting);
  return values.explain ? explanationText(valid, explanation) : JSON.stringify(valid, null, 2);
}

/** The address the saved page names for itself (canonical link or og:url), if any. */
function pageUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//.test(href) && URL.canParse(href) ? href : null;
}

/** "2025-02-30" matches YYYY-MM-DD but is no day. */
function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}


try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (e) {
  const input = e instanceof InputError;
  process.stderr.write(`bidprep extract: ${input ? e.message : `internal error: ${(e as Error).message ?? e}`}\n`);
  process.exitCode = input ? 2 : 1;
}
