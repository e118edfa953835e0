import { useEffect } from 'react';
import { onStoredChange, readStored, removeStored } from '../../components/storage';

/**
 * Calls `show` with the posting the user asked to see: the tab's own address
 * (`#posting=…`, a reminder's click where no side panel could open), or the request the
 * popup's "Open library" or a reminder left (read as the panel starts, heard while it is
 * open). A request is taken once: the panel opened again later shows the list.
 * `show` must stay the same function (a state setter): a new one reads the requests again.
 */
export function useShowRequests(show: (postingId: string) => void): void {
  useEffect(() => {
    const take = (id: string | null) => {
      if (!id) return;
      show(id);
      void removeStored('selectedPostingId');
    };
    const asked = new URLSearchParams(location.hash.slice(1)).get('posting');
    if (asked) show(asked);
    else void readStored('selectedPostingId').then(take);
    return onStoredChange('selectedPostingId', take);
  }, [show]);
}
