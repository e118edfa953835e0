import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { restorePosting } from '../../lib/db/postings';
import { DEFAULT_QUERY, type ListQuery, listPostings } from '../../lib/library/list-query';
import { localDay } from '../../lib/parse/date';
import type { SavedPosting } from '../../lib/saved-posting';
import { t } from '../i18n';
import { db } from './db';
import { ListControls } from './list-controls';
import { PostingDetail } from './posting-detail';
import { PostingList } from './posting-list';

/** The side panel: the saved postings, live, and one posting in detail. */
export function LibraryApp() {
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SavedPosting | null>(null);
  const rows = useLiveQuery(() => db.summaries.toArray(), []);
  const now = new Date();
  const shown = useMemo(() => listPostings(rows ?? [], query, localDay(now)), [rows, query]); // eslint-disable-line react-hooks/exhaustive-deps

  // The popup and the context menu say which posting to show.
  useEffect(() => {
    const pick = (v: unknown) => typeof v === 'string' && setSelected(v);
    void browser.storage.session.get('selectedPostingId').then((s) => pick(s.selectedPostingId));
    const listener = (changes: Record<string, { newValue?: unknown }>) => pick(changes.selectedPostingId?.newValue);
    browser.storage.session.onChanged.addListener(listener);
    return () => browser.storage.session.onChanged.removeListener(listener);
  }, []);

  const undo = deleted && (
    <p className="notice" role="status" data-state="deleted">
      {t('deletedPosting', deleted.extracted.title ?? deleted.extracted.url)}{' '}
      <button type="button" data-action="undo-delete" onClick={() => void restorePosting(db, deleted).then(() => setDeleted(null))}>
        {t('undo')}
      </button>
    </p>
  );

  if (selected) {
    return (
      <main>
        {undo}
        <PostingDetail
          id={selected}
          onBack={() => setSelected(null)}
          onDeleted={(p) => {
            setDeleted(p);
            setSelected(null);
          }}
        />
      </main>
    );
  }
  return (
    <main className="library">
      <h1>{t('libraryTitle')}</h1>
      {undo}
      <ListControls query={query} onChange={setQuery} />
      {rows === undefined ? (
        <p className="muted">{t('reading')}</p>
      ) : rows.length === 0 ? (
        <p className="notice">{t('libraryEmpty')}</p>
      ) : (
        <PostingList rows={shown} now={now} onOpen={setSelected} />
      )}
    </main>
  );
}
