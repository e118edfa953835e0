import { browser } from 'wxt/browser';
import { CaptureResult, type Request } from '../lib/messages';
import { writeStored } from './storage';

/** Ask the background; the answer is parsed like any other input from another context. */
export async function request(req: Request): Promise<CaptureResult> {
  return parseAnswer(browser.runtime.sendMessage(req));
}

/** Parse an answer already on its way (the popup asks before its app has loaded). */
export async function parseAnswer(answer: Promise<unknown>): Promise<CaptureResult> {
  try {
    return CaptureResult.parse(await answer);
  } catch (e) {
    return { status: 'failed', problem: 'unreadable', detail: String((e as Error)?.message ?? e) };
  }
}

/** Open the library next to the page; must run inside the click handler (a user gesture). */
export function openLibrary(windowId: number | undefined, postingId?: string): void {
  if (postingId) void writeStored('selectedPostingId', postingId);
  // Chromium has the side panel; Firefox the sidebar (an API Chromium's types do not know).
  if (browser.sidePanel && windowId !== undefined) void browser.sidePanel.open({ windowId });
  else if (hasSidebar(browser)) void browser.sidebarAction.open();
}

interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

function hasSidebar(b: object): b is FirefoxSidebar {
  return 'sidebarAction' in b;
}
