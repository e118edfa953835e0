import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { restorePosting } from '../../lib/db/postings';
import { DEFAULT_QUERY, type ListQuery, listPostings } from '../../lib/library/list-query';
import { localDay } from '../../lib/parse/date';
import { CaptureResult } from '../../lib/messages';
import type { SavedPosting } from '../../lib/saved-posting';
import { captureProblem } from '../capture-message';
import { t } from '../i18n';
import { UndoToast } from '../undo-toast';
import { useShownMark } from '../use-shown-mark';
import { db } from './db';
import { ListControls } from './list-controls';
import { PostingDetail } from './posting-detail';
import { PostingList } from './posting-list';

const FIRST_SCREEN = 40;

/** The side panel: the saved postings, live, and one posting in detail. */
export function LibraryApp() {
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<string | null>(null);
  /** A capture from the context menu that saved nothing, in plain words. */
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SavedPosting | null>(null);
  const now = new Date();
  const today = localDay(now);
  // First screen straight from the deadline index (the default order: open postings,
  // soonest first), so a library of 10,000 shows at once; the full list follows for
  // search, filters and the other sort orders.
  const firstScreen = useLiveQuery(() => db.summaries.where('deadline').aboveOrEqual(today).limit(FIRST_SCREEN).toArray(), [today]);
  const rows = useLiveQuery(() => db.summaries.toArray(), []);
  const isDefault = query.sortBy === 'deadline' && query.search === '' && query.statuses.length === 0;
  const source = rows ?? (isDefault && firstScreen && firstScreen.length === FIRST_SCREEN ? firstScreen : undefined);
  const shown = useMemo(() => listPostings(source ?? [], query, today), [source, query, today]);
  useShownMark(source !== undefined, 'bidprep:library-shown');

  // The popup says which posting to show; a capture from the context menu reports here.
  useEffect(() => {
    const pick = (v: unknown) => typeof v === 'string' && setSelected(v);
    const report = (v: unknown) => {
      const result = CaptureResult.safeParse(v);
      if (!result.success) return;
      if (result.data.status === 'saved') {
        setSelected(result.data.id);
        setProblem(null);
      } else setProblem(result.data.status === 'nothing-found' ? t('nothingFound') : captureProblem(result.data));
    };
    void browser.storage.session.get('selectedPostingId').then((s) => pick(s.selectedPostingId));
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      pick(changes.selectedPostingId?.newValue);
      if (changes.lastCapture) report(changes.lastCapture.newValue);
    };
    browser.storage.session.onChanged.addListener(listener);
    return () => browser.storage.session.onChanged.removeListener(listener);
  }, []);
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

  if (selected) {
    return (
      <main>
        {problemNotice}
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
      {problemNotice}
      {undo}
      <ListControls query={query} onChange={setQuery} />
      {source === undefined ? (
        <p className="muted">{t('reading')}</p>
      ) : rows !== undefined && rows.length === 0 ? (
        <p className="notice">{t('libraryEmpty')}</p>
      ) : (
        <PostingList rows={shown} now={now} onOpen={open} />
      )}
    </main>
  );
}
