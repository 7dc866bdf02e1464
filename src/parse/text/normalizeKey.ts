import { cleanText } from './cleanText.js';

/**
 * A matching key for names: lower case, decoration, numbering and punctuation
 * removed, so "### 1.5 🔴 Test Success-Rate:" and "test success rate" agree.
 */
export function normalizeKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/, '')
    .replace(/[`*_~"'“”‘’()[\]{}:;,.!?\-–—/\s]+/g, ' ')
    .trim();
}
