import { useEffect } from 'react';

/**
 * A performance mark when a view first shows its content, so `npm run bench:capture`
 * can measure click-to-shown and first render as the user experiences them.
 */
export function useShownMark(shown: boolean, name = 'bidprep:shown'): void {
  useEffect(() => {
    if (shown && performance.getEntriesByName(name).length === 0) performance.mark(name);
  }, [shown, name]);
}
