import type { Paragraph } from 'mdast';
import type { ExtractContext, SectionContext } from '../../context.js';
import { GATE_LINE } from '../../policy/gateResults.js';
import { cleanText } from '../../text/cleanText.js';
import { keyValueLine } from '../../text/keyValueLine.js';
import { position } from '../../text/position.js';
import { readGateHeading } from '../../text/readGateHeading.js';
import { readGateResult, resultOfMark, type GateReading } from '../../text/readGateResult.js';
import { readMark } from '../../text/readMark.js';
import { sourceFields } from '../../text/sourceFields.js';
import { walkBlocks } from '../measure/walkBlocks.js';

/** A gate stated by its result rather than by a measured value. */
export interface StatusGate {
  name: string;
  reading: GateReading;
  sectionId: string;
  position: { line: number; column: number };
}

const STATUS_KEYS = /^(status|result|outcome|gate status|verdict)$/;
const NAMES_A_GATE = /\bgate\b/;

/**
 * Gates written as results, wherever they stand:
 *   - check headings (`### 2. Backend API Layer ✅ EXCELLENT`, `### Lint: PASSED`);
 *   - a heading naming one gate (`### Gate 2: Security`) whose section states
 *     `**Status**: PASSED` (the per-gate section);
 *   - `**Key**: RESULT` lines of a gates section (`- **Syntax Validation**: PASSED`);
 *   - lines naming gates with their result (`**Theater detection gates PASSED**`).
 */
export function statusGates(context: ExtractContext): StatusGate[] {
  const gates: StatusGate[] = [];
  for (const s of context.sections) {
    const sectionId = s.section.id;
    const heading = s.heading ? (readGateHeading(s.section.heading) ?? gateSection(context, s)) : null;
    if (heading && s.heading) gates.push({ ...heading, sectionId, position: position(s.heading) });
    walkBlocks(s.nodes, (node, inList) => {
      if (node.type !== 'paragraph') return;
      const line = firstLine(context.text, node);
      const found = (inList && s.section.kind === 'gates' ? keyedResult(line) : null) ?? gateLine(line);
      if (found) gates.push({ ...found, sectionId, position: position(node) });
    });
  }
  return gates;
}

/** `### Gate 3: Performance` with a Status line in its own blocks. */
function gateSection(context: ExtractContext, s: SectionContext): { name: string; reading: GateReading } | null {
  if (!NAMES_A_GATE.test(s.key)) return null;
  const paragraphs = s.nodes.filter((n) => n.type === 'paragraph');
  const status = sourceFields(context.text, paragraphs).find((f) => STATUS_KEYS.test(f.key));
  if (!status) return null;
  const reading = readGateResult(status.value) ?? markReading(status.value);
  return reading ? { name: cleanText(s.section.heading).replace(/^\d+(?:\.\d+)*\.?\s+/, ''), reading } : null;
}

function keyedResult(line: string): { name: string; reading: GateReading } | null {
  const pair = keyValueLine(line);
  if (!pair) return null;
  const reading = readGateResult(pair.value);
  const name = cleanText(pair.key.replace(/[*_`]/g, ''));
  return reading && name !== '' ? { name, reading } : null;
}

function gateLine(line: string): { name: string; reading: GateReading } | null {
  if (!/gate/i.test(line)) return null;
  const clean = cleanText(line.replace(/[*_`]/g, '')).replace(/^[-+*]\s+/, '');
  const match = GATE_LINE.exec(clean);
  const reading = match?.groups?.rest ? readGateResult(match.groups.rest) : null;
  // a result in prose (`quality gates maintained`, `gate pass/fail rates`) narrates; a stated result is capitalised
  if (reading?.text !== reading?.text.toUpperCase()) return null;
  return reading && match?.groups?.name ? { name: match.groups.name.trim(), reading } : null;
}

function markReading(value: string): GateReading | null {
  const result = resultOfMark(readMark(value));
  return result ? { result, text: cleanText(value) } : null;
}

function firstLine(text: string, node: Paragraph): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const newline = text.indexOf('\n', start);
  return text.slice(start, newline === -1 || newline > end ? end : newline);
}
