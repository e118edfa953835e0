import type { CaptureResult } from '../lib/messages';
import type { MessageKey } from './i18n';
import { t } from './i18n';

const RESTRICTED: Record<Extract<CaptureResult, { status: 'restricted' }>['reason'], MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  'local-file': 'restrictedLocalFile',
  'no-page': 'restrictedNoPage',
};
const FAILED: Record<Extract<CaptureResult, { status: 'failed' }>['problem'], MessageKey> = {
  unreadable: 'failedUnreadable',
  quota: 'failedQuota',
  blocked: 'failedBlocked',
  storage: 'failedStorage',
};

/** The plain-language message for a capture that did not save a posting. */
export function captureProblem(result: CaptureResult): string | null {
  if (result.status === 'restricted') return t(RESTRICTED[result.reason]);
  if (result.status === 'failed') return t(FAILED[result.problem]);
  return null;
}
