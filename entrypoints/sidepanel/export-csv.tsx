import { libraryCsv } from '../../lib/export/library-csv';
import { localDay } from '../../lib/parse/date';
import { db } from '../../components/db';
import { downloadFile } from '../../components/download';
import { t, uiLanguage } from '../../components/i18n';

/** The whole library as a spreadsheet file. */
export function ExportCsv({ onDone }: { onDone?: () => void }) {
  const download = async () => {
    const postings = await db.postings.toArray();
    downloadFile(`bidprep-${localDay()}.csv`, libraryCsv(postings, { language: uiLanguage() }), 'text/csv;charset=utf-8');
    onDone?.();
  };
  return (
    <button type="button" onClick={() => void download()} data-action="export-csv">
      {t('exportCsv')}
    </button>
  );
}
