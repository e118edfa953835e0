import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { linkPostings, unlinkPosting } from '../lib/db/same-assignment';
import { earlierInGroup } from '../lib/library/assignment-deadline';
import { portalName } from '../lib/library/portal-name';
import { foldForSearch } from '../lib/library/search-text';
import { type SavedPosting, effective } from '../lib/saved-posting';
import { db } from './db';
import { formatDate, formatRateShort } from './format';
import { t } from './i18n';

const portal = (p: SavedPosting) => portalName(effective(p).sourceHost) || effective(p).url;
const rate = (p: SavedPosting) => formatRateShort(effective(p).rate ?? { min: null, max: null }) || t('unknown');

/** The other postings of this one's assignment, live. */
function useSiblings(saved: SavedPosting): SavedPosting[] | undefined {
  return useLiveQuery(
    async () => (saved.assignmentId ? (await db.postings.where('assignmentId').equals(saved.assignmentId).toArray()).filter((p) => p.id !== saved.id) : []),
    [saved.assignmentId, saved.id],
  );
}

/** "Also on Flextender · max € 95 there; here max € 100": in the popup and the detail view. */
export function AlsoOnLines({ saved }: { saved: SavedPosting }) {
  const siblings = useSiblings(saved);
  if (!siblings?.length) return null;
  return (
    <ul className="also-on" data-field="also-on">
      {siblings.map((s) => (
        <li key={s.id} data-sibling={s.id}>
          {t('alsoOn', portal(s), rate(s), rate(saved))}
        </li>
      ))}
    </ul>
  );
}

/** In the detail view: the linked postings with Unlink, the governing deadline, and linking by hand. */
export function SameAssignmentSection({ saved }: { saved: SavedPosting }) {
  const siblings = useSiblings(saved);
  if (!siblings) return null;
  const earlier = earlierInGroup(saved, siblings);
  return (
    <section className="same-assignment" aria-labelledby="same-title">
      <h3 id="same-title">{t('sameAssignmentTitle')}</h3>
      {siblings.length > 0 ? (
        <>
          <AlsoOnLines saved={saved} />
          {earlier && (
            <p className="notice" data-state="earlier-deadline">
              {t('earlierDeadline', formatDate(earlier.deadline), portal(siblings.find((s) => s.id === earlier.id)!))}
            </p>
          )}
          <button type="button" onClick={() => void unlinkPosting(db, saved.id)} data-action="unlink">
            {t('unlink')}
          </button>
        </>
      ) : (
        <p className="muted">{t('sameAssignmentNone')}</p>
      )}
      <LinkByHand saved={saved} exclude={new Set([saved.id, ...siblings.map((s) => s.id)])} />
    </section>
  );
}

/** Search the library for the posting to link with, when BidPrep did not see they are one. */
function LinkByHand({ saved, exclude }: { saved: SavedPosting; exclude: Set<string> }) {
  const [query, setQuery] = useState('');
  const folded = foldForSearch(query.trim());
  const matches = useLiveQuery(
    async () => {
      if (folded.length < 3) return [];
      const texts = await db.searchTexts.all();
      const ids = [...texts].filter(([id, text]) => !exclude.has(id) && text.includes(folded)).slice(0, 5).map(([id]) => id);
      const rows = await db.summaries.getMany(ids);
      return ids.map((id) => rows.get(id)).filter((s) => s !== undefined);
    },
    [folded, [...exclude].join()],
  );
  return (
    <div className="link-by-hand">
      <label>
        {t('linkSearch')}{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-field="link-search" />
      </label>
      {matches && matches.length > 0 && (
        <ul>
          {matches.map((m) => (
            <li key={m.id}>
              {m.title} · {portalName(m.sourceHost)}{' '}
              <button type="button" className="link" onClick={() => void linkPostings(db, [saved.id, m.id]).then(() => setQuery(''))} data-action="link" data-link-id={m.id}>
                {t('link')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
