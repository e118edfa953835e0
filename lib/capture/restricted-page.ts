/**
 * Pages no extension may read: the browser's own pages and the extension stores.
 * Returns why, in words for the user, or null when the page can be captured.
 */
export type RestrictedReason = 'browser-page' | 'web-store' | 'local-file' | 'no-page';

const STORES = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)\b/;

export function restrictedReason(url: string | undefined): RestrictedReason | null {
  if (!url) return 'no-page';
  if (STORES.test(url)) return 'web-store';
  if (/^(?:chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|data|blob):/i.test(url)) {
    return 'browser-page';
  }
  if (/^file:/i.test(url)) return 'local-file';
  return /^https?:/i.test(url) ? null : 'browser-page';
}
