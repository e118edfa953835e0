/**
 * The UI's words (public/_locales) for code outside the extension's pages: the formatter
 * and the Markdown export run in Node tests and in any context, and must say things in the
 * same words as the popup and side panel, under the same key checks (tests/i18n).
 */
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

export type Language = 'nl' | 'en';
export type MessageKey = keyof typeof en;

const MESSAGES: Record<Language, Record<string, { message: string }>> = { en, nl };

/** The message in `lang`, with $1, $2 … filled in. */
export function message(lang: Language, key: MessageKey, ...subs: (string | number)[]): string {
  const m = MESSAGES[lang][key] ?? MESSAGES.en[key];
  return m.message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
