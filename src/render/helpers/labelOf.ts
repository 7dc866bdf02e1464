import { LABELS } from '../policy/labels.js';

/** `{{label value}}`: a model value as readers see it (`not-met` -> `Not met`, `no-go` -> `NO-GO`). */
export function labelOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const known = LABELS[text.toLowerCase()];
  if (known !== undefined) return known;
  const spaced = text.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
