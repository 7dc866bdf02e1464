/** How model values are written for readers; anything else is capitalised, hyphens become spaces. */
export const LABELS: Readonly<Record<string, string>> = {
  go: 'GO',
  'no-go': 'NO-GO',
  conditional: 'CONDITIONAL GO',
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Unknown',
  'in-progress': 'In progress',
  unchecked: 'Open',
  checked: 'Done',
  warn: 'Warning',
  pass: 'Pass',
  fail: 'Fail',
  agent: 'Agent',
  team: 'Team',
  person: 'Person',
};
