import type { Heading, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { Diagnostic, Section, SectionKind } from '../model/types.js';

/** One section as extractors see it: the model section plus its mdast blocks. */
export interface SectionContext {
  readonly section: Section;
  readonly heading: Heading | null;
  /** the blocks of this section, heading excluded (subsections are separate) */
  readonly nodes: readonly RootContent[];
  /** ancestors' plain headings, outermost first */
  readonly trail: readonly string[];
  /** the heading as a matching key (normalizeKey), '' for the preamble */
  readonly key: string;
  /** the kind the heading names by its own words (classifySection), null when none or for the preamble: read once, used by every extractor */
  readonly ownKind: SectionKind | null;
  /** the enclosing section (null at the top), so walks up the tree need no look-up */
  readonly parent: SectionContext | null;
}

/** What every extractor receives: the source, the sections, and a way to report problems. */
export interface ExtractContext {
  readonly text: string;
  readonly tree: Root;
  readonly sections: readonly SectionContext[];
  /** report a problem at a node, vfile-style: message, place, rule id */
  report(message: string, node: Node | undefined, ruleId: string, severity?: Diagnostic['severity']): void;
}
