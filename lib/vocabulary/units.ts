/**
 * Units as pages write them after an amount: per hour, per week, and what is never an
 * hourly rate. Written as on the page (case does not matter); a space stands for any white
 * space and "/" may have spaces around it. parse/rate.ts and parse/hours.ts build their
 * patterns from these lists (unitSource below).
 */

/** After an amount: an hourly rate. */
export const PER_HOUR = [
  'p/u', 'p.u.', // Bij Oranje: "Max 75 p/u"
  'per uur', '/uur', '/u',
  'per hour', '/hr', '/hour', 'ph', 'hourly',
  'uurtarief',
  'uur',
];

/** Never an hourly rate, whatever the amount: other periods, salaries, scales, budgets. */
export const NOT_PER_HOUR = [
  'per maand', 'per jaar', 'per dag', 'per week', 'per month', 'per year', 'per day',
  'p/m', '/maand', '/mnd', '/jaar', '/dag', '/month', '/year', '/day',
  'bruto', 'maandsalaris', 'jaarsalaris', 'salaris', 'salary', // Gemeenteprojecten: "Max salaris detachering: 4.700,-"
  'schaal', 'scale', 'cao', 'fte', // "Schaal: €4.430 - €6.308 Schaal 11 CAO Gemeenten"
  'budget', // "budget E50-350"
  'dagtarief', 'day rate', 'dayrate',
];

/** A rate label with no amount: "marktconform", "Geen maximum", "Tarief Unknown". */
export const NO_AMOUNT = [
  'marktconform', 'market rate', 'market conform',
  'geen maximum', 'geen maximaal', 'geen max', 'geen maximum tarief', 'geen maximum uurtarief', 'geen max tarief', // Opdracht Overheid: "Opdracht tarief Geen maximum"
  'unknown', 'onbekend', // Gemeenteprojecten: "Tarief Unknown"
  'n.o.t.k.', 'n.o.t.k', 'notk',
  'nader te bepalen', 'nader bepalen', 'nader overeen te komen', 'in overleg', 'op aanvraag',
  'n.v.t.', 'n.v.t', 'nvt',
  'not stated', 'not specified', 'not disclosed', 'negotiable', 'bespreekbaar', 'tbd', 'nb',
];

/** Hours after a number ("32 uur", "28 hrs"). */
export const HOUR_UNITS = ['uur', 'uren', 'u', 'hrs', 'hr', 'hours', 'hour', 'h'];

/** After hours: per week ("32 uur p/w", "28 hrs/week", "24 uur in de week"). */
export const PER_WEEK = ['per week', 'p/w', 'pw', '/week', '/wk', 'per wk', 'in de week', 'a week', 'weekly', 'wekelijks'];

/**
 * Regex source for any of the entries, longest first, as words: a letter at either end of
 * an entry may not touch another letter (whole words: "uur" is not found in "uurtje").
 */
export function unitSource(entries: readonly string[]): string {
  const one = (e: string) => {
    const body = e
      .split('')
      .map((c) => (c === ' ' ? '\\s+' : c === '/' ? '\\s*\\/\\s*' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return `${/^[a-z]/i.test(e) ? '(?<![a-z])' : ''}${body}${/[a-z]$/i.test(e) ? '(?![a-z])' : ''}`;
  };
  return `(?:${[...entries].sort((a, b) => b.length - a.length).map(one).join('|')})`;
}
