import type { Action, Task } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { AGENT_HEADING, AGENT_STATUS_KEYS } from '../policy/owners.js';
import { cleanText } from '../text/cleanText.js';
import { listItemParts } from '../text/listItemParts.js';
import { position } from '../text/position.js';
import { readMark } from '../text/readMark.js';
import { sourceFields } from '../text/sourceFields.js';

/**
 * Per-agent result sections, in any section kind: a heading naming one agent
 * (`### 3. TESTER AGENT`) with a `**Status**:` line among its own blocks gives
 * one action: owner the agent, title the heading, status the value as written
 * (markers kept out), tasks the section's list items. Returns the actions and
 * the ids of the sections they consumed.
 */
export function agentSections(context: ExtractContext): { actions: Action[]; used: Set<string> } {
  const actions: Action[] = [];
  const used = new Set<string>();
  for (const s of context.sections) {
    const owner = s.heading ? AGENT_HEADING.exec(cleanText(s.section.heading))?.groups?.owner : undefined;
    if (!owner || !s.heading) continue;
    const status = sourceFields(context.text, s.nodes).find((f) => AGENT_STATUS_KEYS.test(f.key));
    if (!status) continue;
    const title = cleanText(s.section.heading).replace(/^\d+(?:\.\d+)*[.)]?\s+/, '');
    actions.push({ owner: owner.trim(), ownerKind: 'agent', title, status: cleanText(status.value.replace(/[*_`]/g, '')), tasks: tasks(s), sectionId: s.section.id, position: position(s.heading) });
    used.add(s.section.id);
  }
  return { actions, used };
}

function tasks(s: SectionContext): Task[] {
  return s.nodes.flatMap((node) =>
    node.type !== 'list'
      ? []
      : node.children.map((item) => {
          const parts = listItemParts(item);
          const mark = parts.checked === null ? readMark(parts.text) : parts.checked ? 'done' : 'pending';
          return { text: cleanText(parts.text), mark, position: position(item) };
        }),
  );
}
