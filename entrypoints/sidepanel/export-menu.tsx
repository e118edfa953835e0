import { useEffect, useRef } from 'react';
import { CalendarExport } from '../../components/calendar-export';
import { t } from '../../components/i18n';
import { ExportCsv } from './export-csv';

/**
 * The library's exports under one button, so the header fits the side panel on one line: the
 * spreadsheet (CSV) and the closing dates as a calendar (.ics). A native disclosure: keyboard
 * and screen readers know it; it closes after a download, on Escape and on a click elsewhere.
 */
export function ExportMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) close();
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !menu.current?.open) return;
      close();
      menu.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, []);
  return (
    <details className="menu" ref={menu}>
      <summary data-action="open-export">{t('exportMenu')}</summary>
      <div className="menu-items">
        <ExportCsv onDone={close} />
        <CalendarExport onDone={(downloaded) => downloaded && close()} />
      </div>
    </details>
  );
}
