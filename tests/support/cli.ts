/** Running a CLI script (scripts/*.ts) the way a user does, and what its errors must look like. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** A function that runs `scripts/<script>` with the given arguments. */
export function cli(script: string): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: ROOT });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
}

/** Bad input: one line on stderr, nothing on stdout, exit code 2, never a stack trace. */
export function expectOneLineError(r: CliRun, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /);
}
