import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from './library/db';
import type { CaptureResult } from '../lib/messages';
import { captureProblem } from './capture-message';
import { t } from './i18n';
import { MarkdownActions } from './markdown-actions';
import { openLibrary, request } from './messaging';
import { PostingSummary } from './posting-summary';
import { useShownMark } from './use-shown-mark';


/** Opened by the toolbar click or the shortcut: capture the page, then show what was read. */
export function PopupApp() {
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    performance.mark('bidprep:capture-asked');
    void request({ type: 'capture-active-tab' }).then((r) => {
      performance.mark('bidprep:capture-answered');
      setResult(r);
    });
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  useShownMark(result !== null && result.status !== 'saved');
  if (!result) return <p className="notice" aria-live="polite">{t('reading')}</p>;
  if (result.status === 'saved') return <Saved id={result.id} updated={result.updated} windowId={windowId} />;
  if (result.status === 'nothing-found') {
    const saveBare = async () => setResult(await request({ type: 'save-bare-entry', url: result.url, title: result.title }));
    return (
      <div role="status" data-state="nothing-found">
        <p className="notice">{t('nothingFound')}</p>
        <p className="muted">{t('nothingFoundHint')}</p>
        <button type="button" className="primary" onClick={saveBare} data-action="save-bare">
          {t('saveBare')}
        </button>
      </div>
    );
  }
  return (
    <p className="notice" role="alert" data-state={result.status}>
      {captureProblem(result)}
    </p>
  );
}

function Saved({ id, updated, windowId }: { id: string; updated: boolean; windowId?: number }) {
  const saved = useLiveQuery(() => db.postings.get(id), [id]);
  useShownMark(Boolean(saved));
  if (!saved) return <p className="notice">{t('reading')}</p>;
  return (
    <div data-state={updated ? 'updated' : 'saved'}>
      <p className="notice" role="status">
        {updated ? t('savedUpdated') : t('savedNew')}
      </p>
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
