import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Posting } from '../../lib/posting';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PAGE = join(ROOT, 'tests', 'fixtures', 'bijoranje', 'pmo-naleving-sociaal-domein.html');

function run(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', 'extract.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof run>, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('npm run extract', () => {
  it('prints the posting of a saved page as JSON and exits 0', () => {
    const r = run('--now', '2025-08-25', '--url', 'https://www.bijoranje.nl/opdrachten/x', PAGE);
    expect(r.code).toBe(0);
    const posting = Posting.parse(JSON.parse(r.out));
    expect(posting).toMatchObject({ url: 'https://www.bijoranje.nl/opdrachten/x', deadline: '2025-09-04', hoursPerWeek: { min: 32, max: 32 } });
  });

  it('takes the address from the page itself when --url is not given', () => {
    expect(JSON.parse(run('--now', '2025-08-25', PAGE).out).sourceHost).toBe('www.bijoranje.nl');
  });

  it('gives valid JSON with nulls and warnings for a page without a posting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidprep-'));
    const file = join(dir, 'empty.html');
    writeFileSync(file, '<!doctype html><html><head><title>Welkom</title></head><body><p>Welkom op onze site.</p></body></html>');
    const r = run('--now', '2025-01-01', file);
    expect(r.code).toBe(0);
    const posting = Posting.parse(JSON.parse(r.out));
    expect(posting.rate).toBeNull();
    expect(posting.warnings.length).toBeGreaterThan(0);
  });

  it('explains a missing file in one line with exit code 2', () => {
    expectOneLineError(run('does-not-exist.html'), /cannot read does-not-exist\.html: no such file/);
  });

  it('refuses a file that is not HTML', () => {
    expectOneLineError(run(join(ROOT, 'package.json')), /is not an HTML page/);
  });

  it('refuses a malformed --now and an unknown option', () => {
    expectOneLineError(run('--now', '2025-02-30', PAGE), /--now must be a date/);
    expectOneLineError(run('--bogus', PAGE), /unknown option --bogus/);
  });

  it('shows the usage when no file is given', () => {
    expectOneLineError(run(), /usage: npm run extract/);
  });
});
