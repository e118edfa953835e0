/**
 * npm run match -- --cv CV.(txt|pdf|docx) [--profile PROFILE.json] [--now YYYY-MM-DD] [--url URL] POSTING.html
 *
 * Reads the posting page as `npm run extract` does, reads the CV file, and prints per
 * requirement the matcher's verdict, evidence lines and years as JSON:
 * { "requirements": [{ "kind", "text", "verdict", "evidence": [string], "years" }] }.
 * The same code as the extension. Bad arguments or unreadable files: one line on stderr,
 * exit code 2.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CvProfile, EMPTY_PROFILE } from '../lib/cv/cv';
import { CvFileError, readCvFile } from '../lib/cv/import/cv-file';
import { readCv } from '../lib/cv/read-cv';
import { extractPosting } from '../lib/extract';
import { matchPosting } from '../lib/match/match';
import { nodeCvReaders } from '../lib/node/cv-readers';
import { htmlDocument } from '../lib/node/html-document';
import { decodeHtml, looksLikeHtml } from '../lib/node/html-file';
import { localDay } from '../lib/parse/date';

const USAGE = 'usage: npm run match -- --cv CV.(txt|pdf|docx) [--profile PROFILE.json] [--now YYYY-MM-DD] [--url URL] POSTING.html';

class InputError extends Error {}

function readBytes(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${what} ${file}: ${why}`);
  }
}

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { cv: { type: 'string' }, profile: { type: 'string' }, now: { type: 'string' }, url: { type: 'string' } },
    });
  } catch (e) {
    const option = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    throw new InputError(`${option ? `unknown option ${option}` : (e as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (!values.cv) throw new InputError(`give the CV with --cv (${USAGE})`);
  if (positionals.length !== 1) throw new InputError(positionals.length ? `give one posting page, not ${positionals.length} (${USAGE})` : USAGE);
  const now = values.now ?? localDay();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(`${now}T00:00:00Z`)) || !new Date(`${now}T00:00:00Z`).toISOString().startsWith(now)) {
    throw new InputError(`--now must be a date as YYYY-MM-DD, not "${now}"`);
  }
  if (values.url !== undefined && !URL.canParse(values.url)) throw new InputError(`--url is not a valid address: "${values.url}"`);

  let profile = EMPTY_PROFILE;
  if (values.profile) {
    const parsedProfile = CvProfile.safeParse(safeJson(readBytes(values.profile, 'the profile').toString('utf8')));
    if (!parsedProfile.success) throw new InputError(`${values.profile} is not a profile: ${parsedProfile.error.issues[0]?.path.join('.') || 'JSON'} ${parsedProfile.error.issues[0]?.message ?? ''}`.trim());
    profile = parsedProfile.data;
  }

  let cvText: string;
  try {
    cvText = await readCvFile(new Uint8Array(readBytes(values.cv, 'the CV')), basename(values.cv), nodeCvReaders);
  } catch (e) {
    if (e instanceof CvFileError) throw new InputError(e.message);
    throw e;
  }

  const file = positionals[0];
  const bytes = readBytes(file, 'the posting');
  if (!looksLikeHtml(bytes)) throw new InputError(`${file} is not an HTML page`);
  const posting = extractPosting(htmlDocument(decodeHtml(bytes)), values.url ?? pathToFileURL(resolve(file)).href, { now });
  const suggestions = matchPosting(posting, readCv(cvText), { profile, today: now });
  return JSON.stringify(
    {
      requirements: posting.requirements.map((r, i) => ({
        kind: r.kind,
        text: r.text,
        verdict: suggestions[i].verdict,
        evidence: suggestions[i].evidence.map((e) => e.text),
        years: suggestions[i].years,
      })),
    },
    null,
    2,
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

try {
  process.stdout.write(`${await main(process.argv.slice(2))}\n`);
} catch (e) {
  const input = e instanceof InputError;
  process.stderr.write(`bidprep match: ${input ? e.message : `internal error: ${(e as Error).message ?? e}`}\n`);
  process.exitCode = input ? 2 : 1;
}
