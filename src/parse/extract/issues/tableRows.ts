import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeKey } from '../../text/normalizeKey.js';
import { ISSUE_COLUMNS } from '../../policy/issueFields.js';
import { ISSUE_COLUMN, NAME_COLUMN, NO_PROBLEM_CELL } from '../../policy/issueEvidence.js';
import { position } from '../../text/position.js';
import { readIssueStatus } from '../../text/readIssueStatus.js';
import { readSeverity } from '../../text/readSeverity.js';
import { tableRecords } from '../../text/tableRecords.js';
import { draft, issueTitle, type Draft } from './draft.js';
import type { ListScope } from './listItems.js';

/**
 * Issues of a table, by its columns' roles. A table with a problem column
 * (`Issues Found`, `Critical Issues`) anywhere yields a row per stated
 * problem; in an issue section, an `Issue` column with a severity or status
 * column does too. A row is named by its subject (`Description`, else the
 * problem cell) with its key in parentheses (`Loop bounds (Rule 2)`). Rows
 * that pass (`[OK] PASS`) or do not apply (`N/A`) state no problem.
 */
export function tableDrafts(scope: ListScope, table: Table, inIssueSection: boolean): Draft[] {
  // most tables are measurements: look at the header alone before reading every cell
  const head = (table.children[0]?.children ?? []).map((cell) => normalizeKey(toString(cell)));
  if (!head.some((k) => ISSUE_COLUMN.test(k) || (inIssueSection && ISSUE_COLUMNS.title.test(k)))) return [];
  const { keys, headers, rows } = tableRecords(table);
  let problemAt = keys.findIndex((k) => ISSUE_COLUMN.test(k));
  if (problemAt === -1 && inIssueSection) problemAt = keys.findIndex((k) => ISSUE_COLUMNS.title.test(k));
  const severityAt = keys.findIndex((k) => ISSUE_COLUMNS.severity.test(k));
  const statusAt = keys.findIndex((k) => ISSUE_COLUMNS.status.test(k));
  if (problemAt === -1 || (!ISSUE_COLUMN.test(keys[problemAt] ?? '') && severityAt === -1 && statusAt === -1)) return [];
  const nameAt = keys.findIndex((k, i) => i !== problemAt && NAME_COLUMN.test(k));
  const keyAt = problemAt === 0 || nameAt === 0 ? -1 : 0;
  return rows.flatMap((row) => {
    const cell = (at: number): string => (at === -1 ? '' : (row.texts[at] ?? '').trim());
    const problem = cell(problemAt);
    const written = statusAt === -1 ? null : readIssueStatus(cell(statusAt), true);
    if (problem === '' || NO_PROBLEM_CELL.test(problem) || row.texts.some((t) => /^n\/a$/i.test(t.trim()))) return [];
    if (written === 'resolved' && !inIssueSection) return [];
    const subject = issueTitle(nameAt === -1 ? problem : cell(nameAt));
    const key = cell(keyAt);
    const title = key !== '' && key !== subject ? `${subject} (${issueTitle(key)})` : subject;
    const used = new Set([problemAt, nameAt, keyAt, severityAt, statusAt]);
    const detail = row.texts.map((t, i) => (used.has(i) && !(i === problemAt && nameAt !== -1)) || t === '' ? '' : `${headers[i] ?? ''}: ${t}`).filter((t) => t !== '');
    return [draft({
      title,
      detail: detail.length > 0 ? detail.join('\n') : null,
      severity: (severityAt === -1 ? null : readSeverity(cell(severityAt))) ?? scope.container.severity ?? 'unknown',
      category: scope.category(),
      status: written ?? scope.container.status ?? 'open',
      sectionId: scope.section.section.id,
      position: position(row.node),
      nodes: [row.node],
    })];
  });
}
