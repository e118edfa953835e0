/**
 * Real headless Firefox for end-to-end tests: Debian's /usr/bin/firefox-esr driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver, no browser download), with the Firefox
 * build (.output/firefox-mv2) installed as a temporary add-on. Facts this relies on are in
 * ../shared/docs/toolchain.md, "Real Firefox for tests".
 *
 * How a test acts as a user:
 * - the gesture (the only thing that grants activeTab) is made in the browser window itself,
 *   with privileged script in its chrome scope: Alt+Shift+B through nsITextInputProcessor, or
 *   a mouse click on the pinned toolbar button;
 * - the popup and the sidebar are no pages of their own to a driver, so they are read from an
 *   extension page opened in a background tab before the gesture (a new tab would close the
 *   popup), through `browser.extension.getViews()`.
 * Pages are driven with raw BiDi commands: puppeteer's Page never learns the address of a
 * moz-extension page and `page.goto` to one never resolves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './extension';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = join(ROOT, '.output', 'firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'bidprep@bidprep.nl';
/** Fixed through the `extensions.webextensions.uuids` pref, so pages have a known address. */
export const EXTENSION_UUID = '6f1b0d2c-3a4e-4b5f-8c7d-9e0a1b2c3d4e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Firefox's id for the add-on's toolbar button and sidebar: the gecko id with [^a-z0-9_-] as '_'. */
const WIDGET_ID = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
const SIDEBAR_ID = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';

export function requireFirefox(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}: install it with "apt-get update && apt-get install -y firefox-esr" (.ci/run does this), or set FIREFOX_PATH.`,
    );
  }
}

/** Build the production Firefox version (MV2, declared popup) into .output/firefox-mv2. */
export function buildFirefoxExtension(): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
}

/** The few WebDriver BiDi calls used here; puppeteer's BiDi connection (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tab (a BiDi browsing context) in the browser, content or extension page. */
export class Tab {
  constructor(
    private readonly bidi: BidiConnection,
    readonly context: string,
  ) {}

  /** Evaluate `expression` (awaited if it is a promise) in the page; the value comes back as JSON. */
  async evaluate<T>(expression: string): Promise<T> {
    return evaluateIn<T>(this.bidi, this.context, expression);
  }

  /** Wait until `expression` is truthy and return its value; errors while the page loads count as not yet. */
  async waitFor<T>(expression: string, timeout = 10_000): Promise<T> {
    return poll(() => this.evaluate<T>(expression), timeout, `in ${this.context}: ${expression}`);
  }

  /**
   * Load `url` and wait until its document is complete. `wait: 'none'` and polling, because
   * BiDi's own wait never ends for moz-extension pages.
   */
  async navigate(url: string, timeout = 10_000): Promise<void> {
    const before = await this.evaluate<number>('performance.timeOrigin').catch(() => 0);
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'none' });
    await this.waitForNewDocument(before, url, timeout);
  }

  /** Reload, as the user's F5 does, and wait until the new document is complete. */
  async reload(timeout = 10_000): Promise<void> {
    const before = await this.evaluate<number>('performance.timeOrigin');
    const url = await this.evaluate<string>('location.href');
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'none' });
    await this.waitForNewDocument(before, url, timeout);
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context });
  }

  private async waitForNewDocument(before: number, url: string, timeout: number): Promise<void> {
    await this.waitFor(
      `performance.timeOrigin !== ${before} && location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
      timeout,
    );
  }
}

/**
 * The popup or the sidebar, read through `browser.extension.getViews()` in an extension page
 * (`reader`). Expressions see the view's `window` and `document`.
 */
export class ExtensionView {
  constructor(
    private readonly reader: Tab,
    readonly type: 'popup' | 'sidebar',
  ) {}

  evaluate<T>(expression: string): Promise<T> {
    return this.reader.evaluate<T>(
      `(() => {
        const view = browser.extension.getViews({ type: ${JSON.stringify(this.type)} })[0];
        if (!view) throw new Error('no ${this.type} is open');
        return ((window, document) => (${expression}))(view, view.document);
      })()`,
    );
  }

  waitFor<T>(expression: string, timeout = 10_000): Promise<T> {
    return poll(() => this.evaluate<T>(expression), timeout, `in the ${this.type}: ${expression}`);
  }

  isOpen(): Promise<boolean> {
    return this.reader.evaluate<boolean>(`browser.extension.getViews({ type: ${JSON.stringify(this.type)} }).length > 0`);
  }
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The first tab, active unless another is opened in front of it. */
  firstTab: Tab;
  /** Open `url` (http) in a new tab in front of the others, and wait until it has loaded. The focus goes into that page. */
  openTab(url: string): Promise<Tab>;
  /** Open an extension page (e.g. 'sidepanel.html') in a new tab behind the current one. */
  openExtensionPage(path: string): Promise<Tab>;
  /**
   * Press a key chord in the browser window, as the user does, e.g. 'Alt+Shift+B' or 'Escape'.
   * A shortcut reaches the browser (and an add-on's commands) only while the focus is in the
   * browser's own UI, as it is after launch (the address bar): with the focus inside a page, the
   * page gets these keys and the browser never acts on them (measured: firefox-esr 153 headless),
   * so a chord with Alt or Control then fails here; call focusAddressBar() first.
   */
  press(chord: string): Promise<void>;
  /** Put the focus in the address bar, as Ctrl+L or a click there does. */
  focusAddressBar(): Promise<void>;
  /** Click the add-on's (pinned) toolbar button with the mouse. */
  clickToolbarButton(): Promise<void>;
  /** Open the add-on's sidebar, as View → Sidebar → BidPrep does. */
  openSidebar(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Start firefox-esr headless on a fresh profile, install the Firefox build as a temporary add-on
 * with a fixed moz-extension uuid, and pin its toolbar button. The UI is English (en-US) so the
 * extension's messages are its English ones. Every address except 127.0.0.1 goes to a local
 * socket that closes at once: no network is used, and fixture pages that name remote
 * stylesheets or images load as fast as without a network.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  requireFirefox();
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD_DIR}: run "npx wxt build -b firefox".`);
  const profile = mkdtempSync(join(tmpdir(), 'bidprep-e2e-firefox-'));
  const offline = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => offline.listen(0, '127.0.0.1', resolve));
  const offlinePort = (offline.address() as AddressInfo).port;
  let browser: Browser | undefined;
  const close = async () => {
    if (browser) await closeBrowser(browser);
    await new Promise<void>((resolve) => offline.close(() => resolve()));
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      protocolTimeout: 30_000,
      // Without it no moz-extension page and no browser-window script can be reached over BiDi.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'intl.locale.requested': 'en-US',
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': offlinePort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': offlinePort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disablePrefetch': true,
        'network.trr.mode': 5,
      },
    });
    const bidi = connectionOf(browser);
    await browser.installExtension(FIREFOX_BUILD_DIR);
    const tree = (await bidi.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: { context: string }[] };
    const firstTab = new Tab(bidi, tree.contexts[0].context);
    const chrome = await browserWindow(bidi);
    // The user's pin: the button on the toolbar rather than in the extensions menu.
    await poll(
      () =>
        chrome.evaluate<boolean>(`(() => {
          if (!CustomizableUI.getWidget(${JSON.stringify(WIDGET_ID)})?.forWindow(window)?.node) return false;
          CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
          return document.getElementById(${JSON.stringify(WIDGET_ID)}).getBoundingClientRect().width > 0;
        })()`),
      10_000,
      'the toolbar button to appear',
    );

    return {
      browser,
      firstTab,
      openTab: async (url) => {
        const { context } = (await bidi.send('browsingContext.create', { type: 'tab', background: false })).result as { context: string };
        const tab = new Tab(bidi, context);
        await tab.navigate(url);
        return tab;
      },
      openExtensionPage: async (path) => {
        const { context } = (await bidi.send('browsingContext.create', { type: 'tab', background: true })).result as { context: string };
        const tab = new Tab(bidi, context);
        await tab.navigate(`${EXTENSION_ORIGIN}/${path}`);
        return tab;
      },
      press: (chord) => pressKeys(chrome, chord),
      focusAddressBar: async () => {
        await chrome.evaluate(`(gURLBar.focus(), true)`);
      },
      clickToolbarButton: () => clickWidget(chrome, WIDGET_ID),
      openSidebar: async () => {
        await chrome.evaluate(`SidebarController.show(${JSON.stringify(SIDEBAR_ID)})`);
      },
      close,
    };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof connection?.send !== 'function') throw new Error('puppeteer-core did not give a WebDriver BiDi connection (launched with browser: "firefox"?)');
  return connection as BidiConnection;
}

/** The browser window's own document (chrome scope), where privileged script runs. */
async function browserWindow(bidi: BidiConnection): Promise<Tab> {
  const { contexts } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = contexts.find((c) => c.url === BROWSER_WINDOW);
  if (!window) throw new Error(`No browser window among the chrome contexts: ${contexts.map((c) => c.url).join(', ')}`);
  return new Tab(bidi, window.context);
}

const KEYS: Record<string, { key: string; code: string; keyCode: number }> = {
  alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  enter: { key: 'Enter', code: 'Enter', keyCode: 13 },
};

function keyOf(name: string, shifted: boolean): { key: string; code: string; keyCode: number } {
  const named = KEYS[name.toLowerCase()];
  if (named) return named;
  if (/^[a-z]$/i.test(name)) {
    const upper = name.toUpperCase();
    return { key: shifted ? upper : upper.toLowerCase(), code: `Key${upper}`, keyCode: upper.charCodeAt(0) };
  }
  throw new Error(`No key "${name}" in tests/support/firefox.ts`);
}

/**
 * Trusted key events into the browser window through nsITextInputProcessor: they go where
 * real keys go, so browser shortcuts (an add-on's commands among them) see them. Key events
 * sent into a page never reach those.
 */
async function pressKeys(chrome: Tab, chord: string): Promise<void> {
  const names = chord.split('+');
  const shifted = names.some((n) => n.toLowerCase() === 'shift');
  const keys = names.map((n) => keyOf(n, shifted));
  const shortcut = names.some((n) => ['alt', 'control'].includes(n.toLowerCase()));
  const done = await chrome.evaluate<string>(`(() => {
    if (${shortcut} && document.activeElement?.isRemoteBrowser) return 'the focus is inside a page, where the browser does not see shortcuts: call focusAddressBar() first';
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
    const keys = ${JSON.stringify(keys)};
    for (const k of keys) tip.keydown(new KeyboardEvent('', k));
    for (const k of [...keys].reverse()) tip.keyup(new KeyboardEvent('', k));
    return 'pressed';
  })()`);
  if (done !== 'pressed') throw new Error(`Could not press ${chord}: ${done}`);
}

/** A real mouse click (mousedown, mouseup) at the centre of a toolbar widget's button. */
async function clickWidget(chrome: Tab, widgetId: string): Promise<void> {
  const done = await chrome.evaluate<string>(`(() => {
    const item = document.getElementById(${JSON.stringify(widgetId)});
    const button = item?.querySelector('toolbarbutton') ?? item;
    const r = button?.getBoundingClientRect();
    if (!r || r.width === 0) return 'the button is not on the toolbar';
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    for (const type of ['mousedown', 'mouseup']) {
      window.synthesizeMouseEvent(
        type, x, y,
        { button: 0, buttons: type === 'mousedown' ? 1 : 0, clickCount: 1, modifiers: 0, inputSource: MouseEvent.MOZ_SOURCE_MOUSE },
        { isDOMEventSynthesized: true, isWidgetEventSynthesized: false, isAsyncEnabled: false },
      );
    }
    return 'clicked';
  })()`);
  if (done !== 'clicked') throw new Error(`Could not click ${widgetId}: ${done}`);
}

async function evaluateIn<T>(bidi: BidiConnection, context: string, expression: string): Promise<T> {
  const answer = (
    await bidi.send('script.evaluate', {
      // JSON in, JSON out: only plain values cross (a DOM node would come back undefined).
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as EvaluateResult;
  if (answer.type === 'exception') throw new Error(`Evaluation failed: ${answer.exceptionDetails?.text ?? 'unknown error'}`);
  const json = answer.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
}

/** Poll `read` until it gives a truthy value (errors count as not yet) or `timeout` ms pass. */
async function poll<T>(read: () => Promise<T>, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  let lastError = '';
  for (;;) {
    try {
      // One answer may hang while a page is being replaced: give each try its own limit.
      const value = await withTimeout(read(), 5_000);
      if (value) return value;
    } catch (e) {
      lastError = (e as Error).message;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
    await sleep(50);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Close the browser; if it does not answer, end its process. */
async function closeBrowser(browser: Browser): Promise<void> {
  const proc = browser.process();
  const closed = await withTimeout(browser.close(), 10_000).then(
    () => true,
    () => false,
  );
  if (!closed && proc && proc.exitCode === null) {
    proc.kill('SIGKILL');
    await new Promise<void>((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', () => resolve())));
  }
}
