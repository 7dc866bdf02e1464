/**
 * Text as a human reads it once decoration is gone: emoji, their stripped
 * stand-ins (`[OK]`, `[FAIL]`, `[U+1F6A8]`), markdown emphasis leftovers and
 * runs of white space. Used for keyword matching, never for display.
 */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{2713}\u{2717}\u{2718}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu;
const STAND_IN = /\[(?:U\+[0-9A-F]{4,6}|OK|FAIL|FAILED|PASS|PASSED|WARN|WARNING|X|TARGET|ROCKET|CHART|LOCK|NOTE|INFO|DONE|ERROR|CRITICAL|SUCCESS|CHECK|SEARCH|BUILD|TOOL|STAR|FIRE|ALERT|STOP|GO)\]/gi;

/** Text with nothing to clean: printable ASCII but `[`, single spaces inside. Most keys and titles are. */
const CLEAN = /^[!-Z\\-~]+(?: [!-Z\\-~]+)*$/;

export function cleanText(text: string): string {
  if (CLEAN.test(text)) return text;
  return text.replace(EMOJI, ' ').replace(STAND_IN, ' ').replace(/\s+/g, ' ').trim();
}
