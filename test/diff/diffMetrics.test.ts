import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { metric, quantity, report, target, gate } from './factory.js';

describe('diff: metrics', () => {
  it('judges direction against the target comparator', () => {
    const older = report({
      metrics: [
        metric('Test Success Rate', 10, { target: target('>', 95), current: quantity(60, '%') }),
        metric('Performance Budget', 11, { target: target('<', 0.3), current: quantity(0.5, '%') }),
        metric('NASA Compliance', 12, { target: target('maintain', 92), current: quantity(92, '%') }),
        metric('Latency', 13, { target: target('=', 100, 'ms'), current: quantity(140, 'ms') }),
      ],
    });
    const newer = report({
      metrics: [
        metric('Test Success Rate', 20, { target: target('>', 95), current: quantity(55, '%') }),
        metric('Performance Budget', 21, { target: target('<', 0.3), current: quantity(0.2, '%') }),
        metric('NASA Compliance', 22, { target: target('maintain', 92), current: quantity(92, '%') }),
        metric('Latency', 23, { target: target('=', 100, 'ms'), current: quantity(90, 'ms') }),
      ],
    });
    const changes = diff(older, newer).metrics;
    expect(changes.map((c) => [c.name, c.kind, c.delta, c.better])).toEqual([
      ['Test Success Rate', 'regressed', -5, 'higher'],
      ['Performance Budget', 'improved', -0.3, 'lower'],
      ['NASA Compliance', 'unchanged', 0, 'higher'],
      ['Latency', 'improved', -50, 'closer'],
    ]);
    expect(changes[0]?.lines).toEqual({ older: { line: 10, column: 1 }, newer: { line: 20, column: 1 } });
    expect(changes[0]?.judgedBy).toBe('target');
  });

  it('falls back to the name, then to status marks, then says only "changed"', () => {
    const older = report({
      metrics: [
        metric('Compilation Errors', 1, { current: quantity(4303) }),
        metric('Widgets', 2, { current: quantity(3) }),
        metric('Deploy', 3, { current: quantity(null, null, 'blocked'), mark: 'failed' }),
      ],
    });
    const newer = report({
      metrics: [
        metric('Compilation Errors', 5, { current: quantity(1316) }),
        metric('Widgets', 6, { current: quantity(5) }),
        metric('Deploy', 7, { current: quantity(null, null, 'working'), mark: 'done' }),
      ],
    });
    const changes = diff(older, newer).metrics;
    expect(changes.map((c) => [c.kind, c.judgedBy])).toEqual([
      ['improved', 'name'],
      ['changed', null],
      ['improved', 'mark'],
    ]);
    expect(changes[0]?.delta).toBe(-2987);
  });

  it('prefers the after value and refuses a delta across units', () => {
    const older = report({ metrics: [metric('Files', 1, { before: quantity(74), after: quantity(70) })] });
    const newer = report({ metrics: [metric('Files', 2, { current: quantity(12, 'MB') })] });
    const [change] = diff(older, newer).metrics;
    expect(change?.older?.value).toBe(70);
    expect(change?.delta).toBe(12 - 70);
    const mixed = diff(report({ metrics: [metric('Size', 1, { current: quantity(5, 'KB') })] }), report({ metrics: [metric('Size', 2, { current: quantity(5, 'MB') })] }));
    expect(mixed.metrics[0]?.delta).toBeNull();
    expect(mixed.metrics[0]?.kind).toBe('changed');
  });

  it('pairs a renamed metric by name likeness and lists new and dropped ones', () => {
    const older = report({ metrics: [metric('Total Compilation Errors', 1, { current: quantity(1423) }), metric('Old Thing', 2)] });
    const newer = report({ metrics: [metric('Compilation Errors', 3, { current: quantity(0) }), metric('Fresh Thing', 4)] });
    const changes = diff(older, newer).metrics;
    expect(changes.map((c) => [c.name, c.kind, c.match?.kind ?? null])).toEqual([
      ['Compilation Errors', 'improved', 'similar'],
      ['Old Thing', 'dropped', null],
      ['Fresh Thing', 'new', null],
    ]);
    expect(changes[1]?.lines).toEqual({ older: { line: 2, column: 1 } });
    expect(changes[2]?.lines).toEqual({ newer: { line: 4, column: 1 } });
  });

  it('reports gates that became met or unmet', () => {
    const older = report({ gates: [gate('Coverage', false, 1), gate('Security', true, 2), gate('Docs', null, 3), gate('Perf', false, 4)] });
    const newer = report({ gates: [gate('Coverage', true, 5), gate('Security', false, 6), gate('Docs', null, 7), gate('Perf', false, 8)] });
    expect(diff(older, newer).gates.map((g) => [g.criterion, g.kind])).toEqual([
      ['Coverage', 'met'],
      ['Security', 'unmet'],
      ['Docs', 'unchanged'],
      ['Perf', 'unchanged'],
    ]);
  });
});

describe('diff: a metric named twice in one report', () => {
  it('is one fact: the first mention, completed by the later ones', () => {
    const older = report({ metrics: [metric('Test Success Rate', 41, { target: target('>', 95), current: quantity(61, '%') })] });
    const newer = report({
      metrics: [
        metric('Test Success Rate', 19, { before: quantity(61, '%'), after: quantity(84, '%') }),
        metric('Test Success Rate', 30, { target: target('>', 95), current: quantity(84, '%'), mark: 'failed' }),
      ],
    });
    const changes = diff(older, newer).metrics;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'improved', delta: 23, judgedBy: 'target', lines: { older: { line: 41 }, newer: { line: 19 } } });
  });
});
