import { libraryCsv } from '../../lib/export/library-csv';
import { localDay } from '../../lib/parse/date';
import { db } from '../../components/db';
import { t, uiLanguage } from '../../components/i18n';

/** The whole library as a spreadsheet file (no downloads permission needed: a link the page clicks). */
export function ExportCsv() {
  const download = async () => {
    const postings = await db.postings.toArray();
    const url = URL.createObjectURL(new Blob([libraryCsv(postings, { language: uiLanguage() })], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `bidprep-${localDay()}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" onClick={() => void download()} data-action="export-csv">
      {t('exportCsv')}
    </button>
  );
}
