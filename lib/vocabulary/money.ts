/**
 * Words about money: what makes a sentence speak of an hourly rate or a cap, what says
 * there is no amount, and what is never an hourly rate. Entries in the phrase language of
 * phrases.ts, matched as words anywhere in folded text.
 */

/** Euro per hour an interim assignment can plausibly pay; every reader of amounts uses this range. */
export const PLAUSIBLE_RATE = { min: 10, max: 500 } as const;

/** JSON-LD baseSalary values that portals fill in when they have no rate (Bij Oranje's 0, job boards' 100). */
export const PLACEHOLDER_SALARIES: readonly number[] = [0, 1, 100];

/** An unlabelled amount counts as the rate only when its sentence speaks of a rate or a cap. */
export const RATE_WORDS = [
  '~tarief~', // "uurtarief", "maximumtarief", "tarieven"
  'rate',
  'max~', // "max", "maximaal", "maximum", "maximale"
  'tot',
  'up to',
  'niet hoger',
  'p/u', // Bij Oranje: "Max 75 p/u"
  'vanaf',
  'tussen',
  'from',
];

/** After an explicit "Geen maximum", only a cap counts (a market statistic is not the rate). */
export const CAP_WORDS = ['max~', 'tot', 'up to', 'niet hoger'];
