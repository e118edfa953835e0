import { useEffect } from 'react';

/**
 * A performance mark when a view's content is first on screen, so `npm run bench:capture`
 * can measure click-to-shown and first render as the user experiences them. The effect
 * runs before the browser paints; a task queued from the next animation frame runs after
 * that frame is painted, which is when the user sees it.
 */
export function useShownMark(shown: boolean, name = 'bidprep:shown'): void {
  useEffect(() => {
    if (!shown || performance.getEntriesByName(name).length > 0) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName(name).length === 0) performance.mark(name);
      }, 0),
    );
  }, [shown, name]);
}
