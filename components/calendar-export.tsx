import { useState } from 'react';
import { postingsIcs } from '../lib/export/ics';
import { ACTIVE_STATUSES } from '../lib/library/list-query';
import { localDay } from '../lib/parse/date';
import { type SavedPosting, effective } from '../lib/saved-posting';
import { db } from './db';
import { downloadFile } from './download';
import { t, uiLanguage } from './i18n';

function download(postings: SavedPosting[], name: string): boolean {
  const items = postings.map((p) => ({ id: p.id, posting: effective(p), url: p.extracted.url })).filter((i) => i.posting.deadline);
  if (items.length === 0) return false;
  downloadFile(name, postingsIcs(items, { now: new Date(), language: uiLanguage() }), 'text/calendar;charset=utf-8');
  return true;
}

/**
 * Closing dates into the user's calendar as an .ics file (Outlook, Google, Apple): one
 * posting from its detail view, or every active posting from the library.
 */
export function CalendarExport({ saved, onDone }: { saved?: SavedPosting; onDone?: (downloaded: boolean) => void }) {
  const [none, setNone] = useState(false);
  const run = async () => {
    const postings = saved ? [saved] : (await db.postings.toArray()).filter((p) => ACTIVE_STATUSES.includes(p.status));
    const downloaded = download(postings, saved ? `bidprep-${saved.sort.deadline.slice(0, 10) || 'deadline'}.ics` : `bidprep-deadlines-${localDay()}.ics`);
    setNone(!downloaded);
    onDone?.(downloaded);
  };
  return (
    <>
      <button type="button" onClick={() => void run()} data-action={saved ? 'export-ics' : 'export-ics-all'}>
        {saved ? t('exportIcs') : t('exportIcsAll')}
      </button>
      {none && (
        <p className="notice" role="status" data-state="ics-none">
          {saved ? t('exportIcsNoDeadline') : t('exportIcsNone')}
        </p>
      )}
    </>
  );
}
