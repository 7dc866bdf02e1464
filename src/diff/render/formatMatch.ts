import type { Match } from '../../model/diffSchema.js';

/** How a pairing is shown: nothing for an exact one, else kind and score ("⚠ uncertain match 0.50"). */
export function formatMatch(match: Match | null): string | null {
  if (match === null || match.kind === 'exact') return null;
  if (match.kind === 'marker') return 'resolved by a line of the newer report';
  if (match.kind === 'restated') return 'restated as a range by a line of the newer report';
  const score = match.score.toFixed(2);
  return match.kind === 'uncertain' ? `⚠ uncertain match ${score}` : `similar match ${score}`;
}
