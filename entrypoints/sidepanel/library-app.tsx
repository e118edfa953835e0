import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { restorePosting } from '../../lib/db/postings';
import { DEFAULT_QUERY, type ListQuery, isFiltered, listPostings } from '../../lib/library/list-query';
import { localDay } from '../../lib/parse/date';
import type { CaptureResult } from '../../lib/messages';
import type { SavedPosting } from '../../lib/saved-posting';
import { captureProblem } from '../../components/capture-message';
import { onStoredChange, readStored, writeStored } from '../../components/storage';
import { useShowRequests } from './use-show-requests';
import { t } from '../../components/i18n';
import { UndoToast } from './undo-toast';
import { useShownMark } from '../../components/use-shown-mark';
import { db } from '../../components/db';
import { writeLeftTypedTexts } from '../../components/typed-text';
import { ListControls } from './list-controls';
import { PostingDetail } from './posting-detail';
import { PostingList } from './posting-list';
import { ProfileView } from './profile-view';
import { ExportMenu } from './export-menu';
import { SettingsView } from './settings-view';
import { OverviewView } from './overview-view';
import { useSearchTexts } from './use-search-texts';
import { BackupDueNotice } from './backup-due-notice';

/** The side panel: the saved postings, live, and one posting in detail. */
export function LibraryApp() {
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<string | null>(null);
  /** "My CV", "Backup & settings" or the overview open instead of the list. */
  const [view, setView] = useState<'list' | 'profile' | 'settings' | 'overview'>('list');
  /** A capture from the context menu that saved nothing, in plain words. */
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SavedPosting | null>(null);
  /** The list's scroll position, kept while a posting is open, so Back lands where the user was. */
  const [scrollTop, setScrollTop] = useState(0);
  /** The posting just left, whose row gets the focus back. */
  const [cameFrom, setCameFrom] = useState<string | null>(null);

  const now = new Date();
  const today = localDay(now);
  // The whole list at once: its rows are kept in a few dozen pages (lib/db/paged-map.ts), read
  // in about 0.1 s at 10,000 postings, so search, filters and every sort order work from the
  // first screen on.
  const rows = useLiveQuery(() => db.summaries.values());
  // Sorted and searched only while the list is on screen: a restore of 10,000 in Settings, or
  // a capture while a posting is open, does not wait for a list nobody sees.
  const listing = view === 'list' && !selected;
  const texts = useSearchTexts(listing ? rows : undefined);
  const shown = useMemo(() => (listing ? listPostings(rows ?? [], query, today, texts) : []), [listing, rows, query, today, texts]);
  useShownMark(rows !== undefined, 'bidprep:library-shown');
  useEffect(() => {
    if (selected || !cameFrom) return;
    // The virtual list renders its rows a frame or two after it mounts.
    let frame = 0;
    let tries = 0;
    const focusRow = () => {
      const row = document.querySelector<HTMLElement>(`button[data-posting-id="${CSS.escape(cameFrom)}"]`);
      if (row) row.focus();
      else if (tries++ < 20) frame = requestAnimationFrame(focusRow);
    };
    focusRow();
    return () => cancelAnimationFrame(frame);
  }, [selected, cameFrom]);

  useShowRequests(setSelected);
  // Text typed just before the panel last closed, whose write the closing cut short.
  useEffect(() => void writeLeftTypedTexts(db).catch(() => undefined), []);
  // A capture from the context menu reports here.
  useEffect(() => {
    const report = (result: CaptureResult | null) => {
      if (!result) return;
      if (result.status === 'saved') {
        setSelected(result.id);
        setProblem(null);
      } else setProblem(result.status === 'nothing-found' ? t('nothingFound') : captureProblem(result));
    };
    return onStoredChange('lastCapture', report);
  }, []);
  // The list's search, sort and filters are kept: the panel opens as the user left it.
  useEffect(() => {
    void readStored('libraryQuery').then((q) => q && setQuery(q));
  }, []);
  const changeQuery = (q: ListQuery) => {
    setQuery(q);
    void writeStored('libraryQuery', q);
  };
  const problemNotice = problem && (
    <p className="notice" role="alert" data-state="capture-problem">
      {problem}
    </p>
  );

  const dismissDeleted = useCallback(() => setDeleted(null), []);
  const undo = deleted && (
    <UndoToast
      state="deleted"
      message={t('deletedPosting', deleted.extracted.title ?? deleted.extracted.url)}
      onUndo={() => void restorePosting(db, deleted).then(() => setDeleted(null))}
      onDone={dismissDeleted}
    />
  );
  // Opening another posting ends the chance to undo a delete (its notice would mislead there).
  const open = (id: string) => {
    setDeleted(null);
    setSelected(id);
  };

  if (view !== 'list' && !selected) {
    return (
      <main className="detail">
        <button type="button" onClick={() => setView('list')} data-action="back">
          ← {t('libraryTitle')}
        </button>
        {view === 'profile' ? <ProfileView /> : view === 'settings' ? <SettingsView /> : <OverviewView />}
      </main>
    );
  }
  if (selected) {
    return (
      <main>
        {problemNotice}
        <PostingDetail
          id={selected}
          onBack={() => {
            setCameFrom(selected);
            setSelected(null);
          }}
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
      <div className="library-head">
        <h1>{t('libraryTitle')}</h1>
        <span className="library-actions">
          <ExportMenu />
          <button type="button" onClick={() => setView('overview')} data-action="open-overview">
            {t('openOverview')}
          </button>
          <button type="button" onClick={() => setView('profile')} data-action="open-profile">
            {t('myCv')}
          </button>
          <button type="button" onClick={() => setView('settings')} data-action="open-settings">
            {t('openSettings')}
          </button>
        </span>
      </div>
      {problemNotice}
      <BackupDueNotice now={now} rows={rows} />
      {undo}
      <ListControls query={query} onChange={changeQuery} />
      {rows === undefined ? (
        <p className="muted">{t('reading')}</p>
      ) : rows.length === 0 ? (
        <p className="notice" data-state="library-empty">
          {t('libraryEmpty')}
        </p>
      ) : shown.length === 0 && isFiltered(query) ? (
        <p className="notice" data-state="no-matches">
          {t('noMatches')}{' '}
          <button type="button" onClick={() => changeQuery({ ...DEFAULT_QUERY, sortBy: query.sortBy })} data-action="clear-filters">
            {t('clearFilters')}
          </button>
        </p>
      ) : (
        <PostingList rows={shown} now={now} onOpen={open} scrollTop={scrollTop} onScroll={setScrollTop} />
      )}
    </main>
  );
}
