/** A word made singular the simple way words are compared here: a trailing -s cut (not -ss, not from short words). */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
