/**
 * One capture, from the user's gesture to a stored posting. The capture script reads the
 * live page (lib/extract/read-page.ts) and returns plain data; here it is checked, turned
 * into a Posting (lib/extract/posting-from-page.ts), checked again and stored. The browser
 * parts (which tab, running the capture script, the database) come in as functions, so
 * this runs and is tested in Node like the rest of lib/.
 */
import { postingFromPage } from '../extract/posting-from-page';
import { PageReading } from '../extract/page-reading';
import type { CaptureResult } from '../messages';
import { type IsoDate, Posting } from '../posting';
import type { SavedPosting } from '../saved-posting';
import { hasPostingContent } from './readable';
import { restrictedReason } from './restricted-page';
import { storageProblem } from '../db/storage-error';

export interface CaptureTab {
  id?: number;
  url?: string;
  title?: string;
}

export interface CapturePorts {
  /** Run the capture script in the tab and return what its main() returned (a PageReading). */
  readPage(tabId: number): Promise<unknown>;
  /** Today in the user's time zone: relative dates on the page ("Sluit over 9 dagen") count from it. */
  today(): IsoDate;
  save(posting: Posting): Promise<{ id: string; updated: boolean; posting: SavedPosting }>;
}

export async function captureTab(tab: CaptureTab | undefined, ports: CapturePorts): Promise<CaptureResult> {
  // A click grants activeTab, which shows the address of every page an extension may read:
  // a tab without one is a browser page (new tab, chrome://, data:), not "no page".
  const restricted = tab?.id !== undefined && tab.url === undefined ? 'browser-page' : restrictedReason(tab?.url);
  if (restricted || tab?.id === undefined) return { status: 'restricted', reason: restricted ?? 'no-page' };

  let raw: unknown;
  try {
    raw = await ports.readPage(tab.id);
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    // Chromium refuses some pages only at injection time (other extensions' pages, policy-blocked sites).
    if (/cannot be scripted|cannot access|extensions gallery|chrome:\/\//i.test(text)) return { status: 'restricted', reason: 'browser-page' };
    return { status: 'failed', problem: 'unreadable', detail: text };
  }
  const reading = PageReading.safeParse(raw);
  if (!reading.success) return { status: 'failed', problem: 'unreadable', detail: reading.error.issues[0]?.message ?? 'invalid' };
  let understood: unknown;
  try {
    understood = postingFromPage(reading.data, { now: ports.today() });
  } catch (e) {
    return { status: 'failed', problem: 'unreadable', detail: String((e as Error)?.message ?? e) };
  }
  const parsed = Posting.safeParse(understood);
  if (!parsed.success) return { status: 'failed', problem: 'unreadable', detail: parsed.error.issues[0]?.message ?? 'invalid' };
  if (!hasPostingContent(parsed.data)) {
    return { status: 'nothing-found', url: parsed.data.url, title: parsed.data.title ?? tab.title ?? '' };
  }
  try {
    const { id, updated, posting } = await ports.save(parsed.data);
    return { status: 'saved', id, updated, posting };
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e), detail: String((e as Error)?.message ?? e) };
  }
}
