import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { parseBeforeAfter } from '../../src/parse/text/parseBeforeAfter.js';
import { readQuantity } from '../../src/parse/text/readQuantity.js';

/**
 * A whole count names what it counts with the noun phrase after it, when the
 * phrase ends its clause: that phrase is the unit. Forms from the corpus
 * (PRODUCTION-VALIDATION-FINAL "Total Found: 243 god objects", phase8
 * remediation success "Files Scanned: 48 migration and protocol TypeScript
 * files", NASA-POT10 "94 new assertions") and the words that must not be read
 * as nouns (corpus prose: "3 code compiles", "8 code contains", "3 integration
 * appears to be").
 */
const unit = (text: string) => readQuantity(text, 0)?.value.unit;
const raw = (text: string) => readQuantity(text, 0)?.value.raw;

describe('count nouns', () => {
  it('reads the phrase after a count as its unit, the head noun alone when the phrase is long', () => {
    expect(unit('243 god objects')).toBe('god objects');
    expect(raw('243 god objects')).toBe('243 god objects');
    expect(unit('48 migration and protocol TypeScript files')).toBe('files');
    expect(unit('94 new assertions (target: 50)')).toBe('new assertions');
    expect(unit('12 critical failures in the auth module')).toBe('critical failures');
    expect(unit('4 critical blockers: see below')).toBe('critical blockers');
  });

  it('keeps known units and reads no noun from verbs, singulars, names or unfinished phrases', () => {
    expect(unit('7 issues')).toBe('issues');
    expect(unit('3 code compiles')).toBeNull();
    expect(unit('8 code contains the fix')).toBeNull();
    expect(unit('3 integration appears to be broken')).toBeNull();
    expect(unit('5 Theater Analysis')).toBeNull();
    expect(unit('0 critical')).toBeNull();
    expect(unit('1 remaining error')).toBeNull();
    expect(unit('2.5 stars')).toBeNull();
    expect(unit('12 of 15 checks')).toBeNull();
  });

  it('reads a change between two counts of the same noun', () => {
    const change = parseBeforeAfter('God objects: from 310 god objects to 243 god objects');
    expect(change?.before).toMatchObject({ value: 310, unit: 'god objects' });
    expect(change?.after).toMatchObject({ value: 243, unit: 'god objects' });
  });

  it('gives metrics their noun, and leaves an item that counts a problem in an issue list an issue', () => {
    const report = parse(
      ['# Audit', '', '## Scan', '', '- **Total Found**: 243 god objects', '', '## Critical Issues', '', '1. **Integration Failures**: 12 critical JavaScript test failures', ''].join('\n'),
      { path: 'audit.md' },
    );
    expect(report.metrics.find((m) => m.name === 'Total Found')?.current).toMatchObject({ value: 243, unit: 'god objects', raw: '243 god objects' });
    expect(report.issues.map((i) => [i.position.line, i.title])).toEqual([[9, 'Integration Failures']]);
  });
});
