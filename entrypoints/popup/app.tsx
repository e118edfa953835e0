import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { db } from '../../components/db';
import type { CaptureResult } from '../../lib/messages';
import type { SavedPosting } from '../../lib/saved-posting';
import { captureProblem } from '../../components/capture-message';
import { t } from '../../components/i18n';
import { MarkdownActions } from '../../components/markdown-actions';
import { openLibrary, parseAnswer, request } from '../../components/messaging';
import { PostingSummary } from './posting-summary';
import { RecaptureSummary } from '../../components/recapture-summary';
import { hasChanges } from '../../lib/library/recapture-changes';
import '../../components/theme.css';
import { useShownMark } from '../../components/use-shown-mark';


/**
 * Opened by the toolbar click or the shortcut. `answer` is the capture already asked for
 * by the popup's first script, while this app was still loading.
 */
export function PopupApp({ answer }: { answer: Promise<unknown> }) {
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void parseAnswer(answer).then((r) => {
      performance.mark('bidprep:capture-answered');
      setResult(r);
    });
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, [answer]);

  useShownMark(result !== null && result.status !== 'saved');
  if (!result) return <p className="notice" aria-live="polite">{t('reading')}</p>;
  if (result.status === 'saved') return <Saved initial={result.posting} updated={result.updated} windowId={windowId} />;
  const library = (
    <button type="button" onClick={() => openLibrary(windowId)} data-action="open-side-panel">
      {t('openSidePanel')}
    </button>
  );
  if (result.status === 'nothing-found') {
    const saveBare = async () => setResult(await request({ type: 'save-bare-entry', url: result.url, title: result.title }));
    return (
      <div role="status" data-state="nothing-found">
        <p className="notice">{t('nothingFound')}</p>
        <p className="muted">{t('nothingFoundHint')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={saveBare} data-action="save-bare">
            {t('saveBare')}
          </button>
          {library}
        </div>
      </div>
    );
  }
  return (
    <div data-state={result.status}>
      <p className="notice" role="alert">
        {captureProblem(result)}
      </p>
      <div className="actions">{library}</div>
    </div>
  );
}

function Saved({ initial, updated, windowId }: { initial: SavedPosting; updated: boolean; windowId?: number }) {
  const id = initial.id;
  // Shown at once from the answer; the live query keeps it current afterwards.
  const saved = useLiveQuery(() => db.postings.get(id), [id]) ?? initial;
  useShownMark(true);
  return (
    <div data-state={updated ? 'updated' : 'saved'}>
      <p className="notice" role="status">
        {!updated ? t('savedNew') : hasChanges(saved.lastRecapture) ? t('savedUpdated') : t('savedUnchanged')}
      </p>
      {updated && hasChanges(saved.lastRecapture) && <RecaptureSummary changes={saved.lastRecapture} compact />}
      <PostingSummary saved={saved} now={new Date()} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => openLibrary(windowId, id)} data-action="open-side-panel">
          {t('openSidePanel')}
        </button>
        <MarkdownActions saved={saved} />
      </div>
    </div>
  );
}

export function mountPopup(root: HTMLElement, answer: Promise<unknown>): void {
  createRoot(root).render(<PopupApp answer={answer} />);
}
