import type { Posting } from '../posting';

/**
 * Did the page give anything worth saving as a posting? A page with no facts and no
 * requirements (a home page, a login screen) is offered as a bare entry instead.
 */
export function hasPostingContent(p: Posting): boolean {
  const facts = [p.rate, p.hoursPerWeek, p.deadline, p.startDate, p.endDate, p.durationMonths, p.reference, p.client];
  return p.requirements.length > 0 || facts.filter((f) => f !== null).length >= 2;
}
