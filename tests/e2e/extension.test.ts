/**
 * The production build in real headless Chromium: toolbar click → capture → popup;
 * library in the side panel; re-capture keeps the user's ticks; Markdown export.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { serveFolder } from '../support/chromium';
import { BUILD_DIR, type LoadedExtension, attachSidePanel, buildExtension, clickToolbarButton, closeSidePanels, launchWithExtension } from '../support/extension';
import { FIXTURE_DIR } from '../support/fixtures';
import { makeDocx, makePdf } from '../support/make-cv-files';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { localDay } from '../../lib/parse/date';
import { currentPage } from '../../scripts/demo-dates';
import { calendarTests, libraryKeepingTests, pipelineTests, reminderTests, sameAssignmentTests } from './library-keeping';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

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
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    for (const p of manifest.permissions) expect(p).not.toMatch(/[:/*<]/);
  });

  it('has its own icon at 16, 32, 48 and 128 pixels, and a grey set for pages it cannot read', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
    const size = (file: string) => {
      const png = readFileSync(join(BUILD_DIR, file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
      for (const [px, file] of Object.entries(icons)) expect(size(file as string)).toEqual([Number(px), Number(px)]);
    }
    for (const px of [16, 32, 48, 128]) expect(size(`icon-disabled/${px}.png`)).toEqual([px, px]);
  });

  it('offers a keyboard shortcut that does what the toolbar click does', () => {
    // _execute_action fires action.onClicked exactly as a click does (and grants activeTab),
    // so the click tests below cover what follows; Chromium gives no way to press it headless.
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+B');
    // No declared popup: the click reaches the background, which starts reading the page
    // while it opens the popup (entrypoints/background.ts).
    expect(manifest.action.default_popup).toBeUndefined();
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
      others: '0',
    });
    // No CV stored yet: the go/no-go line says how to get one.
    await popup.waitFor(`document.querySelector('[data-field=go-no-go]').textContent.startsWith('Go/no-go: add your CV')`);
    expect(await popup.evaluate(`document.querySelector('[data-deadline-state]').dataset.deadlineState`)).toBe('closed');
    await page.close();
  });

  it('opens the saved posting in the side panel from the popup, and the list when the panel opens again', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/striive/informatiemanager-provincie-utrecht.html`);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
    const title = await popup.evaluate<string>(`document.querySelector('h1[data-field="title"]').textContent`);
    await popup.click('[data-action="open-side-panel"]');
    const side = await attachSidePanel(ext);
    await side.waitFor(`document.querySelector('h2[data-field="title"]')?.textContent === ${JSON.stringify(title)}`);
    // The request to show it was for this opening only: opened again, the panel shows the list.
    await side.reload();
    await side.waitFor(`document.querySelector('h1')?.textContent === 'Library' && document.querySelectorAll('[data-posting-id]').length > 0`);
    expect(await side.evaluate<boolean>(`!document.querySelector('h2[data-field="title"]')`)).toBe(true);
    await closeSidePanels(ext);
    await page.close();
  });

  it('says a browser page cannot be read, and still offers the library', async () => {
    await closeSidePanels(ext);
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    const popup = await clickToolbarButton(ext, page);
    const text = await popup.waitFor<string>(`document.querySelector('[data-state="restricted"]')?.textContent`);
    expect(text).toContain('Browser pages cannot be read by extensions');
    // A trusted click on "Open library" opens the side panel.
    await popup.click('[data-action="open-side-panel"]');
    await expect
      .poll(async () => {
        const { targetInfos } = (await ext.browserSession.send('Target.getTargets')) as { targetInfos: { url: string }[] };
        return targetInfos.some((t) => t.url === `chrome-extension://${ext.extensionId}/sidepanel.html`);
      })
      .toBe(true);
    await closeSidePanels(ext);
    await page.close();
  });

  it('says so when the page has no posting, and offers a bare entry', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/generic/overzicht-no-posting.html`);
    const popup = await clickToolbarButton(ext, page);
    const text = await popup.waitFor<string>(`document.querySelector('[data-state="nothing-found"]')?.textContent`);
    expect(text).toContain('No posting could be read from this page.');
    expect(await popup.evaluate(`!!document.querySelector('[data-action="open-side-panel"]')`)).toBe(true);
    await popup.click('[data-action="save-bare"]');
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
    await page.close();
  });
});

describe('the library in the side panel', () => {
  it('keeps a ticked requirement and its evidence when the page is captured again', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/striive/scrum-master-rijkswaterstaat.html`);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);

    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('listitem').filter({ hasText: 'Scrum master' }).first().click();
    const first = panel.locator('[data-requirement-id]').first();
    await first.getByLabel('State').selectOption('met');
    await first.getByLabel('Evidence in my CV').fill('CV: Scrum master bij RWS, 2021–2024');
    await first.getByLabel('Evidence in my CV').blur();
    await expect.poll(() => first.getAttribute('data-state')).toBe('met');

    // Capture the same page again from the toolbar.
    await page.bringToFront();
    const again = await clickToolbarButton(ext, page);
    await again.waitFor(`!!document.querySelector('[data-state="updated"]')`);
    // The page is as it was at the first capture, and the popup says so.
    expect(await again.evaluate(`document.querySelector('[role=status]').textContent`)).toBe('Already in your library — facts and requirements unchanged');
    expect(await again.evaluate(`document.querySelector('[data-field=progress]').textContent`)).toMatch(/^1 of \d+ checked$/);
    await expect.poll(() => first.getAttribute('data-state')).toBe('met');
    expect(await first.getByLabel('Evidence in my CV').inputValue()).toBe('CV: Scrum master bij RWS, 2021–2024');

    // Export the bid checklist from the side panel, as the user does, and compare it.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export-markdown"]').click()]);
    expect(download.suggestedFilename()).toBe('2025-11-28-rijkswaterstaat-scrum-master-team-assetmanagement-data.md');
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const markdown = readFileSync((await download.path())!, 'utf8').replace(`| Captured on | ${today} |`, '| Captured on | (today) |')
      .replaceAll(origin, 'http://127.0.0.1:PORT');
    const expectedFile = join(import.meta.dirname, 'expected', 'scrum-master-bid-checklist.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, markdown);
    expect(markdown).toBe(readFileSync(expectedFile, 'utf8'));

    // Copy puts the same Markdown on the clipboard.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.bringToFront();
    await panel.locator('[data-action="copy-markdown"]').click();
    await expect.poll(() => panel.locator('[data-action="copy-markdown"]').textContent()).toBe('Copied');
    const copied = await panel.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toBe(readFileSync((await download.path())!, 'utf8'));
    // "Copied" is a moment's confirmation: the button reads "Copy Markdown" again.
    await expect.poll(() => panel.locator('[data-action="copy-markdown"]').textContent(), { timeout: 5000 }).toBe('Copy Markdown');

    // A capture from the context menu reports to the open side panel (written as the background does).
    await panel.evaluate(`chrome.storage.session.set({ lastCapture: { status: 'restricted', reason: 'browser-page' } })`);
    await expect.poll(() => panel.locator('[data-state="capture-problem"]').textContent()).toContain('Browser pages cannot be read');
    await page.close();
    await panel.close();
  });
});

/** The stored record, read straight from the extension's IndexedDB (not through the UI). */
function storedPosting(panel: import('playwright-core').Page, title: string) {
  return panel.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bidprep');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<{ id: string; status: string; extracted: { title: string | null }; checklist: { id: string; state: string; evidence: string; kind: string }[] }[]>((resolve) => {
      const req = db.transaction('postings').objectStore('postings').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return all.find((p) => p.extracted.title?.includes(wanted));
  }, title);
}

/** Capture a fixture page with the toolbar button, then open it in the library. */
async function captureAndOpen(fixture: string) {
  const page = await ext.context.newPage();
  await page.goto(`${origin}/${fixture}`);
  const popup = await clickToolbarButton(ext, page);
  await popup.waitFor(`!!document.querySelector('[data-state="saved"],[data-state="updated"]')`);
  const title = await popup.evaluate<string>(`document.querySelector('[data-field=title]').textContent`);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.getByRole('listitem').filter({ hasText: title }).first().click();
  return { page, panel, title };
}

describe('editing a posting in the library', () => {
  it('saves a status change, shown and stored after a reload', async () => {
    const { page, panel, title } = await captureAndOpen('flextender/programmamanager-energietransitie.html');
    const status = panel.locator('select[data-field="status"]');
    await expect.poll(() => status.inputValue()).toBe('new');
    await status.selectOption('bidding');
    // It stays chosen (the defect: it jumped back to "new") and is written to the database.
    await expect.poll(() => status.inputValue()).toBe('bidding');
    await expect.poll(async () => (await storedPosting(panel, title))?.status).toBe('bidding');

    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator('select[data-field="status"]').inputValue()).toBe('bidding');
    await page.close();
    await panel.close();
  });

  it('keeps two quick checklist edits: typed evidence and a state change straight after', async () => {
    const { page, panel, title } = await captureAndOpen('flextender/business-analist-uwv.html');
    const first = panel.locator('[data-requirement-id]').first();
    // Type evidence and, before its draft is saved, change the state and the kind.
    await first.getByLabel('Evidence in my CV').fill('Business analist bij UWV, 2022–2024');
    await first.getByLabel('State').selectOption('partly');
    await first.getByLabel('Kind').selectOption('wish');
    await expect.poll(async () => (await storedPosting(panel, title))?.checklist.filter((c) => c.state === 'partly')).toEqual([
      expect.objectContaining({ evidence: 'Business analist bij UWV, 2022–2024', kind: 'wish' }),
    ]);

    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    const edited = panel.locator('[data-requirement-id][data-state="partly"]');
    await expect.poll(() => edited.count()).toBe(1);
    expect(await edited.getByLabel('Evidence in my CV').inputValue()).toBe('Business analist bij UWV, 2022–2024');
    expect(await edited.getByLabel('Kind').inputValue()).toBe('wish');
    await page.close();
    await panel.close();
  });
});

describe('notes', () => {
  it('keeps the posting notes and a requirement note, typed and then closed at once, after a reload', async () => {
    const { page, panel, title } = await captureAndOpen('hoofdkraan/beleidsmedewerker-klimaatadaptatie.html');
    await panel.locator('textarea[data-field="notes"]').fill('Bellen met Anouk over de start');
    const item = panel.locator('[data-requirement-id]').first();
    await item.getByRole('textbox', { name: 'Notes' }).fill('Referentie: project Vallei 2023');
    // Closing the view at once (Back) must not lose what was typed.
    await panel.locator('[data-action="back"]').click();
    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator('textarea[data-field="notes"]').inputValue()).toBe('Bellen met Anouk over de start');
    expect(await panel.locator('[data-requirement-id]').first().getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Referentie: project Vallei 2023');
    // Once the library has them, no copy of the texts is left in storage.
    await expect.poll(() => panel.evaluate<string[]>(`chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('typedText:')))`)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('writes evidence that a panel closed mid-write left behind, when the panel opens again', async () => {
    const { page, panel, title } = await captureAndOpen('hoofdkraan/beleidsmedewerker-klimaatadaptatie.html');
    const posting = (await storedPosting(panel, title))!;
    const item = posting.checklist[0];
    // What a panel closed while its write was in flight leaves in storage: the text, not yet in the library.
    const typed = { postingId: posting.id, itemId: item.id, field: 'evidence', text: 'CV: 2019–2023 klimaatadaptatie Vallei', at: new Date().toISOString() };
    await panel.evaluate(`chrome.storage.local.set({ ${JSON.stringify(`typedText:${typed.postingId}:${typed.itemId}:evidence`)}: ${JSON.stringify(typed)} })`);
    await panel.reload();
    await expect.poll(async () => (await storedPosting(panel, title))?.checklist[0].evidence).toBe(typed.text);
    await expect.poll(() => panel.evaluate<string[]>(`chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('typedText:')))`)).toEqual([]);
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator(`[data-requirement-id="${item.id}"]`).getByRole('textbox', { name: 'Evidence' }).inputValue()).toBe(typed.text);
    await page.close();
    await panel.close();
  });
});

describe('removing and deleting, with undo', () => {
  it('removes a requirement with an undo in view, and undo puts it back, also after a reload', async () => {
    const { page, panel, title } = await captureAndOpen('publiekepartner/contractmanager-provincie-gelderland.html');
    await panel.setViewportSize({ width: 420, height: 700 });
    const items = panel.locator('[data-requirement-id]');
    const count = await items.count();
    const last = items.nth(count - 1);
    const text = (await last.getAttribute('data-requirement-id'))!;
    await last.scrollIntoViewIfNeeded();
    await last.locator('[data-action="remove-requirement"]').click();
    await expect.poll(() => items.count()).toBe(count - 1);
    const toast = panel.locator('[data-state="removed-requirement"]');
    // The undo is where the user is looking: inside the viewport.
    const box = await toast.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 700).toBe(true);
    await toast.locator('[data-action="undo-removed-requirement"]').click();
    await expect.poll(() => items.count()).toBe(count);
    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator(`[data-requirement-id="${text}"]`).count()).toBe(1);
    await page.close();
    await panel.close();
  });

  it('deletes a posting with undo; the notice is gone on another posting; undo brings it back after a reload', async () => {
    const first = await captureAndOpen('myler/adviseur-inkoop-waterschap.html');
    await first.panel.locator('[data-action="delete"]').click();
    const toast = first.panel.locator('[data-state="deleted"]');
    await expect.poll(() => toast.count()).toBe(1);
    expect(await first.panel.getByRole('listitem').filter({ hasText: first.title }).count()).toBe(0);
    await toast.locator('[data-action="undo-deleted"]').click();
    await expect.poll(() => first.panel.getByRole('listitem').filter({ hasText: first.title }).count()).toBe(1);

    // Delete again, then open another posting: the notice does not follow.
    await first.panel.getByRole('listitem').filter({ hasText: first.title }).first().click();
    await first.panel.locator('[data-action="delete"]').click();
    await expect.poll(() => toast.count()).toBe(1);
    await first.panel.getByRole('listitem').first().click();
    await expect.poll(() => toast.count()).toBe(0);
    await first.panel.reload();
    expect(await first.panel.getByRole('listitem').filter({ hasText: first.title }).count()).toBe(0);
    await first.page.close();
    await first.panel.close();
  });
});

describe('correcting facts and requirement texts', () => {
  it('offers the rate as "max 125" to edit, keeps a correction after a reload, refuses an empty title, and saves and cancels with the buttons', async () => {
    const { page, panel, title } = await captureAndOpen('flextender/programmamanager-energietransitie.html');
    const rate = panel.locator('[data-field-row="rate"]');
    await rate.locator('[data-action="edit-field"]').click();
    const box = rate.getByRole('textbox');
    expect(await box.inputValue()).toBe('max 125');
    await box.fill('max 130');
    await box.press('Enter');
    await expect.poll(() => rate.locator('[data-value]').textContent()).toBe('max € 130 per hour');
    expect(await rate.locator('[data-corrected]').count()).toBe(1);

    const titleRow = panel.locator('[data-field-row="title"]');
    await titleRow.locator('[data-action="edit-field"]').click();
    await titleRow.getByRole('textbox').fill('');
    await titleRow.getByRole('textbox').press('Enter');
    await expect.poll(() => titleRow.getByRole('alert').textContent()).toContain('cannot be empty');
    // Escape leaves the edit and the title as it was.
    await titleRow.getByRole('textbox').press('Escape');
    await expect.poll(() => titleRow.locator('[data-value]').textContent()).toBe(title);

    // The Save and Cancel buttons do what Enter and Escape do.
    const location = panel.locator('[data-field-row="location"]');
    const placeBefore = (await location.locator('[data-value]').textContent())!;
    await location.locator('[data-action="edit-field"]').click();
    await location.getByRole('textbox').fill('Arnhem (hybride)');
    await location.locator('[data-action="save-field"]').click();
    await expect.poll(() => location.locator('[data-value]').textContent()).toBe('Arnhem (hybride)');
    const reference = panel.locator('[data-field-row="reference"]');
    const referenceBefore = (await reference.locator('[data-value]').textContent())!;
    await reference.locator('[data-action="edit-field"]').click();
    await reference.getByRole('textbox').fill('XYZ-1');
    await reference.locator('[data-action="cancel-field"]').click();
    await expect.poll(() => reference.locator('[data-value]').textContent()).toBe(referenceBefore);
    expect(placeBefore).not.toBe('Arnhem (hybride)');

    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator('[data-field-row="rate"] [data-value]').textContent()).toBe('max € 130 per hour');
    await expect.poll(() => panel.locator('[data-field-row="location"] [data-value]').textContent()).toBe('Arnhem (hybride)');
    expect(await panel.locator('[data-field-row="reference"] [data-value]').textContent()).toBe(referenceBefore);
    expect(await panel.locator('[data-field-row="reference"] [data-corrected]').count()).toBe(0);
    await page.close();
    await panel.close();
  });

  it('edits a requirement text: Edit puts the cursor in it, Escape keeps the old text, Enter saves', async () => {
    const { page, panel, title } = await captureAndOpen('flextender/programmamanager-energietransitie.html');
    const item = panel.locator('[data-requirement-id]').first();
    const before = (await item.locator('.item-text').textContent())!;
    await item.locator('[data-action="edit-requirement"]').click();
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Requirement');
    await panel.keyboard.type(' (extra)');
    await panel.keyboard.press('Escape');
    await expect.poll(() => item.locator('.item-text').textContent()).toBe(before);

    await item.locator('[data-action="edit-requirement"]').click();
    await panel.keyboard.press('End');
    await panel.keyboard.type(', blijkend uit cv');
    await panel.keyboard.press('Enter');
    await expect.poll(() => item.locator('.item-text').textContent()).toBe(`${before}, blijkend uit cv`);
    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect.poll(() => panel.locator('[data-requirement-id]').first().locator('.item-text').textContent()).toBe(`${before}, blijkend uit cv`);
    await page.close();
    await panel.close();
  });
});

/** Capture fixture pages with the toolbar button, one after the other. */
async function captureAll(fixtures: string[]) {
  for (const fixture of fixtures) {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/${fixture}`);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="saved"],[data-state="updated"]')`);
    await popup.close();
    await page.close();
  }
}

describe('finding postings in the library', () => {
  it('rows show rate, hours, days left, portal, status and progress; search, filters, sort and the empty state work and stay after a reload', async () => {
    await captureAll(['bijoranje/pmo-naleving-sociaal-domein.html', 'jongenko/beleidsadviseur-sociaal-domein.html', 'striive/informatiemanager-provincie-utrecht.html']);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const rowOf = (title: string) => panel.getByRole('listitem').filter({ hasText: title }).first();

    // The row: the normalised rate, not the page's sentence; hours; portal; status and progress.
    const pmo = rowOf('Projectmanagement officer Naleving');
    await expect.poll(() => pmo.locator('[data-field="rate"]').textContent()).toBe('max € 75');
    expect(await pmo.locator('[data-field="hours"]').textContent()).toBe('32 h/wk');
    expect(await pmo.textContent()).toContain('127.0.0.1'); // the portal: the page's host
    expect(await pmo.locator('[data-status]').getAttribute('class')).toContain('status-active');
    expect(await pmo.locator('[data-field="progress"]').textContent()).toMatch(/^0\/\d+ checked$/);

    // Search ignores accents and looks in the requirement texts and the portal.
    const search = panel.getByRole('searchbox');
    await search.fill('informatiemanager provincie');
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(1);
    await search.fill('nederlandse taal');
    await expect.poll(async () => (await panel.getByRole('listitem').allTextContents()).join('|')).toContain('Projectmanagement officer');
    await search.fill('');

    // Status chips: several at once; the empty state offers to clear the filters.
    await panel.locator('[data-filter="status-won"]').click();
    await expect.poll(() => panel.locator('[data-state="no-matches"]').count()).toBe(1);
    await panel.locator('[data-action="clear-filters"]').click();
    await expect.poll(() => panel.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    // "Closes this week": only open postings with a closing date, none closed.
    const allRows = await panel.getByRole('listitem').count();
    await panel.locator('[data-filter="closes-this-week"]').click();
    await expect.poll(() => panel.getByRole('listitem').count()).toBeLessThan(allRows);
    const states = await panel.locator('[role="listitem"] [data-deadline-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-deadline-state')));
    expect(states.filter((s) => s === 'closed' || s === 'none')).toEqual([]);
    await panel.locator('[data-filter="closes-this-week"]').click();
    await panel.locator('[data-filter="active"]').click();
    expect(await panel.locator('[data-filter="active"]').getAttribute('aria-pressed')).toBe('true');

    // Sort by rate, then reload: the panel opens as it was left.
    await panel.locator('[data-control="sort"]').selectOption('rate');
    const firstRate = async () => panel.getByRole('listitem').first().locator('[data-field="rate"]').textContent();
    await expect.poll(firstRate).toMatch(/max € \d+/);
    const before = await panel.getByRole('listitem').allTextContents();
    await panel.reload();
    await expect.poll(() => panel.locator('[data-control="sort"]').inputValue()).toBe('rate');
    expect(await panel.locator('[data-filter="active"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.getByRole('listitem').allTextContents()).toEqual(before);
    await panel.close();
  });

  it('keyboard: opening a posting focuses its title, Escape goes back to its row, the list keeps its scroll', async () => {
    await captureAll(['myler/adviseur-inkoop-waterschap.html', 'yacht/projectleider-jeugd-talentpool.html', 'english/data-protection-officer-english.html']);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 420, height: 330 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    // Start from the whole list (the test before left a filter, which the panel keeps).
    await panel.evaluate(`chrome.storage.local.remove('libraryQuery')`);
    await panel.reload();
    const rows = panel.getByRole('listitem');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const list = panel.getByRole('list');
    await list.evaluate((el) => el.scrollTo(0, 40));
    const target = rows.nth(2);
    const id = await target.getAttribute('data-posting-id');
    await target.getByRole('button').focus();
    // The focus ring is drawn inside the row, so the list's edge never clips it.
    expect(await target.getByRole('button').evaluate((el) => parseFloat(getComputedStyle(el).outlineOffset))).toBeLessThan(0);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.postingId)).toBe(id);
    expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThanOrEqual(30);
    await panel.close();
  });
});

describe('capturing a posting again', () => {
  const ADDED_EISEN = [
    'Kennis van de Omgevingswet, blijkend uit cv',
    'Minimaal 3 jaar ervaring met contractmanagement van onderhoudscontracten bij een provincie of waterschap, blijkend uit cv',
    'In het bezit van een VOG die niet ouder is dan 3 maanden op de startdatum',
    'Beschikbaar voor 32 uur per week vanaf de startdatum, ook op dinsdag en donderdag op locatie in Arnhem',
  ];
  it('says what changed on the page: the closing date moved, a correction now differs, a requirement appeared', async () => {
    const fixture = 'publiekepartner/contractmanager-provincie-gelderland.html';
    const { page, panel, title } = await captureAndOpen(fixture);
    // The user corrects the rate; then the portal moves the closing date, raises the rate and adds an eis.
    const rate = panel.locator('[data-field-row="rate"]');
    await rate.locator('[data-action="edit-field"]').click();
    await rate.getByRole('textbox').fill('max 90');
    await rate.getByRole('textbox').press('Enter');
    await expect.poll(() => rate.locator('[data-corrected]').count()).toBe(1);

    const original = readFileSync(join(FIXTURE_DIR, fixture), 'utf8');
    const changed = original
      .replace('15-12-2025 om 12:00 uur', '22-12-2025 om 12:00 uur')
      .replace('<strong>Tarief:</strong> 95 per uur', '<strong>Tarief:</strong> 100 per uur')
      .replace(
        '<div class="criteria">',
        '<div class="criteria">' + ADDED_EISEN.map((text, i) => `<p><strong>K0${i}.</strong> ${text}</p>`).join(''),
      );
    expect(changed).not.toBe(original);
    await page.route(`${origin}/${fixture}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: changed }));
    await page.reload();
    await page.bringToFront();
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="updated"]')`);
    const summary = await popup.waitFor<string>(`document.querySelector('[data-state="recapture-changes"]')?.textContent`);
    expect(await popup.evaluate<string>(`document.querySelector('[role=status]').textContent`)).toBe('Already in your library — updated');
    expect(summary).toContain('Closing date moved from 15 to 22 December 2025 at 12:00');
    expect(summary).toContain('4 new on the page:');
    // The popup keeps the posting in sight: the first three requirements, one line each, and the count of the rest.
    const added = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-change="added"] li')].map((li) => li.textContent)`);
    expect(added).toEqual([...ADDED_EISEN.slice(0, 3), 'and 1 more: see the posting in the library']);
    expect(await popup.evaluate<string>(`getComputedStyle(document.querySelector('[data-change="added"] li')).whiteSpace`)).toBe('nowrap');
    expect(summary).toContain('Rate: you corrected it to max € 90; the page now says max € 100');
    await popup.close();

    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    const inDetail = panel.locator('[data-state="recapture-changes"]');
    await expect.poll(() => inDetail.textContent()).toContain('Closing date moved from 15 to 22 December 2025 at 12:00');
    // The library shows every new requirement in full.
    expect(await inDetail.locator('[data-change="added"] li').allTextContents()).toEqual(ADDED_EISEN);
    await page.close();
    await panel.close();
  });
});

function storedProfile(panel: import('playwright-core').Page) {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bidprep');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<
      | { cvText: string; cvFile: { name: string; kind: string } | null; settings: Record<string, unknown>; corrections: { header: string; role?: string }[]; synonyms: { terms: string[] }[] }
      | undefined
    >((resolve) => {
      const req = db.transaction('profile').objectStore('profile').get('me');
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return row;
  });
}

const CV_DIR = join(FIXTURE_DIR, 'match', 'cvs');
const PMO_CV = readFileSync(join(CV_DIR, 'pmo-adviseur.txt'), 'utf8');
const SOCIAL_CV = readFileSync(join(CV_DIR, 'projectleider-sociaal-domein.txt'), 'utf8');

/** The side panel with "My CV" open. */
async function openMyCv() {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.locator('[data-action="open-profile"]').click();
  await panel.getByRole('heading', { name: 'My CV' }).waitFor();
  return panel;
}

describe('the library as a spreadsheet', () => {
  it('exports every posting as CSV that a Dutch spreadsheet reads cell for cell', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('listitem').first().waitFor();
    // The Export menu: Escape closes it and gives the focus back to its button.
    const menu = panel.locator('details.menu');
    await panel.locator('[data-action="open-export"]').click();
    await expect.poll(() => menu.getAttribute('open')).toBe('');
    await panel.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(await panel.evaluate(`document.activeElement?.dataset.action`)).toBe('open-export');
    // Opened again, its spreadsheet item downloads the file, and the menu closes.
    await panel.locator('[data-action="open-export"]').click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export-csv"]').click()]);
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(download.suggestedFilename()).toMatch(/^bidprep-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    const stored = await panel.evaluate<{ title: string | null; url: string }[]>(`new Promise((resolve) => {
      const open = indexedDB.open('bidprep');
      open.onsuccess = () => {
        const request = open.result.transaction('postings').objectStore('postings').getAll();
        request.onsuccess = () => { open.result.close(); resolve(request.result.map((p) => ({ title: p.corrections.title ?? p.extracted.title, url: p.extracted.url }))); };
      };
    })`);
    expect(rows[0].slice(0, 3)).toEqual(['Title', 'Client', 'Location']);
    expect(rows).toHaveLength(stored.length + 1);
    const link = rows[0].indexOf('Link');
    expect(rows.slice(1).map((r) => r[link]).sort()).toEqual(stored.map((p) => p.url).sort());
    await panel.close();
  });
});

describe('my CV', () => {
  it('pastes a CV and saves it: the roles read from it are listed, also after a reload', async () => {
    const panel = await openMyCv();
    // Focus moves to the view's heading, as it does for a posting.
    expect(await panel.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('My CV');
    await panel.locator('[data-field="cv-text"]').fill('Jan Jansen, projectleider');
    await panel.locator('[data-action="save-cv"]').click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('too little text to be a CV');
    expect(await storedProfile(panel)).toBeUndefined();

    await panel.locator('[data-field="cv-text"]').fill(PMO_CV);
    await panel.locator('[data-action="save-cv"]').click();
    await expect.poll(() => panel.locator('[data-state="cv-ok"]').textContent()).toBe('Saved: 5 roles read from your CV. Check them below.');
    expect(await storedProfile(panel)).toMatchObject({ cvText: PMO_CV, cvFile: null });

    await panel.reload();
    await panel.locator('[data-action="open-profile"]').click();
    await expect.poll(() => panel.locator('[data-field="cv-text"]').inputValue()).toBe(PMO_CV);
    await expect.poll(() => panel.locator('.entry .entry-role').allTextContents()).toEqual([
      'Projectsecretaris programma Dienstverlening Dichtbij', 'PMO-adviseur / projectsecretaris Sociaal Domein', 'Projectsecretaris', 'Projectondersteuner VTH', 'Managementassistent',
    ]);
    await panel.close();
  });

  it('imports a Word file and a PDF; a file it cannot read changes nothing and says why', async () => {
    const panel = await openMyCv();
    const input = panel.locator('input[data-action="import-cv"]');
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    await input.setInputFiles({ name: 'cv-linda.docx', mimeType: docx, buffer: Buffer.from(await makeDocx(PMO_CV.split('\n'))) });
    await expect.poll(() => panel.locator('[data-state="cv-ok"]').textContent(), { timeout: 15_000 }).toBe('Imported cv-linda.docx: 5 roles read. Check them below.');
    expect((await storedProfile(panel))?.cvFile).toEqual({ name: 'cv-linda.docx', kind: 'docx' });

    await input.setInputFiles({ name: 'cv-ingrid.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf(SOCIAL_CV.split('\n'))) });
    await expect.poll(() => panel.locator('[data-state="cv-ok"]').textContent(), { timeout: 15_000 }).toBe('Imported cv-ingrid.pdf: 5 roles read. Check them below.');
    const stored = await storedProfile(panel);
    expect(stored?.cvFile).toEqual({ name: 'cv-ingrid.pdf', kind: 'pdf' });
    expect(stored?.cvText).toContain('Projectleider Inkoop Jeugdhulp | Gemeente Breda (centrumgemeente regio West-Brabant West) | sep. 2023 – heden');

    await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('Nothing was changed. photo.png is not a PDF, a Word (.docx) or a text file. Save it as one of those and try again.');
    expect((await storedProfile(panel))?.cvText).toBe(stored?.cvText);
    await panel.close();
  });

  it('corrects a role read from the CV; Escape leaves it; the correction stays after a reload and can be undone', async () => {
    const panel = await openMyCv();
    const first = panel.locator('.entry').first();
    await first.locator('[data-action="edit-entry"]').click();
    await panel.getByLabel('Role', { exact: true }).fill('Something else');
    await panel.getByLabel('Role', { exact: true }).press('Escape');
    await expect.poll(() => panel.locator('.entry .entry-role').first().textContent()).toBe('Projectleider Inkoop Jeugdhulp');

    await panel.locator('.entry').first().locator('[data-action="edit-entry"]').click();
    await panel.getByLabel('Role', { exact: true }).fill('Projectleider Inkoop Jeugdhulp (regio)');
    await panel.getByLabel('From (YYYY-MM)').fill('2023-13');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('Write the months as YYYY-MM');
    await panel.getByLabel('From (YYYY-MM)').fill('2023-10');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.locator('.entry').first().textContent()).toContain('Projectleider Inkoop Jeugdhulp (regio) · Gemeente Breda (centrumgemeente regio West-Brabant West) · 2023-10 – now');
    expect((await storedProfile(panel))?.corrections).toEqual([
      expect.objectContaining({ header: 'Projectleider Inkoop Jeugdhulp | Gemeente Breda (centrumgemeente regio West-Brabant West) | sep. 2023 – heden', role: 'Projectleider Inkoop Jeugdhulp (regio)' }),
    ]);

    await panel.reload();
    await panel.locator('[data-action="open-profile"]').click();
    await expect.poll(() => panel.locator('.entry[data-corrected="true"] .entry-role').allTextContents()).toEqual(['Projectleider Inkoop Jeugdhulp (regio)']);
    await panel.locator('[data-action="undo-entry-correction"]').click();
    await expect.poll(async () => (await storedProfile(panel))?.corrections).toEqual([]);
    await expect.poll(() => panel.locator('.entry .entry-role').first().textContent()).toBe('Projectleider Inkoop Jeugdhulp');

    // A line read as a role that is none: marked, left out of the matching, and undone again.
    await panel.locator('.entry').last().locator('[data-action="edit-entry"]').click();
    await panel.getByLabel('Not a role').check();
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.locator('.entry.not-a-role .entry-role').allTextContents()).toEqual(['Ambulant jeugdhulpverlener']);
    expect((await storedProfile(panel))?.corrections).toEqual([expect.objectContaining({ header: 'Ambulant jeugdhulpverlener | Stichting Jong Perspectief, Breda | 2008 – apr. 2013', notAnEntry: true })]);
    await panel.locator('[data-action="undo-entry-correction"]').click();
    await expect.poll(() => panel.locator('.entry.not-a-role').count()).toBe(0);
    await panel.close();
  });

  it('saves my settings, refuses a rate that is no amount, and keeps them after a reload', async () => {
    const panel = await openMyCv();
    await panel.locator('[data-field="setting-rate"]').fill('veel');
    await panel.locator('[data-action="save-settings"]').click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('The hourly rate must be an amount in euros, e.g. 95.');
    expect((await storedProfile(panel))?.settings.hourlyRate).toBeNull();

    await panel.locator('[data-field="setting-rate"]').fill('95');
    await panel.locator('[data-field="setting-hours"]').fill('32');
    await panel.locator('[data-field="setting-available"]').fill('2025-10-01');
    await panel.locator('[data-field="setting-region"]').fill('Noord-Brabant');
    await panel.locator('[data-action="save-settings"]').click();
    await expect.poll(async () => (await storedProfile(panel))?.settings).toEqual({ hourlyRate: 95, hoursPerWeek: 32, availableFrom: '2025-10-01', region: 'Noord-Brabant' });

    await panel.reload();
    await panel.locator('[data-action="open-profile"]').click();
    await expect.poll(() => panel.locator('[data-field="setting-rate"]').inputValue()).toBe('95');
    expect(await panel.locator('[data-field="setting-available"]').inputValue()).toBe('2025-10-01');
    await panel.close();
  });

  it('saves my own synonyms and says which line is not a group', async () => {
    const panel = await openMyCv();
    const box = panel.locator('[data-field="own-synonyms"]');
    await box.fill('regiesysteem = Suite4Sociaal Domein\ntriage');
    await panel.locator('[data-action="save-synonyms"]').click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('Line 2 ("triage") needs at least two words');
    await box.fill('regiesysteem = Suite4Sociaal Domein = iRegie');
    await panel.locator('[data-action="save-synonyms"]').click();
    await expect.poll(async () => (await storedProfile(panel))?.synonyms).toEqual([{ id: 'own-1', terms: ['regiesysteem', 'Suite4Sociaal Domein', 'iRegie'] }]);
    await panel.reload();
    await panel.locator('[data-action="open-profile"]').click();
    await expect.poll(() => panel.locator('[data-field="own-synonyms"]').inputValue()).toBe('regiesysteem = Suite4Sociaal Domein = iRegie');
    await panel.close();
  });
});

describe('the CV against a posting', () => {
  it('suggests per requirement where the evidence is; "Use this" copies it into my checklist, kept after a reload', async () => {
    const { page, panel, title } = await captureAndOpen('interim-broker/midden-drenthe-zorg-advies-teams.html');
    const item = panel.locator('[data-requirement-id]').filter({ hasText: 'afgeronde opleiding op minimaal hbo bachelor niveau' });
    await expect.poll(() => item.locator('.suggestion').getAttribute('data-suggestion')).toBe('met');
    // The CV came in as a PDF, which keeps one space between the columns.
    expect(await item.locator('.suggestion li').first().textContent()).toBe('2003 – 2007 HBO Maatschappelijk Werk en Dienstverlening (bachelor), Avans Hogeschool, Breda');
    const years = panel.locator('[data-requirement-id]').filter({ hasText: 'minimaal 1 jaar werkervaring in de afgelopen 3 jaar' });
    await expect.poll(() => years.locator('[data-field="suggestion-years"]').textContent()).toMatch(/in de afgelopen 3 jaar: 2023-09–heden Projectleider Inkoop Jeugdhulp/);

    await item.locator('[data-action="use-suggestion"]').click();
    await expect.poll(async () => (await storedPosting(panel, title))?.checklist.find((c) => c.evidence.includes('HBO Maatschappelijk Werk'))).toMatchObject({ state: 'met' });
    // Once mine, the suggestion stays beside it with nothing left to accept.
    await expect.poll(() => item.locator('[data-action="use-suggestion"]').count()).toBe(0);

    await panel.reload();
    await panel.getByRole('listitem').filter({ hasText: title }).first().click();
    const again = panel.locator('[data-requirement-id]').filter({ hasText: 'afgeronde opleiding op minimaal hbo bachelor niveau' });
    await expect.poll(() => again.getAttribute('data-state')).toBe('met');
    expect(await again.getByLabel('Evidence in my CV').inputValue()).toContain('HBO Maatschappelijk Werk en Dienstverlening (bachelor)');
    await page.close();
    await panel.close();
  });

  it('shows the go/no-go line in the popup, and the Markdown checklist carries the evidence lines', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/interim-broker/midden-drenthe-zorg-advies-teams.html`);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-field="go-no-go"].go-no-go')`);
    const line = await popup.evaluate<string>(`document.querySelector('[data-field="go-no-go"]').textContent`);
    expect(line).toMatch(/^Knock-outs: 3 evidenced, 0 unclear, 0 unmet/);
    await popup.close();

    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('listitem').filter({ hasText: 'Midden-Drenthe' }).first().click();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.locator('[data-action="copy-markdown"]').click();
    await expect.poll(() => panel.locator('[data-action="copy-markdown"]').textContent()).toBe('Copied');
    const markdown = await panel.evaluate<string>('navigator.clipboard.readText()');
    expect(markdown).toMatch(/ {2}- from my CV: evidenced\n {4}- 2003 – 2007 HBO Maatschappelijk Werk en Dienstverlening \(bachelor\), Avans Hogeschool, Breda/);
    expect(markdown).toMatch(/from my CV: evidenced — .* in de afgelopen 3 jaar: 2023-09–heden Projectleider Inkoop Jeugdhulp/);
    await page.close();
    await panel.close();
  });
});

/**
 * A library as a user has it: postings from several portals, served at their own addresses
 * with their dates moved to the present (scripts/demo-dates.ts), an information adviser's CV,
 * and some statuses set. The README shows what this test photographs.
 */
const SHOWCASE = [
  'english/data-protection-officer-english',
  'publiekepartner/contractmanager-provincie-gelderland',
  'tailwind-relatief-ko/informatiemanager-sociaal-domein-westland',
  'jobsite-jsonld/informatieadviseur-gemeente-amersfoort',
  'inhuurdesk/projectleider-omgevingswet-gemeente-zaanstad',
  'bijoranje/pmo-naleving-sociaal-domein',
  'striive/informatiemanager-provincie-utrecht',
];

describe('how it looks', () => {
  it('takes the README screenshots: popup, list and posting with its checklist, light and dark', async () => {
    const shots = await launchWithExtension();
    try {
      const panel = await shots.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${shots.extensionId}/sidepanel.html`);
      await panel.locator('[data-action="open-profile"]').click();
      await panel.locator('[data-field="cv-text"]').fill(readFileSync(join(CV_DIR, 'informatieadviseur.txt'), 'utf8'));
      await panel.locator('[data-action="save-cv"]').click();
      await panel.locator('[data-state="cv-ok"]').waitFor();

      const today = localDay();
      let page: Page | undefined;
      // Captured in this order: the list sorts by closing date, the popup shows the last one.
      for (const name of SHOWCASE) {
        const html = readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
        const url = /rel="canonical" href="([^"]+)"/.exec(html)![1];
        const body = currentPage(html, url, today);
        await shots.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
        await page?.close();
        page = await shots.context.newPage();
        await page.goto(url);
        const popup = await clickToolbarButton(shots, page);
        await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
        if (name === SHOWCASE.at(-1)) {
          // The popup of the last one, once its go/no-go line is filled in (the CV is read after the posting shows).
          await popup.waitFor(`document.querySelector('[data-field="go-no-go"]')?.textContent !== '…'`);
          expect(await popup.evaluate<string>('document.body.textContent')).not.toContain('127.0.0.1');
          for (const scheme of ['light', 'dark'] as const) {
            await popup.colorScheme(scheme);
            await writeFile(join(SCREENSHOTS, `popup-${scheme}.png`), await popup.screenshot());
          }
        }
        await popup.close();
      }

      // Where a user is with some of them.
      await panel.locator('[data-action="back"]').click();
      for (const [title, status] of [
        ['Informatieadviseur', 'interested'],
        ['Informatiemanager Sociaal Domein', 'bidding'],
        ['Contractmanager Onderhoud Infrastructuur', 'submitted'],
      ] as const) {
        await panel.getByRole('listitem').filter({ hasText: title }).first().click();
        await panel.locator('select[data-field="status"]').selectOption(status);
        await panel.locator('[data-action="back"]').click();
      }
      await panel.getByRole('listitem').first().waitFor();
      const rows = await panel.getByRole('listitem').allTextContents();
      expect(rows.join('\n')).not.toContain('127.0.0.1');
      expect(rows.join('\n')).not.toMatch(/closed/);

      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.getByRole('listitem').first().waitFor();
        await writeFile(join(SCREENSHOTS, `library-${scheme}.png`), await panel.screenshot());
        await panel.getByRole('listitem').filter({ hasText: 'Informatiemanager Domein Fysieke Leefomgeving' }).first().click();
        await panel.locator('[data-requirement-id] .suggestion').first().waitFor();
        // The checklist at the top: the facts are in the popup's picture.
        await panel.getByRole('heading', { name: 'Requirement checklist' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await writeFile(join(SCREENSHOTS, `posting-${scheme}.png`), await panel.screenshot());
        await panel.locator('[data-action="back"]').click();
        await panel.locator('[data-action="open-profile"]').click();
        await panel.locator('.entry').first().waitFor();
        await writeFile(join(SCREENSHOTS, `my-cv-${scheme}.png`), await panel.screenshot());
        await panel.locator('[data-action="back"]').click();
      }
    } finally {
      await shots.close();
    }
  }, 120_000);
});

describe('a narrow side panel', () => {
  it('at 320 px (the narrowest Chromium allows) keeps each row\'s lines apart and nothing sticks out sideways', async () => {
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('listitem').first().waitFor();
    const sticksOut = `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 80))`;
    // Title, client line and facts one below the other, each inside its row.
    const rows = await panel.evaluate(() =>
      [...document.querySelectorAll('.row')].slice(0, 8).map((row) => {
        const box = row.getBoundingClientRect();
        const lines = [...row.children].map((c) => c.getBoundingClientRect());
        return {
          apart: lines.every((l, i) => i === 0 || l.top >= lines[i - 1].bottom - 0.5),
          inside: lines.every((l) => l.bottom <= box.bottom + 0.5 && l.right <= box.right + 0.5),
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows).toEqual(rows.map(() => ({ apart: true, inside: true })));
    expect(await panel.evaluate<string[]>(sticksOut)).toEqual([]);
    await panel.getByRole('listitem').first().click();
    await panel.locator('[data-requirement-id]').first().waitFor();
    expect(await panel.evaluate<string[]>(sticksOut)).toEqual([]);
    await panel.close();
  });
});

describe('in a Dutch browser', () => {
  it('speaks Dutch: the words, and the dates and amounts written the Dutch way, in the popup and the library', async () => {
    const dutch = await launchWithExtension({ lang: 'nl' });
    try {
      const page = await dutch.context.newPage();
      await page.goto(`${origin}/jongenko/beleidsadviseur-sociaal-domein.html`);
      const popup = await clickToolbarButton(dutch, page);
      await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
      const facts = await popup.evaluate<Record<string, string>>(
        `Object.fromEntries([...document.querySelectorAll('dd[data-field]')].map((d) => [d.dataset.field, d.textContent]))`,
      );
      expect(facts.rate).toBe('max € 83,95 per uur');
      expect(facts.hours).toBe('32–36 uur per week');
      expect(facts.start).toBe('z.s.m.');
      expect(facts.duration).toBe('6 maanden');
      expect(await popup.evaluate<string>(`document.querySelector('[data-action="open-side-panel"]').textContent`)).toBe('Bibliotheek openen');
      await popup.waitFor(`document.querySelector('[data-field="go-no-go"]')?.textContent !== '…'`);
      await writeFile(join(SCREENSHOTS, 'popup-nl.png'), await popup.screenshot());
      await popup.close();

      const panel = await dutch.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${dutch.extensionId}/sidepanel.html`);
      const row = panel.getByRole('listitem').first();
      await expect.poll(() => row.locator('[data-field="rate"]').textContent()).toBe('max € 83,95');
      await row.click();
      await expect.poll(() => panel.locator('[data-field-row="deadline"]').textContent()).toContain('4 maart 2026');
      // € 83,95 × 36 uur × 26 weken, with the Dutch thousands separator.
      expect(await panel.locator('[data-field="contract-value"]').textContent()).toContain('€ 78.577');
      await panel.close();
      await page.close();
    } finally {
      await dutch.close();
    }
  }, 60_000);
});

describe('accessibility (axe-core)', () => {
  const AXE = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const RUN = `(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
  })()`;

  it('the popup, the library, a posting with its checklist and CV suggestions, and My CV have no serious or critical violations, light and dark', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/flextender/programmamanager-energietransitie.html`);
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.bringToFront();
      const popup = await clickToolbarButton(ext, page);
      await popup.colorScheme(scheme);
      await popup.waitFor(`!!document.querySelector('[data-state="saved"],[data-state="updated"]')`);
      await popup.evaluate(AXE);
      found[`popup ${scheme}`] = await popup.evaluate<string[]>(RUN);
      await popup.close();
    }
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.getByRole('listitem').first().waitFor();
      await panel.evaluate(AXE);
      found[`library ${scheme}`] = await panel.evaluate<string[]>(RUN);
      await panel.getByRole('listitem').filter({ hasText: 'Programmamanager' }).first().click();
      await panel.locator('[data-requirement-id]').first().waitFor();
      found[`posting ${scheme}`] = await panel.evaluate<string[]>(RUN);
      await panel.locator('[data-action="back"]').click();
      await panel.locator('[data-action="open-profile"]').click();
      await panel.locator('.entry').first().waitFor();
      found[`my CV ${scheme}`] = await panel.evaluate<string[]>(RUN);
      await panel.locator('[data-action="back"]').click();
    }
    expect(found).toEqual({
      'popup light': [], 'popup dark': [], 'library light': [], 'library dark': [], 'posting light': [], 'posting dark': [], 'my CV light': [], 'my CV dark': [],
    });
    await page.close();
    await panel.close();
  });
});

libraryKeepingTests(() => ({ ext, origin }));
reminderTests(() => ({ ext, origin }));
calendarTests(() => ({ ext, origin }));
pipelineTests(() => ({ ext, origin }));
sameAssignmentTests(() => ({ ext, origin }));
