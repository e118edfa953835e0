/**
 * How close a closing date is, as the user cares about it: closed, closing today,
 * soon (under three days: warning colour) or open.
 */
import { daysBetween, localDay } from '../parse/date';
import type { IsoDate } from '../posting';

export type DeadlineState = 'none' | 'closed' | 'today' | 'soon' | 'open';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Whole days from today to the closing day (negative when past); null without a deadline. */
  daysLeft: number | null;
}

/** `now` is a Date so a deadline with a time ("…T12:00") closes at that time today. */
export function deadlineStatus(deadline: string | null, now: Date): DeadlineStatus {
  if (!deadline) return { state: 'none', daysLeft: null };
  const today = localDay(now);
  const days = daysBetween(today, deadline.slice(0, 10) as IsoDate);
  const time = deadline.slice(11, 16);
  const passedToday = days === 0 && time !== '' && `${pad(now.getHours())}:${pad(now.getMinutes())}` > time;
  if (days < 0 || passedToday) return { state: 'closed', daysLeft: days };
  if (days === 0) return { state: 'today', daysLeft: 0 };
  return { state: days < 3 ? 'soon' : 'open', daysLeft: days };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
