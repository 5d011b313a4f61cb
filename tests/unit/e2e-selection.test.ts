import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  emptyRunProblem,
  scenarioFileOf,
  scenarioFileProblems,
  scenarioSourceProblems,
} from '../e2e/harness/selection';

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

describe('scenarioSourceProblems: scenario files share nothing but through harness/', () => {
  it('passes a file that imports from harness/ and registers', () => {
    const source = "import { SMOKE_PEOPLE } from '../harness/fixture-mentions';\nscenario('x', f);";
    expect(scenarioSourceProblems('smoke.ts', source)).toEqual([]);
  });

  it.each([
    ['an export', "export const DWELL_MS = 350;\nscenario('x', f);", /exports/],
    [
      'an import from a sibling',
      "import { DWELL_MS } from './card-open';",
      /imports \.\/card-open/,
    ],
    [
      'an import through the folder',
      "import { X } from '../scenarios/smoke';",
      /imports \.\.\/scenarios\/smoke/,
    ],
  ])('fails %s', (_, source, problem) => {
    expect(scenarioSourceProblems('card-hover.ts', source)).toEqual([
      expect.stringMatching(problem),
    ]);
  });

  it('holds for every file in tests/e2e/scenarios/', () => {
    const dir = fileURLToPath(import.meta.resolve('../e2e/scenarios/smoke.ts')).replace(
      /smoke\.ts$/,
      '',
    );
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((f) => scenarioSourceProblems(f, readFileSync(dir + f, 'utf8')));
    expect(problems).toEqual([]);
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
