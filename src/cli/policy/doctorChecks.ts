/** The external tools `doctor` checks for, besides the browser: each a command and what to do when it is missing. */
export interface ToolCheck {
  readonly name: string;
  /** program and arguments; the check passes when it exits 0 with some output */
  readonly command: readonly [string, ...string[]];
  /** why phase-report needs it */
  readonly why: string;
  readonly fix: string;
}

export const TOOL_CHECKS: readonly ToolCheck[] = [
  // status marks and the verdict badge are emoji (render/policy/toneEmoji.ts): without a colour emoji font, PDFs show empty boxes
  {
    name: 'emoji font',
    command: ['fc-list', ':charset=1f7e2', 'family'],
    why: 'PDFs show the status emoji (🟢 🔴 ⚠️) with it',
    fix: 'apt-get install fonts-noto-color-emoji (macOS and Windows have one)',
  },
  // poppler's pdftotext/pdfinfo read PDFs back: the PDF tests and scripts/screenshots.sh use them
  {
    name: 'poppler',
    command: ['pdftotext', '-v'],
    why: 'the PDF tests and scripts/screenshots.sh read PDFs back with pdftotext/pdfinfo',
    fix: 'apt-get install poppler-utils (macOS: brew install poppler)',
  },
];
