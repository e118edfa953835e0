import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: object }>;
const en = load('en');
const nl = load('nl');

describe('UI text in Dutch and English', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });
  it('uses only key names Chromium accepts (it refuses to load the extension otherwise)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
  it('declares a placeholder for every $1 in a message', () => {
    for (const [key, m] of [...Object.entries(en), ...Object.entries(nl)]) {
      if (/\$\d/.test(m.message)) expect(m.placeholders, key).toBeDefined();
    }
  });
  it('covers every key the code asks for', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) for (const m of readFileSync(path, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'components'));
    walk(join(import.meta.dirname, '..', '..', 'entrypoints'));
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
  it('gives the formatter and the Markdown export no words of their own: they take the UI messages (keys type-checked)', () => {
    for (const file of ['lib/format/facts.ts', 'lib/export/bid-checklist.ts']) {
      // The code, without its comments (which quote examples).
      const source = readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/januari|september|Opdrachtgever|Knock-outcriteria|per uur|per hour|days left|voldaan/);
      expect(source, file).toMatch(/message\(/);
    }
  });
});

describe('extraction warnings in words', () => {
  it('words every warning code, with the detail from the page', async () => {
    const { warningText } = await import('../../components/warning-text');
    const { WarningCode } = await import('../../lib/posting');
    for (const code of WarningCode.options) expect(warningText({ code, detail: 'X' }), code).not.toBe('');
    expect(warningText({ code: 'deadline-year-assumed', detail: '2026' })).toBe('The closing date has no year on the page; 2026 was assumed.');
    expect(warningText({ code: 'other', detail: 'An old sentence.' })).toBe('An old sentence.');
  });
  it('has a Dutch wording for every warning', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('warning') && k !== 'warnings')) {
      expect(nl[key].message, key).not.toBe(en[key].message);
    }
  });
});
