import type { Code, Heading, Paragraph } from 'mdast';
import type { ExtractContext, SectionContext } from '../../context.js';
import { OUTPUT_FENCES } from '../../policy/outputFences.js';
import { cleanText } from '../../text/cleanText.js';
import { GOAL_START, readGoalItem } from '../../text/readGoalItem.js';
import { readMark } from '../../text/readMark.js';
import { readMetricLine } from '../../text/readMetricLine.js';
import { jsonSummary } from './jsonSummary.js';
import { nestedMeasure } from './nestedMeasure.js';
import { pairLines } from './pairLines.js';
import { tableMeasures } from './tableMeasures.js';
import type { Found } from './types.js';
import { walkBlocks } from './walkBlocks.js';
import { appendAll } from '../../text/appendAll.js';

const cache = new WeakMap<ExtractContext, Found[]>();

/**
 * Every metric of a report, found in one pass over its sections: key/value
 * lines of paragraphs and list items, `Key: value` headings, and rows of
 * measure tables, `Key: value` lines of output fences, entries of JSON
 * summaries in json fences, goal list items
 * (`Enhance cache utilization to 90%+`). Cached per context: the metric and gate extractors share it,
 * and unreadable targets are reported once.
 */
export function scanMeasures(context: ExtractContext): Found[] {
  const hit = cache.get(context);
  if (hit) return hit;
  const byId = new Map(context.sections.map((s) => [s.section.id, s.section]));
  const found: Found[] = [];
  for (const section of context.sections) {
    let gate = false;
    for (let s = byId.get(section.section.id); s && !gate; s = s.parentId === null ? undefined : byId.get(s.parentId)) gate = s.kind === 'gates';
    scanSection(context, section, gate, found);
  }
  const paired = pairLines(found, (id) => byId.get(id));
  cache.set(context, paired);
  return paired;
}

function scanSection(context: ExtractContext, section: SectionContext, gate: boolean, found: Found[]): void {
  const sectionId = section.section.id;
  if (section.heading) scanLines(context, section.heading, true, gate, sectionId, found);
  const used = new Set<Paragraph>();
  walkBlocks(section.nodes, (node, inList) => {
    if (node.type === 'paragraph' && !used.has(node)) {
      scanLines(context, node, inList, gate, sectionId, found);
      if (inList) scanGoal(context, node, gate, sectionId, found);
    }
    else if (node.type === 'table') appendAll(found, tableMeasures(node, sectionId, gate));
    else if (node.type === 'code' && OUTPUT_FENCES.includes((node.lang ?? '').toLowerCase())) scanFence(context, node, gate, sectionId, found);
    else if (node.type === 'code') appendAll(found, jsonSummary(node, sectionId, gate));
    else if (node.type === 'list') {
      for (const item of node.children) {
        const nested = nestedMeasure(item, context.text, sectionId, gate);
        if (!nested) continue;
        found.push(nested.found);
        for (const p of nested.used) used.add(p);
      }
    }
  });
}

function scanLines(context: ExtractContext, node: Paragraph | Heading, plainLabels: boolean, gate: boolean, sectionId: string, found: Found[]): void {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return;
  const text = context.text;
  // every key/value line has its colon: a block without one holds no metric line
  const colon = text.indexOf(':', start.offset);
  if (colon === -1 || colon >= end) return;
  for (let from = start.offset, i = 0; from <= end; i++) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline > end ? end : newline;
    if (text.indexOf(':', from) < to) readLine(context, text.slice(from, to), i === 0 ? start.column : 0, start.line + i, plainLabels, gate, sectionId, found);
    from = to + 1;
  }
}

/** `Key: value` lines of an output fence (`Total Found: 243 god objects`); the value starts on the line after the fence */
function scanFence(context: ExtractContext, node: Code, gate: boolean, sectionId: string, found: Found[]): void {
  const start = node.position?.start.line;
  if (start === undefined || !node.value.includes(':')) return;
  node.value.split('\n').forEach((line, i) => {
    if (line.includes(':')) readLine(context, line, 0, start + 1 + i, true, gate, sectionId, found);
  });
}

/** a list item of one line, no colon, that states a goal: `Enhance cache utilization to 90%+` */
function scanGoal(context: ExtractContext, node: Paragraph, gate: boolean, sectionId: string, found: Found[]): void {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined || end.line !== start.line) return;
  const raw = context.text.slice(start.offset, end.offset);
  // most items hold no goal: a goal has a number and no colon, read before any cleaning
  if (raw.includes(':') || !/\d/.test(raw) || !GOAL_START.test(raw)) return;
  const line = cleanText(raw.replace(/\*\*|__|`/g, ''));
  const goal = readGoalItem(line);
  if (!goal) return;
  const measure = { target: goal.target, current: null, before: null, after: null, status: null };
  found.push({ name: goal.name, measure, mark: readMark(line), status: null, gate, sectionId, position: { line: start.line, column: start.column } });
}

function readLine(context: ExtractContext, line: string, firstColumn: number, lineNumber: number, plainLabels: boolean, gate: boolean, sectionId: string, found: Found[]): void {
  const read = readMetricLine(line, plainLabels);
  if (read === null) return;
  const column = firstColumn || 1 + line.length - line.trimStart().length;
  const position = { line: lineNumber, column };
  if (read === 'unreadable') {
    const place = { type: 'text', position: { start: position, end: position } };
    context.report(`Metric value cannot be read: ${line.trim().slice(0, 80)}`, place, 'metric-unreadable', 'info');
    return;
  }
  found.push({ name: read.name, measure: read.measure, mark: read.mark, status: read.status, gate, sectionId, position });
}
