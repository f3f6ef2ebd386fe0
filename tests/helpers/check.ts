import { runCheck, type CheckResult } from '../../src/check/run-check.js';
import { loadProject } from '../../src/model/load-project.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

export function check(root: string, paths: string[] = [], strict = false): CheckResult {
  return runCheck(loadProject(root, paths, root), { today: '2026-11-22', strict });
}

export function rules(result: CheckResult): string[] {
  return result.diagnostics.map((d) => d.rule);
}

export function only(result: CheckResult, rule: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.rule === rule);
}
