/**
 * A CV line that shows this share of what a requirement asks (topic.ts) meets it; this much
 * makes it unclear; less is unmet. Set on the labelled set in tests/fixtures/match/.
 */
export const MET = 0.42;
export const UNCLEAR = 0.22;
