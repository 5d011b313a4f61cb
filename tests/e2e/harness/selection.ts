// Which scenarios a run has, and why it cannot pass: a run that runs nothing, or a scenario file
// nobody runs, must not look like success.

/** The file under `scenarios/` (`smoke.ts`) a stack trace first passes through, or ''. */
export function scenarioFileOf(stack: string): string {
  return /[/\\]scenarios[/\\]([\w.-]+\.ts)\b/.exec(stack)?.[1] ?? '';
}

/**
 * The problems with the scenario files, given the `.ts` files in `scenarios/` and the file each
 * registered scenario came from: a file with no scenario (run.ts does not import it, or it is a
 * helper, which belongs in harness/), a scenario from outside `scenarios/`, and a name given
 * twice (BACKSTORY_ONLY could not tell them apart).
 */
export function scenarioFileProblems(
  inFolder: readonly string[],
  registered: readonly { name: string; file: string }[],
): string[] {
  const problems: string[] = [];
  for (const file of inFolder) {
    if (!registered.some((s) => s.file === file)) {
      problems.push(
        `scenarios/${file} registers no scenario: import it in run.ts (or move a helper to harness/)`,
      );
    }
  }
  const names = new Set<string>();
  for (const { name, file } of registered) {
    if (!file) problems.push(`"${name}" is registered from outside scenarios/`);
    if (names.has(name)) problems.push(`two scenarios are named "${name}"`);
    names.add(name);
  }
  return problems;
}

/**
 * The problems with one scenario file's source: it exports something, or imports from another
 * scenario file. Either way a helper lives in `scenarios/`, where it belongs in harness/.
 */
export function scenarioSourceProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  if (/^export\b/m.test(source)) {
    problems.push(`scenarios/${file} exports: shared names belong in harness/`);
  }
  for (const [, from] of source.matchAll(
    /\bfrom\s+['"](\.\/[^'"]+|\.\.\/scenarios\/[^'"]+)['"]/g,
  )) {
    problems.push(`scenarios/${file} imports ${from}: import it from harness/ instead`);
  }
  return problems;
}

/** Why a run of `runs` scenario runs (scenarios × browsers) cannot pass; empty when it can. */
export function emptyRunProblem(runs: number, only: string | undefined): string {
  if (runs > 0) return '';
  return only
    ? `BACKSTORY_ONLY=${only} matches no scenario in the browsers selected: nothing ran`
    : 'no scenario ran';
}
