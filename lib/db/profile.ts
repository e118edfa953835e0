/**
 * Writing the user's CV and profile. Like postings: validated with Zod before it is
 * written, in a transaction, so a failure leaves the stored profile as it was.
 */
import { StoredProfile, emptyProfile, PROFILE_ID } from '../cv/stored-profile';
import type { BidPrepDatabase } from './database';

export async function loadProfile(db: BidPrepDatabase): Promise<StoredProfile> {
  return (await db.profile.get(PROFILE_ID)) ?? emptyProfile();
}

/** Change the profile through `change`; the result is validated before it is written. */
export async function updateProfile(db: BidPrepDatabase, change: (p: StoredProfile) => StoredProfile, at = new Date().toISOString()): Promise<StoredProfile> {
  return db.transaction('rw', db.profile, async () => {
    const current = (await db.profile.get(PROFILE_ID)) ?? emptyProfile(at);
    const next = StoredProfile.parse({ ...change(current), id: PROFILE_ID, updatedAt: at });
    await db.profile.put(next);
    return next;
  });
}
