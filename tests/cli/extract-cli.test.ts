import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, expectOneLineError } from '../support/cli';
import { Posting } from '../../lib/posting';

const PAGE = join(ROOT, 'tests', 'fixtures', 'bijoranje', 'pmo-naleving-sociaal-domein.html');

const run = cli('extract.ts');

// Each case starts Node with tsx once or twice (1–2 s each, more while the rest of the suite runs).
describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints the posting of a saved page as JSON and exits 0', () => {
    const r = run('--now', '2025-08-25', '--url', 'https://www.bijoranje.nl/opdrachten/x', PAGE);
    expect(r.code).toBe(0);
    const posting = Posting.parse(JSON.parse(r.out));
    expect(posting).toMatchObject({ url: 'https://www.bijoranje.nl/opdrachten/x', deadline: '2025-09-04', hoursPerWeek: { min: 32, max: 32 } });
  });

  it('--explain says, per field, what was chosen from which source and what it beat, and how sections were read', () => {
    const r = run('--now', '2025-08-25', '--explain', PAGE);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // The deadline: a labelled sentence on the page, the same date as the JSON-LD, which is trusted last.
    const at = lines.findIndex((l) => l.startsWith('deadline'));
    expect(lines[at]).toMatch(/^deadline\s+2025-09-04\s+from inferred-label$/);
    expect(lines.slice(at + 1, at + 4).join('\n')).toMatch(/✓ inferred-label\s+"De opdracht sluit 04-09-2025"/);
    expect(lines.slice(at + 1, at + 4).join('\n')).toMatch(/· json-ld\s+"JSON-LD validThrough: 2025-09-04".*inferred-label is trusted before json-ld/);
    // A refused candidate says why.
    expect(r.out).toMatch(/✗ json-ld\s+"JSON-LD baseSalary: € 0 per uur"\s+a placeholder amount/);
    expect(r.out).toMatch(/knockout\s+6 items\s+heading "De Eisen" names eisen: knock-outs/);
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
