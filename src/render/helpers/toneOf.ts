import { STATUS_TONES, type Tone } from '../policy/statusTones.js';

/** `{{tone status}}`: the tone (good, bad, warn, info, neutral) of a status word. */
export function toneOf(status: unknown): Tone {
  if (typeof status === 'boolean') return status ? 'good' : 'bad';
  if (typeof status !== 'string') return 'neutral';
  return STATUS_TONES[status.trim().toLowerCase().replace(/\s+/g, '-')] ?? 'neutral';
}
