import type { Table } from 'mdast';
import type { Quantity, Target } from '../../../model/types.js';
import { GATE_STATUS } from '../../policy/gateStatus.js';
import { cleanText } from '../../text/cleanText.js';
import type { Measure } from '../../text/parseMeasure.js';
import { position } from '../../text/position.js';
import { readMark } from '../../text/readMark.js';
import { readQuantity } from '../../text/readQuantity.js';
import { readCategory } from '../../text/readCategory.js';
import { readTarget } from '../../text/readTarget.js';
import { columnRoles, type Columns } from './columnRoles.js';
import { statusHoldsValues, statusWord } from './statusValues.js';
import { tableCells } from './tableCells.js';
import type { Found } from './types.js';

/**
 * The metrics of a table whose headers name measure columns (Target, Current,
 * Achieved, Score, Before, After, ...): one per row that holds a number in one
 * of them. Rows of a gate-like table (target and current/after columns), or of
 * a table in a gates section, are gates too. A table whose status cells hold
 * the values (`[PASS] 100%`) reads them as the current values.
 */
export function tableMeasures(table: Table, sectionId: string, gateSection: boolean): Found[] {
  const { headers, rows } = tableCells(table);
  const roles = columnRoles(headers);
  const measured = [roles.target, roles.current, roles.before, roles.after].some((c) => c !== undefined);
  const valued = !measured && statusHoldsValues(rows, roles);
  const columns: Columns = valued ? { ...roles, current: roles.status } : roles;
  if (columns.name === undefined || !(measured || valued)) return [];
  const gateTable = columns.target !== undefined && (columns.current ?? columns.after) !== undefined;
  // words count as values in a Before/After comparison or next to numbers in the same columns;
  // a table of words only (risk ratings, test outcomes) is no measure table
  const words = columns.before !== undefined || columns.after !== undefined || rows.some((cells) => rowMeasure(cells, columns, null) !== null);
  const read = words ? readCategory : null;
  const found: Found[] = [];
  rows.forEach((cells, i) => {
    const name = cleanText(cells[columns.name ?? 0] ?? '');
    const measure = rowMeasure(cells, columns, read);
    if (name === '' || !measure) return;
    const statusCell = cleanText(cell(cells, columns.status));
    const mark = readMark(cell(cells, columns.status)) ?? readMark(cell(cells, columns.change)) ?? markOf(measure.status);
    const position_ = position(table.children[i + 1]);
    const status = valued ? statusWord(cell(cells, columns.status)) : statusCell === '' ? null : statusCell;
    found.push({ name, measure, mark, status, gate: gateTable || gateSection, sectionId, position: position_ });
  });
  return found;
}

type WordReader = ((cell: string) => Quantity | null) | null;

function rowMeasure(cells: readonly string[], columns: Columns, words: WordReader): Measure | null {
  const targetCell = clean(cell(cells, columns.target));
  const target = readTarget(targetCell, 0, true)?.value ?? (words ? categoricalTarget(targetCell) : null);
  const before = quantity(cell(cells, columns.before), words);
  const after = quantity(cell(cells, columns.after), words);
  const current = quantity(cell(cells, columns.current), words) ?? after;
  if (!target && !current && !before) return null;
  const said = `${cell(cells, columns.status)} ${cell(cells, columns.current)}`;
  const hit = GATE_STATUS.map(({ met, pattern }) => ({ met, match: pattern.exec(said) })).find((h) => h.match);
  return { target, current, before, after, status: hit?.match ? { text: hit.match[0], met: hit.met } : null };
}

/** a number, else (where words are values) a categorical word (`PASS`, `ELIMINATED`) */
function quantity(text: string, words: WordReader): Quantity | null {
  return readQuantity(clean(text), 0)?.value ?? words?.(text) ?? null;
}

function cell(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '');
}

function clean(text: string): string {
  return cleanText(text.replace(/\*\*|__|`/g, ''));
}

function markOf(status: Measure['status']): Found['mark'] {
  return status ? (status.met ? 'done' : 'failed') : null;
}

/** a target cell that names a category (`PASS`): met by an equal current value */
function categoricalTarget(text: string): Target | null {
  const category = readCategory(text);
  return category ? { comparator: '=', value: category.value, unit: null, raw: category.raw } : null;
}
