import type { SectionKind } from '../../model/types.js';

/**
 * Where a report states its summary key/values (`**Overall Score**: 87/100`,
 * `**Risk Level**: LOW`): the executive summary and everything under it, and
 * sections that state a verdict or the readiness for release.
 */
export const SUMMARY_ROOT_KINDS: ReadonlySet<SectionKind> = new Set(['summary']);
/** The executive summary is a top-level section; a `### Phase Achievement Summary` inside the body summarises a part of it. */
export const SUMMARY_ROOT_MAX_DEPTH = 2;
export const SUMMARY_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'verdict', 'readiness']);

/**
 * A heading that is a key/value statement (`### 🎯 Readiness Status: EXCELLENT`,
 * `## Executive Summary: CRITICAL FAILURES PERSIST`): at most this deep (an
 * `#### Option 1: ...` is a choice, not a statement), never numbered (`### 1.
 * TypeScript Compilation Status: CATASTROPHIC` is a finding), key of at most
 * this many words.
 */
export const KEY_HEADING_MAX_DEPTH = 3;
export const KEY_HEADING_MAX_KEY_WORDS = 6;

/** A key ending in a number or letter names an item, not a fact: `### Blocker 1.1: ...`, `### Gate 2: ...`, `## Appendix A: ...`. */
export const ITEM_LABEL = /\s(\d+(\.\d+)*|[A-Z]|[IVX]+)$/;
