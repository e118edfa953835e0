/** What the CV shows per checklist item, in words for the Markdown bid checklist (read when exporting). */
import { PROFILE_ID } from '../lib/cv/stored-profile';
import { evidenceText, hasCv, suggestionsFor } from '../lib/match/posting-suggestions';
import type { SavedPosting } from '../lib/saved-posting';
import { db } from './db';
import { t } from './i18n';
import { profileEvidence } from './profile-evidence';

export async function fromCvForExport(saved: SavedPosting): Promise<Map<string, { verdict: string; lines: string[] }> | undefined> {
  const profile = await db.profile.get(PROFILE_ID);
  if (!hasCv(profile)) return undefined;
  const words = profileEvidence(profile.settings);
  const out = new Map<string, { verdict: string; lines: string[] }>();
  for (const [id, s] of suggestionsFor(saved, profile)) {
    const verdict = `${t(`verdict_${s.verdict}`)}${s.years !== null ? ` — ${s.why}` : ''}`;
    out.set(id, { verdict, lines: s.evidence.map((e) => evidenceText(e, words)) });
  }
  return out;
}
