/**
 * The go/no-go line under the popup's facts: "Knock-outs: 3 evidenced, 1 unclear, 0 unmet ·
 * rate fits · 32 of 36 hours". The user's own ticks count where they set one; the CV's
 * suggestion where they did not.
 */
import type { CvProfile } from '../cv/cv';
import type { ChecklistItem, RequirementState } from '../saved-posting';
import type { Posting } from '../posting';
import type { Suggestion, Verdict } from './suggestion';

export interface GoNoGo {
  knockouts: Record<Verdict, number>;
  /** My rate against the posting's cap; null when either is unknown. */
  rate: { mine: number; cap: number; fits: boolean } | null;
  hours: { mine: number; asked: number } | null;
}

const VERDICT_OF: Record<Exclude<RequirementState, 'open'>, Verdict> = { met: 'met', partly: 'unclear', 'not-met': 'unmet' };

export function goNoGo(checklist: ChecklistItem[], suggestions: Map<string, Suggestion>, posting: Pick<Posting, 'rate' | 'hoursPerWeek'>, settings: CvProfile): GoNoGo {
  const knockouts: Record<Verdict, number> = { met: 0, unclear: 0, unmet: 0 };
  for (const item of checklist) {
    if (item.kind !== 'knockout') continue;
    const verdict = item.state !== 'open' ? VERDICT_OF[item.state] : (suggestions.get(item.id)?.verdict ?? 'unclear');
    knockouts[verdict]++;
  }
  const cap = posting.rate?.max ?? null;
  const rate = cap !== null && settings.hourlyRate !== null ? { mine: settings.hourlyRate, cap, fits: settings.hourlyRate <= cap } : null;
  const asked = posting.hoursPerWeek?.max ?? null;
  const hours = asked !== null && settings.hoursPerWeek !== null ? { mine: settings.hoursPerWeek, asked } : null;
  return { knockouts, rate, hours };
}
