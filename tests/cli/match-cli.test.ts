import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, expectOneLineError } from '../support/cli';
import { z } from 'zod';
import { makeDocx, makePdf } from '../support/make-cv-files';

const PAGE = join(ROOT, 'tests', 'fixtures', 'bijoranje', 'pmo-naleving-sociaal-domein.html');
const CV = join(ROOT, 'tests', 'fixtures', 'match', 'cvs', 'pmo-adviseur.txt');
const PROFILE = join(ROOT, 'tests', 'fixtures', 'match', 'cvs', 'pmo-adviseur.profile.json');

const Output = z.object({
  requirements: z.array(z.object({
    kind: z.enum(['knockout', 'wish', 'other']),
    text: z.string(),
    verdict: z.enum(['met', 'unclear', 'unmet']),
    evidence: z.array(z.string()).max(3),
    years: z.number().nullable(),
  })),
}).strict();

const run = cli('match.ts');

describe('npm run match', { timeout: 60_000 }, () => {
  it('prints every requirement with its verdict, evidence and years as JSON', () => {
    const r = run('--cv', CV, '--profile', PROFILE, '--now', '2025-08-26', PAGE);
    expect(r.code).toBe(0);
    const { requirements } = Output.parse(JSON.parse(r.out));
    expect(requirements.length).toBeGreaterThan(4);
    const role = requirements.find((q) => q.text.startsWith('Minimaal 1 jaar werkervaring als projectsecretaris'))!;
    expect(role).toMatchObject({ kind: 'knockout', verdict: 'met' });
    expect(role.years).toBeGreaterThan(5);
    expect(role.evidence).toContain('Projectsecretaris programma Dienstverlening Dichtbij');
  });

  it('reads the CV from a PDF and from a Word file the same as from text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidprep-match-'));
    const lines = readFileSync(CV, 'utf8').split('\n');
    writeFileSync(join(dir, 'cv.pdf'), makePdf(lines));
    const fromText = Output.parse(JSON.parse(run('--cv', CV, '--now', '2025-08-26', PAGE).out));
    const fromPdf = Output.parse(JSON.parse(run('--cv', join(dir, 'cv.pdf'), '--now', '2025-08-26', PAGE).out));
    expect(fromPdf.requirements.map((q) => [q.verdict, q.years])).toEqual(fromText.requirements.map((q) => [q.verdict, q.years]));
    return makeDocx(lines).then((docx) => {
      writeFileSync(join(dir, 'cv.docx'), docx);
      const fromDocx = Output.parse(JSON.parse(run('--cv', join(dir, 'cv.docx'), '--now', '2025-08-26', PAGE).out));
      expect(fromDocx.requirements.map((q) => [q.verdict, q.years])).toEqual(fromText.requirements.map((q) => [q.verdict, q.years]));
    });
  });

  it('prints only the JSON with npm run --silent', () => {
    const r = spawnSync('npm', ['run', '--silent', 'match', '--', '--cv', CV, '--now', '2025-08-26', PAGE], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    expect(() => Output.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  it('gives a one-line error and exit code 2 on bad arguments and unreadable files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidprep-match-'));
    writeFileSync(join(dir, 'scan.pdf'), makePdf([]));
    writeFileSync(join(dir, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'profile.json'), '{"hourlyRate": "lots"}');
    expectOneLineError(run(PAGE), /give the CV with --cv/);
    expectOneLineError(run('--cv', CV), /usage: npm run match/);
    expectOneLineError(run('--cv', join(dir, 'missing.txt'), PAGE), /cannot read the CV .*missing\.txt: no such file/);
    expectOneLineError(run('--cv', join(dir, 'scan.pdf'), PAGE), /probably a scan/);
    expectOneLineError(run('--cv', join(dir, 'photo.png'), PAGE), /not a PDF, a Word \(\.docx\) or a text file/);
    expectOneLineError(run('--cv', CV, '--now', '2025-02-30', PAGE), /--now must be a date/);
    expectOneLineError(run('--cv', CV, '--profile', join(dir, 'profile.json'), PAGE), /is not a profile/);
    expectOneLineError(run('--cv', CV, '--bogus', PAGE), /unknown option --bogus/);
    expectOneLineError(run('--cv', CV, CV), /is not an HTML page/);
  });
});
