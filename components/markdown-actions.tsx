import { useEffect, useState } from 'react';
import { bidChecklistFileName, bidChecklistMarkdown } from '../lib/export/bid-checklist';
import { localDay } from '../lib/parse/date';
import type { SavedPosting } from '../lib/saved-posting';
import { fromCvForExport } from './cv-export';
import { downloadFile } from './download';
import { t, uiLanguage } from './i18n';

const COPIED_FOR_MS = 2000;

/** Download the bid checklist as a .md file or copy it. */
export function MarkdownActions({ saved }: { saved: SavedPosting }) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  // "Copied" is a moment's confirmation, not a state: the button reads "Copy Markdown" again.
  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = setTimeout(() => setCopy('idle'), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copy]);
  // With what the CV shows per requirement, when a CV is stored.
  const markdown = async () => bidChecklistMarkdown(saved, { today: localDay(), language: uiLanguage(), fromCv: await fromCvForExport(saved) });
  const download = async () => downloadFile(bidChecklistFileName(saved), await markdown(), 'text/markdown;charset=utf-8');
  const copyToClipboard = async () => {
    try {
      await navigator.clipboard.writeText(await markdown());
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} data-action="export-markdown">
        {t('exportMarkdown')}
      </button>
      <button type="button" onClick={copyToClipboard} data-action="copy-markdown">
        {copy === 'copied' ? t('copied') : t('copyMarkdown')}
      </button>
      {copy === 'failed' && <p role="alert">{t('copyFailed')}</p>}
    </>
  );
}
