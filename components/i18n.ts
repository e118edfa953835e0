/**
 * UI text in the browser's language (Dutch or English) through the extension's own
 * i18n (public/_locales). Outside the extension (unit tests) the English file is used.
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const fromBrowser = typeof browser?.i18n?.getMessage === 'function' ? browser.i18n.getMessage(key, subs) : '';
  if (fromBrowser) return fromBrowser;
  return en[key].message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * 'nl' when the words are Dutch, else 'en' (for dates, numbers and the Markdown export).
 * Read from the messages file the browser chose, not from getUILanguage(): the two can
 * disagree (Chromium driven by Playwright answers "en-US" while it serves the Dutch
 * messages), and Dutch words with English dates and decimals would read as a mistake.
 */
export function uiLanguage(): 'nl' | 'en' {
  const i18n = typeof browser?.i18n?.getMessage === 'function' ? browser.i18n : undefined;
  const lang = i18n?.getMessage('languageCode') || i18n?.getUILanguage?.() || 'en';
  return lang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
