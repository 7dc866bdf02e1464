import type { Tone } from './statusTones.js';

/** The status badge of the markdown output: one emoji per tone (GitHub renders them everywhere). */
export const TONE_EMOJI: Readonly<Record<Tone, string>> = {
  good: '✅',
  bad: '❌',
  warn: '⚠️',
  info: '🔵',
  neutral: '⚪',
};
