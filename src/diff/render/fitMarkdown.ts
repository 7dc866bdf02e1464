import { formatNumber } from '../../render/helpers/formatNumber.js';

/** A part of a markdown document: lines always shown with it, then rows that may be cut. */
export interface MdBlock {
  /** what one row is, for the cut notice: "issue", "metric" */
  readonly unit: string;
  readonly head: readonly string[];
  readonly rows: readonly string[];
  /** lines after the rows (a note), shown only when the block is shown */
  readonly tail?: readonly string[];
  /** lines that close the block (`</details>`): always written once its head is, even when rows are cut */
  readonly close?: readonly string[];
}

/** Room kept for the cut notice and the close of an open block. */
const NOTICE_ROOM = 600;

/**
 * Join the intro lines and blocks into one markdown document of at most
 * `limit` characters. Lines, blocks and rows are taken in order while they
 * fit; once one does not, the rest is cut and a closing notice says how many
 * rows of which kinds were left out. (Below ~600 characters even the notice
 * may not fit: the text is then cut hard at the limit.)
 */
export function fitMarkdown(intro: readonly string[], blocks: readonly MdBlock[], limit: number): string {
  const out: string[] = [];
  let size = -1;
  const budget = limit - NOTICE_ROOM;
  const cut = new Map<string, number>();
  let cutting = false;
  const fits = (text: string): boolean => size + 1 + text.length <= budget;
  const push = (text: string): void => {
    out.push(text);
    size += 1 + text.length;
  };
  for (const line of intro) {
    if (!cutting && !fits(line)) cutting = true;
    if (cutting) cut.set('summary line', (cut.get('summary line') ?? 0) + 1);
    else push(line);
  }
  for (const block of blocks) {
    const head = ['', ...block.head].join('\n');
    if (!cutting && !fits(head)) cutting = true;
    const opened = !cutting;
    if (opened) push(head);
    for (const row of block.rows) {
      if (!cutting && !fits(row)) cutting = true;
      if (cutting) cut.set(block.unit, (cut.get(block.unit) ?? 0) + 1);
      else push(row);
    }
    if (!cutting && block.tail && fits(block.tail.join('\n'))) push(block.tail.join('\n'));
    if (opened && block.close) push(['', ...block.close].join('\n'));
  }
  if (cut.size > 0) push(['', notice(cut, limit)].join('\n'));
  const text = `${out.join('\n')}\n`;
  return text.length <= limit ? text : text.slice(0, limit);
}

function notice(cut: ReadonlyMap<string, number>, limit: number): string {
  const parts = [...cut].map(([unit, n]) => `${formatNumber(n, 0)} ${unit}${n === 1 ? '' : 's'}`);
  return `> **Cut to fit ${formatNumber(limit, 0)} characters:** ${parts.join(', ')} not shown. The JSON and HTML outputs have everything.`;
}
