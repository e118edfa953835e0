/**
 * The production build in real headless Chromium: toolbar click → capture → popup;
 * library in the side panel; re-capture keeps the user's ticks; Markdown export.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { serveFolder } from '../support/chromium';
import { BUILD_DIR, type LoadedExtension, buildExtension, clickToolbarButton, launchWithExtension } from '../support/extension';
import { FIXTURE_DIR } from '../support/fixtures';

let ext: LoadedExtension;
let server: Server;
let origin: string;

beforeAll(async () => {
  buildExtension();
  ({ server, origin } = await serveFolder(FIXTURE_DIR));
  ext = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await ext?.close();
  server?.close();
});

describe('the production manifest', () => {
  it('asks for no host permissions and declares no content scripts', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    for (const p of manifest.permissions) expect(p).not.toMatch(/[:/*<]/);
  });
});

describe('capturing with the toolbar button', () => {
  it('reads the posting and shows rate, hours and deadline in the popup', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/bijoranje/pmo-naleving-sociaal-domein.html`);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
    const shown = await popup.evaluate<Record<string, string>>(
      `Object.fromEntries([...document.querySelectorAll('[data-field]')].map((e) => [e.dataset.field, e.textContent]))`,
    );
    expect(shown).toMatchObject({
      title: 'Projectmanagement officer Naleving Sociaal Domein',
      rate: 'max € 75 per hour',
      hours: '32 hours per week',
      deadline: '4 September 2025',
      knockouts: '6',
      wishes: '3',
    });
    expect(await popup.evaluate(`document.querySelector('[data-deadline-state]').dataset.deadlineState`)).toBe('closed');
    await page.close();
  });

  it('says so when the page has no posting, and offers a bare entry', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/generic/overzicht-no-posting.html`);
    const popup = await clickToolbarButton(ext, page);
    const text = await popup.waitFor<string>(`document.querySelector('[data-state="nothing-found"]')?.textContent`);
    expect(text).toContain('No posting could be read from this page.');
    await popup.click('[data-action="save-bare"]');
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
    await page.close();
  });
});
