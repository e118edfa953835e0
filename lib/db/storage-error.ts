/**
 * Storage failures in words the user can act on: the disk is full (quota), another
 * BidPrep window holds an older database open (blocked), or anything else.
 */
export type StorageProblem = 'quota' | 'blocked' | 'storage';

export function storageProblem(e: unknown): StorageProblem {
  const name = String((e as { name?: string })?.name ?? '');
  const inner = String((e as { inner?: { name?: string } })?.inner?.name ?? '');
  const message = String((e as Error)?.message ?? '');
  if (/QuotaExceeded/i.test(`${name} ${inner} ${message}`)) return 'quota';
  if (/Blocked|VersionChange|DatabaseClosed/i.test(`${name} ${inner}`)) return 'blocked';
  return 'storage';
}
