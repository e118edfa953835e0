/**
 * The production build of the extension in real headless Chromium, driven the way a user
 * drives it: a real toolbar click (CDP Extensions.triggerAction on the tab target, which
 * grants activeTab exactly like a click) and trusted mouse clicks inside the real popup.
 * See ../shared/docs/toolchain.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILD_DIR = join(ROOT, '.output', 'chrome-mv3');

/** Build the production extension (never judge a dev build: it adds permissions). */
export function buildExtension(): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'pipe' });
}

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  browserSession: CDPSession;
  close(): Promise<void>;
}

/**
 * `pinned`: the BidPrep button sits on the toolbar, as the user who clicks it has it (the
 * "pin" in the puzzle-piece menu, stored in the profile's Preferences). Unpinned, Chromium
 * first animates the button into the toolbar (~270 ms) before it opens the popup.
 */
export async function launchWithExtension({ pinned = false, lang }: { pinned?: boolean; lang?: string } = {}): Promise<LoadedExtension> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'bidprep-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      // `lang`: the browser's language, as a Dutch user's browser has it ("nl").
      args: [...CHROMIUM_ARGS, ...(lang ? [`--lang=${lang}`] : []), `--disable-extensions-except=${BUILD_DIR}`, `--load-extension=${BUILD_DIR}`],
    });
  let context = await launch();
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (pinned) {
    // The user's pin is a profile preference: write it, then start the browser again.
    const id = new URL(worker.url()).host;
    await context.close();
    const prefsPath = join(profile, 'Default', 'Preferences');
    const prefs = JSON.parse(readFileSync(prefsPath, 'utf8')) as { extensions?: object };
    prefs.extensions = { ...prefs.extensions, pinned_extensions: [id] };
    writeFileSync(prefsPath, JSON.stringify(prefs));
    context = await launch();
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  // The worker target exists before its script has run: a toolbar click that arrives before
  // the background registered its listener is dropped (only a test clicks that early). An
  // evaluation is answered once the script has run.
  await worker.evaluate('true');
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle for the persistent context');
  const browserSession = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    browserSession,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Click the toolbar button for `page` and return a handle on the real popup. */
export async function clickToolbarButton(ext: LoadedExtension, page: Page): Promise<ExtensionView> {
  const { targetInfos } = (await ext.browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  // A user clicks in the window they are looking at; Chromium opens no popup in a window it
  // does not count as focused, which a freshly started headless browser sometimes is not.
  await page.bringToFront();
  await ext.browserSession.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  return ExtensionView.attach(ext, 'popup.html');
}

/** The real side panel, once the user opened it (Playwright does not list it as a page). */
export function attachSidePanel(ext: LoadedExtension): Promise<ExtensionView> {
  return ExtensionView.attach(ext, 'sidepanel.html');
}

/** Close every open side panel (as the user's close button would) and wait until they are gone. */
export async function closeSidePanels(ext: LoadedExtension): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  await worker.evaluate(`chrome.windows.getAll().then((ws) => Promise.all(ws.map((w) => chrome.sidePanel.close({ windowId: w.id }).catch(() => undefined))))`);
  for (let tries = 0; tries < 100; tries++) {
    if ((await worker.evaluate<number>(`chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((c) => c.length)`)) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('A side panel stayed open');
}

/**
 * The real popup or side panel: a CDP target, not a Playwright page; spoken to through
 * target messages.
 */
export class ExtensionView {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(
    private readonly ext: LoadedExtension,
    private readonly sessionId: string,
  ) {
    ext.browserSession.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const pending = msg.id !== undefined ? this.waiting.get(msg.id) : undefined;
      if (!pending) return;
      this.waiting.delete(msg.id!);
      if (msg.error) pending.reject(new Error(msg.error.message));
      else pending.resolve(msg.result);
    }) as never);
  }

  static async attach(ext: LoadedExtension, file: 'popup.html' | 'sidepanel.html'): Promise<ExtensionView> {
    const deadline = Date.now() + 8000;
    let lastError = `${file} did not open`;
    while (Date.now() < deadline) {
      const { targetInfos } = (await ext.browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
      const target = targetInfos.find((t) => t.url === `chrome-extension://${ext.extensionId}/${file}`);
      if (target) {
        try {
          // A session attached while the view is still being created is dropped; probe it.
          const { sessionId } = (await ext.browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
          const view = new ExtensionView(ext, sessionId);
          await withTimeout(view.raw('Runtime.evaluate', { expression: 'document.readyState' }), 1000);
          return view;
        } catch (e) {
          lastError = (e as Error).message;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`Could not reach ${file}: ${lastError}`);
  }

  private raw<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.ext.browserSession
      .send('Target.sendMessageToTarget' as never, { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never)
      .catch((e: Error) => {
        this.waiting.get(id)?.reject(e);
        this.waiting.delete(id);
      });
    return answer;
  }

  /** Evaluate an expression in the view and return its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const res = await this.raw<{ result: { value: T }; exceptionDetails?: unknown }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (res.exceptionDetails) throw new Error(`Evaluation failed: ${JSON.stringify(res.exceptionDetails)}`);
    return res.result.value;
  }

  /** Wait until `expression` is truthy in the view. */
  async waitFor<T>(expression: string, timeout = 5000): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * A trusted click (a user gesture) on the element matching `selector`, once it stands still
   * (as Playwright waits for): content loading above it may still push it down.
   */
  async click(selector: string): Promise<void> {
    const where = `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r && r.width > 0 && { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`;
    let box = await this.waitFor<{ x: number; y: number }>(where);
    for (let tries = 0; tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      const again = await this.waitFor<{ x: number; y: number }>(where);
      if (again.x === box.x && again.y === box.y) break;
      box = again;
    }
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.raw('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  /** Load the view again, as the user closing and opening it would. */
  async reload(): Promise<void> {
    await this.evaluate('location.reload()').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    await this.waitFor(`document.readyState === 'complete'`);
  }

  /** Close the popup window (as clicking elsewhere would). */
  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined);
  }

  /** Show the popup in the dark or light colour scheme, as the system setting would. */
  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.raw('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  }

  /** A picture of the popup once Chromium has grown its window to fit the content. */
  async screenshot(): Promise<Buffer> {
    await this.waitFor('document.body.scrollWidth > 0 && window.innerWidth >= document.body.scrollWidth - 2 && window.innerHeight >= document.body.scrollHeight - 2 && window.innerHeight > 100');
    const { data } = await this.raw<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
}
