import { createHash } from 'node:crypto';
import { normalizeKey } from './normalizeKey.js';

/**
 * A short id derived only from content, so the same fact gets the same id in
 * a later report: `<prefix>-<8 hex of sha1(normalised text)>`.
 */
export function stableId(prefix: string, text: string): string {
  const digest = createHash('sha1').update(normalizeKey(text)).digest('hex');
  return `${prefix}-${digest.slice(0, 8)}`;
}
