import { describe, expect, it } from 'vitest';
import { emptyRunProblem, scenarioFileOf, scenarioFileProblems } from '../e2e/harness/selection';

describe('scenarioFileOf: which scenario file registered a scenario', () => {
  it('finds the first scenarios/ file in a stack, past the runner’s own frame', () => {
    const stack = [
      'Error',
      '    at scenario (file:///work/p/tests/e2e/harness/runner.ts:42:11)',
      '    at file:///work/p/tests/e2e/scenarios/card-open.ts:120:1',
      '    at file:///work/p/tests/e2e/scenarios/card-hover.ts:11:1',
    ].join('\n');
    expect(scenarioFileOf(stack)).toBe('card-open.ts');
  });

  it('gives nothing for a stack outside scenarios/', () => {
    expect(scenarioFileOf('Error\n    at file:///work/p/tests/e2e/run.ts:3:1')).toBe('');
  });
});

describe('scenarioFileProblems: every scenario file runs', () => {
  const files = ['smoke.ts', 'card-open.ts'];
  const registered = [
    { name: 'smoke', file: 'smoke.ts' },
    { name: 'card: open', file: 'card-open.ts' },
  ];

  it('passes when every file registered a scenario', () => {
    expect(scenarioFileProblems(files, registered)).toEqual([]);
  });

  it('fails a file run.ts does not import (or a helper left in scenarios/)', () => {
    expect(scenarioFileProblems([...files, 'frames.ts'], registered)).toEqual([
      expect.stringMatching(/^scenarios\/frames\.ts registers no scenario/),
    ]);
  });

  it('fails a scenario from elsewhere, and a name given twice', () => {
    const more = [...registered, { name: 'smoke', file: '' }];
    expect(scenarioFileProblems(files, more)).toEqual([
      '"smoke" is registered from outside scenarios/',
      'two scenarios are named "smoke"',
    ]);
  });
});

describe('emptyRunProblem: a run that runs nothing fails', () => {
  it('passes any run of at least one scenario', () => {
    expect(emptyRunProblem(1, 'smoke')).toBe('');
  });

  it('names the filter that matched nothing', () => {
    expect(emptyRunProblem(0, 'nonsense')).toMatch(/BACKSTORY_ONLY=nonsense matches no scenario/);
    expect(emptyRunProblem(0, undefined)).toBe('no scenario ran');
  });
});
