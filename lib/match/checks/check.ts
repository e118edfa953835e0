/** What every check of a requirement gets, and gives back (null: the check does not apply). */
import type { CvProfile } from '../../cv/cv';
import type { Posting } from '../../posting';
import type { CvIndex, IndexedLine } from '../cv-index';
import type { Evidence, Suggestion } from '../suggestion';

export interface MatchContext {
  index: CvIndex;
  profile: CvProfile;
  /** The posting's own facts ("het gevraagde aantal uren", its start date). */
  posting: Pick<Posting, 'hoursPerWeek' | 'startDate' | 'startAsap' | 'rate'>;
  /** The capture day, YYYY-MM-DD: "heden" and the windows count from it. */
  today: string;
}

export type Check = (requirement: string, ctx: MatchContext) => Suggestion | null;

export const fromLine = (line: IndexedLine): Evidence => ({ text: line.text, line: line.index, entry: line.entry });
export const fromProfile = (field: keyof CvProfile): Evidence => ({ text: `profile:${field}`, line: null, entry: null });
