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
  const chromePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
  const firefoxBar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (chromePanel && windowId !== undefined) void chromePanel.open({ windowId });
  else void firefoxBar?.open();
}
