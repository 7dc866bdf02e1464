import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section, SectionKind } from '../model/types.js';
import { classifySection } from './classifySection.js';
import type { SectionContext } from './context.js';
import { cleanText } from './text/cleanText.js';
import { normalizeKey } from './text/normalizeKey.js';
import { position } from './text/position.js';

interface Draft {
  heading: Heading | null;
  text: string;
  depth: number;
  nodes: RootContent[];
  parent: Draft | null;
  kind: SectionKind;
  ownKind: SectionKind | null;
  id: string;
  isTitle: boolean;
}

/**
 * Split the top-level blocks into the heading tree. Every block belongs to
 * exactly one section: the one whose heading last precedes it (blocks before
 * the first heading form a depth-0 "preamble" section).
 */
export function buildSections(tree: Root, text: string): SectionContext[] {
  const slugger = new GithubSlugger();
  const drafts: Draft[] = [];
  const open: Draft[] = [];
  let titleSeen = false;
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      const current = drafts.at(-1) ?? startPreamble(drafts, open);
      current.nodes.push(node);
      continue;
    }
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
    const parent = open.at(-1) ?? null;
    const heading = toString(node).trim();
    const isTitle: boolean = !titleSeen && node.depth === 1 && drafts.every((d) => d.heading === null);
    titleSeen ||= isTitle;
    const inherited = parent && !parent.isTitle ? parent.kind : 'other';
    const ownKind = classifySection(heading);
    const kind: SectionKind = isTitle ? 'other' : (ownKind ?? inherited);
    const id = slugger.slug(cleanText(heading).replace(/^[^\p{L}\p{N}]+/u, '') || 'section');
    const draft: Draft = { heading: node, text: heading, depth: node.depth, nodes: [], parent, kind, ownKind, id, isTitle };
    drafts.push(draft);
    open.push(draft);
  }
  const made = new Map<Draft, SectionContext>();
  return drafts.map((draft) => {
    const context = toContext(draft, text, draft.parent ? (made.get(draft.parent) ?? null) : null);
    made.set(draft, context);
    return context;
  });
}

function startPreamble(drafts: Draft[], open: Draft[]): Draft {
  const draft: Draft = { heading: null, text: '', depth: 0, nodes: [], parent: null, kind: 'other', ownKind: null, id: 'preamble', isTitle: false };
  drafts.push(draft);
  open.push(draft);
  return draft;
}

function toContext(draft: Draft, text: string, parent: SectionContext | null): SectionContext {
  const first = draft.heading ?? draft.nodes[0];
  const last = draft.nodes.at(-1) ?? draft.heading;
  const start = draft.nodes[0]?.position?.start.offset;
  const end = draft.nodes.at(-1)?.position?.end.offset;
  const section: Section = {
    id: draft.id,
    heading: draft.text,
    depth: draft.depth,
    parentId: draft.parent?.id ?? null,
    kind: draft.kind,
    position: position(first),
    endLine: last?.position?.end.line ?? 1,
    markdown: start === undefined || end === undefined ? '' : text.slice(start, end),
  };
  return { section, heading: draft.heading, nodes: draft.nodes, trail: trail(draft.parent), key: normalizeKey(draft.text), ownKind: draft.ownKind, parent };
}

function trail(parent: Draft | null): string[] {
  const names: string[] = [];
  for (let d = parent; d; d = d.parent) if (d.heading) names.unshift(d.text);
  return names;
}
