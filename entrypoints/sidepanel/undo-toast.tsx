import { useEffect } from 'react';
import { t } from '../../components/i18n';

const SHOWN_FOR_MS = 10_000;

/**
 * "Removed. Undo" at the bottom of the view, where the eye is after clicking Remove or
 * Delete, whatever the scroll position; it goes away by itself after ten seconds.
 */
export function UndoToast({ message, onUndo, onDone, state }: { message: string; onUndo: () => void; onDone: () => void; state: string }) {
  useEffect(() => {
    const timer = setTimeout(onDone, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <p className="notice toast" role="status" data-state={state}>
      {message}{' '}
      <button type="button" data-action={`undo-${state}`} onClick={onUndo}>
        {t('undo')}
      </button>
    </p>
  );
}
