/**
 * Issue 10 in real Chromium: backup and restore (into a fresh profile), the questions a
 * restore asks, refusals of bad files, reminder and margin settings, the backup reminder.
 * Registered from extension.test.ts, which owns the browser and the build (one build per run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../lib/time/amsterdam';
import { type LoadedExtension, attachSidePanel, clickToolbarButton, closeSidePanels, launchWithExtension } from '../support/extension';
import { FIXTURE_DIR } from '../support/fixtures';

/** Every record of a table of the extension's database, as the page sees it. */
export function readTable<T = Record<string, unknown>>(panel: Page, table: string): Promise<T[]> {
  return panel.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('bidprep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    table,
  );
}

/** Change one record in place, as an earlier session of the user would have left it (test set-up only). */
function putRecord(panel: Page, table: string, record: object): Promise<void> {
  return panel.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bidprep');
        open.onsuccess = () => {
          const tx = open.result.transaction(name as string, 'readwrite');
          tx.objectStore(name as string).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, record] as const,
  );
}

interface Saved {
  id: string;
  notes: string;
  status: string;
  updatedAt: string;
  checklist: { state: string; evidence: string }[];
  extracted: { title: string | null };
}

async function openSettings(ext: LoadedExtension): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.locator('[data-action="open-settings"]').click();
  await panel.locator('#settings-title').waitFor();
  return panel;
}

export function libraryKeepingTests(get: () => { ext: LoadedExtension; origin: string }): void {
  describe('backup and restore', () => {
    let backupFile = '';
    let backupText = '';

    it('saves the whole library to one file and notes when', async () => {
      const { ext, origin } = get();
      // A posting with checklist work, status and notes, made the way a user makes it.
      const page = await ext.context.newPage();
      await page.goto(`${origin}/gemeenteprojecten/kwartiermaker-zwijndrecht.html`);
      const popup = await clickToolbarButton(ext, page);
      await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
      await page.close();
      const panel = await ext.context.newPage();
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      await panel.getByRole('listitem').filter({ hasText: 'kwartiermaker ontwikkelagenda Zwijndrecht' }).first().click();
      await panel.locator('[data-field="status"]').selectOption('bidding');
      await panel.locator('[data-requirement-id]').first().getByLabel('State').selectOption('met');
      await panel.locator('[data-field="notes"]').fill('Bellen met inkoop');
      await panel.locator('[data-field="notes"]').blur();
      await expect.poll(async () => (await readTable<Saved>(panel, 'postings')).find((p) => p.notes === 'Bellen met inkoop')?.status).toBe('bidding');

      await panel.locator('[data-action="back"]').click();
      await panel.locator('[data-action="open-settings"]').click();
      await expect.poll(() => panel.locator('[data-field="last-backup"]').textContent()).toBe('No backup saved yet.');
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="backup"]').click()]);
      expect(download.suggestedFilename()).toMatch(/^bidprep-backup-\d{4}-\d{2}-\d{2}\.json$/);
      backupFile = (await download.path())!;
      backupText = readFileSync(backupFile, 'utf8');
      const stored = await readTable<Saved>(panel, 'postings');
      const file = JSON.parse(backupText) as { format: string; postings: Saved[] };
      expect(file.format).toBe('bidprep-backup');
      expect(file.postings.map((p) => p.id).sort()).toEqual(stored.map((p) => p.id).sort());
      await expect.poll(() => panel.locator('[data-state="backup-ok"]').textContent()).toContain(`${stored.length} postings`);

      await panel.reload();
      await panel.locator('[data-action="open-settings"]').click();
      await expect.poll(() => panel.locator('[data-field="last-backup"]').textContent()).toMatch(/^Last backup: \d+ \w+ \d{4}\.$/);
      const [settings] = await readTable<{ lastBackupAt: string | null }>(panel, 'settings');
      expect(settings.lastBackupAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      await panel.close();
    });

    it('restores it into a fresh browser profile: every posting, tick and note is back', async () => {
      const { ext } = get();
      const source = await ext.context.newPage();
      await source.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      const original = await readTable<Saved>(source, 'postings');
      await source.close();

      const fresh = await launchWithExtension();
      try {
        const panel = await openSettings(fresh);
        await panel.locator('[data-action="restore-file"]').setInputFiles(backupFile);
        await expect.poll(() => panel.locator('[data-state="restored"]').textContent()).toContain(`${original.length} added, 0 updated, 0 already the same`);
        await panel.reload();
        await expect.poll(async () => panel.getByRole('listitem').count()).toBeGreaterThan(0);
        const restored = await readTable<Saved>(panel, 'postings');
        const key = (p: Saved) => [p.id, p.status, p.notes, p.checklist.map((c) => c.state).join(',')].join('|');
        expect(restored.map(key).sort()).toEqual(original.map(key).sort());
        // The search texts came back too: words only a requirement holds find the posting.
        await panel.locator('input[type=search]').fill('tanden zetten');
        await expect.poll(() => panel.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('kwartiermaker ontwikkelagenda Zwijndrecht')]);
        await panel.locator('input[type=search]').fill('');
        await panel.getByRole('listitem').filter({ hasText: 'kwartiermaker ontwikkelagenda Zwijndrecht' }).first().click();
        await expect.poll(() => panel.locator('[data-field="status"]').inputValue()).toBe('bidding');
        await expect.poll(() => panel.locator('[data-field="notes"]').inputValue()).toBe('Bellen met inkoop');

        // An edit made here after the backup: restoring again asks which version to keep.
        await panel.locator('[data-field="notes"]').fill('Nieuwer, van deze computer');
        await panel.locator('[data-field="notes"]').blur();
        await expect.poll(async () => (await readTable<Saved>(panel, 'postings')).some((p) => p.notes === 'Nieuwer, van deze computer')).toBe(true);
        await panel.locator('[data-action="back"]').click();
        await panel.locator('[data-action="open-settings"]').click();
        const ask = async () => {
          await panel.locator('[data-action="restore-file"]').setInputFiles(backupFile);
          await expect.poll(() => panel.locator('[data-state="restore-question"]').textContent()).toContain('1 postings were changed on this computer');
        };
        await ask();
        await panel.locator('[data-action="restore-cancel"]').click();
        await expect.poll(() => panel.locator('[data-state="backup-ok"]').textContent()).toBe('Restore cancelled. Nothing was changed.');
        await ask();
        await panel.locator('[data-action="restore-keep-mine"]').click();
        await expect.poll(() => panel.locator('[data-state="restored"]').textContent()).toContain('1 postings you changed here after the backup kept your version');
        await panel.reload();
        expect((await readTable<Saved>(panel, 'postings')).some((p) => p.notes === 'Nieuwer, van deze computer')).toBe(true);
        await panel.locator('[data-action="open-settings"]').click();
        await ask();
        await panel.locator('[data-action="restore-take-backup"]').click();
        await expect.poll(() => panel.locator('[data-state="restored"]').textContent()).toContain('1 updated');
        await panel.reload();
        const after = await readTable<Saved>(panel, 'postings');
        expect(after.some((p) => p.notes === 'Nieuwer, van deze computer')).toBe(false);
        expect(after.some((p) => p.notes === 'Bellen met inkoop')).toBe(true);
        await panel.close();
      } finally {
        await fresh.close();
      }
    });

    it('refuses a cut-off file, another program\'s file and a crafted one, and changes nothing', async () => {
      const { ext } = get();
      const panel = await openSettings(ext);
      const before = JSON.stringify(await readTable(panel, 'postings'));
      const cases: [string, string][] = [
        [backupText.slice(0, Math.floor(backupText.length / 2)), 'cut off while downloading'],
        ['{"name":"other-app","items":[]}', 'This file is not a BidPrep backup.'],
        ['{"format":"bidprep-backup","version":1,"exportedAt":"x","postings":[{"__proto__":{"admin":true}}]}', 'refused for safety'],
        ['', 'This file is empty.'],
      ];
      for (const [content, message] of cases) {
        await panel.locator('[data-action="restore-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
        await expect.poll(() => panel.locator('[data-state="backup-problem"]').textContent()).toContain(message);
        expect(await panel.locator('[data-state="backup-problem"]').textContent()).toContain('Nothing was changed.');
      }
      expect(JSON.stringify(await readTable(panel, 'postings'))).toBe(before);
      await panel.close();
    });

    it('restores the good postings of a file with a broken one, and names the broken one with its reason', async () => {
      const file = JSON.parse(backupText) as { postings: Record<string, unknown>[] };
      // One more record, of another page, with a status BidPrep does not know.
      const [first] = file.postings;
      file.postings.push({ ...first, id: 'elders-2', canonicalUrl: `${first.canonicalUrl as string}?kopie`, status: 'misschien' });
      const fresh = await launchWithExtension();
      try {
        const panel = await openSettings(fresh);
        await panel.locator('[data-action="restore-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
        const notice = panel.locator('[data-state="restored"]');
        await expect.poll(() => notice.textContent()).toContain(`${file.postings.length - 1} added, 0 updated`);
        expect(await notice.textContent()).toContain('1 records could not be read and were skipped:');
        expect(await panel.locator('[data-field="invalid-records"] li').allTextContents()).toEqual([expect.stringMatching(new RegExp(`^Record ${file.postings.length} \\(.+\\): status: `))]);
        await panel.reload();
        const restored = await readTable<Saved>(panel, 'postings');
        expect(restored.map((p) => p.id).sort()).toEqual(file.postings.filter((p) => p.id !== 'elders-2').map((p) => p.id as string).sort());
        await panel.close();
      } finally {
        await fresh.close();
      }
    });

    it('reminds the user when the last backup is over 30 days old, and saves one from the reminder', async () => {
      const { ext } = get();
      const panel = await openSettings(ext);
      const [settings] = await readTable<{ lastBackupAt: string | null }>(panel, 'settings');
      await putRecord(panel, 'settings', { ...settings, lastBackupAt: new Date(Date.now() - 45 * 86_400_000).toISOString() });
      await panel.locator('[data-action="back"]').click();
      await expect.poll(() => panel.locator('[data-state="backup-due"]').textContent()).toContain('Your last backup is 45 days old.');
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="backup-now"]').click()]);
      expect(download.suggestedFilename()).toMatch(/^bidprep-backup-/);
      // The notice says so once the backup's time is stored (after the download has started).
      await expect.poll(() => panel.locator('[data-state="backup-ok"]').textContent()).toContain(download.suggestedFilename());
      await panel.reload();
      await panel.getByRole('listitem').first().waitFor();
      expect(await panel.locator('[data-state="backup-due"]').count()).toBe(0);
      await panel.close();
    });
  });

  describe('settings', () => {
    it('keeps the reminder choices the user ticks', async () => {
      const { ext } = get();
      const panel = await openSettings(ext);
      await panel.locator('[data-field="reminders-enabled"]').check();
      await panel.locator('[data-lead="3"]').uncheck();
      await panel.locator('[data-lead="7"]').check();
      await expect.poll(async () => (await readTable<{ reminders: object }>(panel, 'settings'))[0].reminders).toEqual({ enabled: true, leadDays: [7, 1], morningOf: true });
      await panel.reload();
      await panel.locator('[data-action="open-settings"]').click();
      await expect.poll(() => panel.locator('[data-field="reminders-enabled"]').isChecked()).toBe(true);
      expect(await panel.locator('[data-lead="3"]').isChecked()).toBe(false);
      expect(await panel.locator('[data-lead="7"]').isChecked()).toBe(true);
      await panel.close();
    });

    it('keeps a broker margin per portal and refuses one that is no percentage', async () => {
      const { ext } = get();
      const panel = await openSettings(ext);
      const host = (await panel.locator('[data-margin]').first().getAttribute('data-margin'))!;
      const field = panel.locator(`[data-margin="${host}"]`);
      await field.fill('140');
      await field.press('Enter');
      await expect.poll(() => panel.locator('[data-state="margin-problem"]').textContent()).toBe('A margin is a percentage from 0 to 50.');
      await field.fill('12,5');
      await field.press('Tab');
      await expect.poll(async () => (await readTable<{ brokerMargins: object[] }>(panel, 'settings'))[0].brokerMargins).toEqual([{ host, percent: 12.5 }]);
      await panel.reload();
      await panel.locator('[data-action="open-settings"]').click();
      await expect.poll(() => panel.locator(`[data-margin="${host}"]`).inputValue()).toBe('12.5');
      await panel.close();
    });
  });
}

/** The extension's service worker (a new one after it was stopped while idle). */
async function worker(ext: LoadedExtension) {
  return ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) ?? ext.context.waitForEvent('serviceworker');
}

/** An Amsterdam calendar day `days` from today, as the user types it and as stored. */
function dayFromToday(days: number): { typed: string; iso: string } {
  const d = new Date(Date.now() + days * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
  const [y, m, dd] = iso.split('-');
  return { typed: `${dd}-${m}-${y} 12:00`, iso: `${iso}T12:00` };
}

export function reminderTests(get: () => { ext: LoadedExtension; origin: string }): void {
  describe('deadline reminders and the badge', () => {
    it('schedules reminders for a corrected deadline, moves them with it, fires one on the test clock, counts it on the badge and cancels on submit', async () => {
      const { ext, origin } = get();
      const page = await ext.context.newPage();
      await page.goto(`${origin}/inhuurdesk/projectleider-omgevingswet-gemeente-zaanstad.html`);
      const popup = await clickToolbarButton(ext, page);
      await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
      // The real side panel, opened from the popup and left on the list, for the reminder's click.
      await popup.click('[data-action="open-side-panel"]');
      const side = await attachSidePanel(ext);
      await side.click('[data-action="back"]');
      await side.waitFor(`document.querySelector('h1')?.textContent === 'Library'`);
      const panel = await openSettings(ext);
      // Reminders on, 7 and 1 days before and the morning of the day (the user's choice).
      await panel.locator('[data-field="reminders-enabled"]').check();
      for (const [lead, on] of [['7', true], ['3', false], ['2', false], ['1', true]] as const) await panel.locator(`[data-lead="${lead}"]`).setChecked(on);
      await panel.locator('[data-field="reminders-morning"]').check();
      await panel.locator('[data-action="back"]').click();
      const id = (await readTable<Saved & { extracted: { url: string } }>(panel, 'postings')).find((p) => p.extracted.url.includes('projectleider-omgevingswet-gemeente-zaanstad'))!.id;
      await panel.getByRole('searchbox').fill('Projectleider Omgevingswet Zaanstad');
      await panel.locator(`button[data-posting-id="${id}"]`).click();
      const setDeadline = async (typed: string) => {
        const row = panel.locator('[data-field-row="deadline"]');
        await row.locator('[data-action="edit-field"]').click();
        await row.getByRole('textbox').fill(typed);
        await row.getByRole('textbox').press('Enter');
        await expect.poll(() => row.locator('[data-corrected]').count()).toBe(1);
      };
      const alarms = async () =>
        (await (await worker(ext)).evaluate<string[]>('chrome.alarms.getAll().then((all) => all.map((a) => a.name))')).filter((n) => n.includes(id)).sort();
      const first = dayFromToday(10);
      await setDeadline(first.typed);
      await expect.poll(alarms).toEqual([`remind|${id}|d1|${first.iso}`, `remind|${id}|d7|${first.iso}`, `remind|${id}|morning|${first.iso}`]);
      // The deadline moves: the reminders move with it.
      const moved = dayFromToday(12);
      await setDeadline(moved.typed);
      await expect.poll(alarms).toEqual([`remind|${id}|d1|${moved.iso}`, `remind|${id}|d7|${moved.iso}`, `remind|${id}|morning|${moved.iso}`]);

      // The test clock: the worker's time jumps to the closing day, 08:05 in Amsterdam. The
      // morning reminder is due; it fires, and the badge counts the posting.
      const sw = await worker(ext);
      const [y, m, d] = moved.iso.slice(0, 10).split('-').map(Number);
      const fake = amsterdamToUtc({ year: y, month: m, day: d, hour: 8, minute: 5 });
      await sw.evaluate((now) => {
        (globalThis as { realNow?: () => number }).realNow = Date.now;
        Date.now = () => now;
      }, fake);
      await panel.evaluate(`chrome.runtime.sendMessage({ type: 'library-changed' })`);
      await expect
        .poll(async () => (await worker(ext)).evaluate<string[]>('chrome.notifications.getAll().then((all) => Object.keys(all))'), { timeout: 10_000 })
        .toContain(`remind|${id}|morning|${moved.iso}`);
      await expect.poll(async () => (await worker(ext)).evaluate<string>('chrome.action.getBadgeText({})')).toMatch(/^[1-9]\d*$/);
      // The user clicks the notification. Headless Chromium shows none to click, so the
      // browser's click event is dispatched to the background's own listener: the side panel
      // open in the window shows the posting, and the notification goes.
      const shown = `remind|${id}|morning|${moved.iso}`;
      const click = async () => (await worker(ext)).evaluate(`chrome.notifications.onClicked.dispatch(${JSON.stringify(shown)})`);
      await page.bringToFront();
      await click();
      await side.waitFor(`document.querySelector('h2[data-field="title"]')?.textContent.includes('Projectleider Omgevingswet')`);
      await expect.poll(async () => (await worker(ext)).evaluate<string[]>('chrome.notifications.getAll().then((all) => Object.keys(all))')).not.toContain(shown);
      // No side panel open, and none may open without the click's user gesture: a tab on the posting.
      await closeSidePanels(ext);
      const before = new Set(ext.context.pages());
      await click();
      const tab = async () => ext.context.pages().find((p) => !before.has(p) && p.url().endsWith(`/sidepanel.html#posting=${id}`));
      await expect.poll(tab).toBeDefined();
      const opened = (await tab())!;
      await expect.poll(() => opened.locator('h2[data-field="title"]').textContent()).toMatch(/Projectleider Omgevingswet/);
      await opened.close();
      await page.close();
      await (await worker(ext)).evaluate(() => {
        const g = globalThis as { realNow?: () => number };
        if (g.realNow) Date.now = g.realNow;
      });
      // Back on the real clock the reminders ahead are set again.
      await panel.evaluate(`chrome.runtime.sendMessage({ type: 'library-changed' })`);
      await expect.poll(alarms).toEqual([`remind|${id}|d1|${moved.iso}`, `remind|${id}|d7|${moved.iso}`]);
      // Submitting the bid cancels the posting's reminders; a reload shows the status kept.
      await panel.locator('[data-field="status"]').selectOption('submitted');
      await expect.poll(async () => (await readTable<Saved>(panel, 'postings')).find((p) => p.id === id)?.status).toBe('submitted');
      await expect.poll(alarms).toEqual([]);
      await panel.reload();
      await panel.getByRole('searchbox').fill('Projectleider Omgevingswet Zaanstad');
      await panel.locator(`button[data-posting-id="${id}"]`).click();
      await expect.poll(() => panel.locator('[data-field="status"]').inputValue()).toBe('submitted');
      await panel.close();
    }, 60_000);
  });
}

export function calendarTests(get: () => { ext: LoadedExtension; origin: string }): void {
  describe('closing dates in the calendar', () => {
    it('exports one posting, and every active posting, as iCalendar that a calendar reads', async () => {
      const { ext } = get();
      const panel = await ext.context.newPage();
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      await panel.getByRole('listitem').first().waitFor();
      const events = async (action: string) => {
        // The library's calendar export sits in its Export menu.
        if (action === 'export-ics-all') await panel.locator('[data-action="open-export"]').click();
        const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator(`[data-action="${action}"]`).click()]);
        expect(download.suggestedFilename()).toMatch(/\.ics$/);
        const text = readFileSync((await download.path())!, 'utf8');
        expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
        return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      };
      const stored = await readTable<Saved & { sort: { deadline: string }; status: string }>(panel, 'postings');
      const active = stored.filter((p) => ['new', 'interested', 'bidding'].includes(p.status) && p.sort.deadline);
      const all = await events('export-ics-all');
      expect(all.map((e) => e.uid).sort()).toEqual(active.map((p) => `${p.id}@bidprep`).sort());

      const one = active[0];
      await panel.getByRole('searchbox').fill(one.extracted.title ?? '');
      await panel.locator(`button[data-posting-id="${one.id}"]`).click();
      const [event] = await events('export-ics');
      expect(event.uid).toBe(`${one.id}@bidprep`);
      expect(event.startDate.toString().slice(0, 10)).toBe(one.sort.deadline.slice(0, 10));
      await panel.close();
    });
  });
}

export function pipelineTests(get: () => { ext: LoadedExtension; origin: string }): void {
  describe('money and pipeline', () => {
    it('shows the contract value, keeps the status history and the offered rate, and draws them in the overview', async () => {
      const { ext, origin } = get();
      const page = await ext.context.newPage();
      await page.goto(`${origin}/criteria-table-dl/contractmanager-ict-provincie-overijssel.html`);
      const popup = await clickToolbarButton(ext, page);
      await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
      await page.close();
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      await panel.getByRole('searchbox').fill('Contractmanager ICT');
      await panel.getByRole('listitem').first().click();
      await expect.poll(() => panel.locator('[data-field="contract-value"]').textContent()).toBe('Estimated contract value € 134,784 (€ 108 × 24 hours × 52 weeks)');

      await panel.locator('[data-field="status"]').selectOption('bidding');
      await panel.locator('[data-field="status"]').selectOption('submitted');
      const offered = panel.locator('[data-field="offered-rate"]');
      await offered.fill('honderd');
      await offered.press('Enter');
      await expect.poll(() => panel.getByRole('alert').first().textContent()).toContain('An offered rate is an amount in euro per hour');
      await offered.fill('104,50');
      await offered.press('Enter');
      type WithHistory = Saved & { statusHistory?: { status: string; offeredRate?: number }[] };
      const stored = async () => (await readTable<WithHistory>(panel, 'postings')).find((p) => p.extracted.title === 'Contractmanager ICT')!;
      await expect.poll(async () => (await stored()).statusHistory?.map((c) => [c.status, c.offeredRate ?? null])).toEqual([['new', null], ['bidding', null], ['submitted', 104.5]]);

      await panel.reload();
      await panel.getByRole('searchbox').fill('Contractmanager ICT');
      await panel.getByRole('listitem').first().click();
      await expect.poll(() => panel.locator('[data-field="offered-rate"]').inputValue()).toBe('104,5');
      await panel.locator('.status-history summary').click();
      await expect.poll(() => panel.locator('[data-field="status-history"] li').allTextContents()).toEqual([
        expect.stringMatching(/: new$/),
        expect.stringMatching(/: bidding$/),
        expect.stringMatching(/: submitted · offered € 104\.50$/),
      ]);

      await panel.locator('[data-action="back"]').click();
      await panel.locator('[data-action="open-overview"]').click();
      await expect.poll(() => panel.locator('[data-status="submitted"] dd').textContent()).toMatch(/^[1-9]\d*$/);
      await expect.poll(() => panel.locator('[data-field="pipeline"]').textContent()).toMatch(/^Bids submitted this month: [1-9]/);
      expect(await panel.locator('[data-field="offered-chart"] circle[data-rate="104.5"]').count()).toBe(1);
      await panel.close();
    });
  });
}

/** A fixture page served at its real address (a route answered from the file: no network). */
async function servePortalPage(ext: LoadedExtension, file: string): Promise<string> {
  const html = readFileSync(file, 'utf8');
  const url = /rel="canonical" href="([^"]+)"/.exec(html)![1];
  await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

export function sameAssignmentTests(get: () => { ext: LoadedExtension; origin: string }): void {
  describe('the same assignment on several portals', () => {
    it('links the captures from two portals, shows them as one, shares a tick, and unlinks', async () => {
      const { ext } = get();
      const dir = join(FIXTURE_DIR, 'same-assignment', 'projectleider-wonen-utrecht');
      const striive = await servePortalPage(ext, join(dir, 'striive.html'));
      const inhuurdesk = await servePortalPage(ext, join(dir, 'inhuurdesk.html'));
      for (const url of [striive, inhuurdesk]) {
        const page = await ext.context.newPage();
        await page.goto(url);
        const popup = await clickToolbarButton(ext, page);
        await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
        if (url === inhuurdesk) {
          const also = await popup.waitFor<string>(`document.querySelector('[data-field="also-on"]')?.textContent`);
          // The portal as its users name it, not its host.
          expect(also).toMatch(/^Also on Striive · max € 95 there; here max € 100$/);
        }
        await page.close();
      }
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      await panel.getByRole('searchbox').fill('projectleider wonen');
      await expect.poll(() => panel.getByRole('listitem').count()).toBe(1);
      expect(await panel.locator('[role=listitem] [data-also-on]').getAttribute('data-also-on')).toMatch(/^(Striive|Inhuurdesk)$/);
      expect(await panel.locator('[role=listitem] .row-sub').textContent()).toMatch(/^Gemeente Utrecht · (Striive \+ Inhuurdesk|Inhuurdesk \+ Striive)$/);

      // A tick with evidence on one shows on the other, also after a reload.
      await panel.getByRole('listitem').first().click();
      const openId = (await panel.locator('article[data-posting-id]').getAttribute('data-posting-id'))!;
      const first = panel.locator('[data-requirement-id]').first();
      await first.getByLabel('State').selectOption('met');
      await first.getByLabel('Evidence in my CV').fill('CV: projectleider wonen, Amersfoort 2021–2024');
      await first.getByLabel('Evidence in my CV').blur();
      type Linked = Saved & { assignmentId?: string; checklist: { state: string; evidence: string }[] };
      const stored = async () => (await readTable<Linked>(panel, 'postings')).filter((p) => /projectleider wonen/i.test(p.extracted.title ?? ''));
      await expect.poll(async () => (await stored()).map((p) => p.checklist.some((c) => c.evidence === 'CV: projectleider wonen, Amersfoort 2021–2024'))).toEqual([true, true]);
      await panel.reload();
      await panel.getByRole('searchbox').fill('projectleider wonen');
      await panel.getByRole('listitem').first().click();
      await expect.poll(() => panel.locator('[data-field="also-on"] li').count()).toBe(1);
      expect(await panel.locator('[data-field="also-on"] li').getAttribute('data-sibling')).not.toBe(openId);

      // Unlink: two rows again, each with its own work, and so after a reload.
      await panel.locator('[data-action="unlink"]').click();
      await expect.poll(async () => (await stored()).map((p) => p.assignmentId ?? null)).toEqual([null, null]);
      await panel.reload();
      await panel.getByRole('searchbox').fill('projectleider wonen');
      await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
      expect((await stored()).every((p) => p.checklist.some((c) => c.state === 'met'))).toBe(true);

      // Linked again by hand, from the detail view's search.
      await panel.getByRole('listitem').first().click();
      await panel.locator('[data-field="link-search"]').fill('projectleider wonen');
      await panel.locator('[data-action="link"]').first().click();
      await expect.poll(async () => new Set((await stored()).map((p) => p.assignmentId ?? null)).size).toBe(1);
      expect((await stored())[0].assignmentId).toBeTruthy();
      await panel.close();
    });
  });
}
