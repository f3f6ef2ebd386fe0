// What must hold for every input, checked in process (loadProject + runCheck):
// no throw (but a usage error where the CLI would exit 2), every finding on a
// file inside the project, the canary never read or printed, and a hostile
// input reported with an error on the file it breaks.
import { isAbsolute } from 'node:path';
import { PromokitError } from '../../src/errors.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { check } from '../helpers/check.js';
import { removeProject, writeInput, type Canary } from './materialize.js';
import type { FsTrace } from './trace.js';
import type { FuzzInput } from './types.js';

export interface InProcessResult {
  problems: string[];
  ms: number;
  errors: number;
}

/** A diagnostic's file, as a reporter must see it: relative, with `/`, never leaving the root. */
export function fileProblem(file: string): string | undefined {
  if (!file) return 'has no file';
  if (isAbsolute(file) || /^[a-zA-Z]:/.test(file)) return `names an absolute path: ${file}`;
  if (file.split(/[\\/]/).includes('..')) return `names a path outside the project: ${file}`;
  if (file.includes('\\')) return `names a path with backslashes: ${file}`;
  return undefined;
}

/** Does the finding name `target` (a file, or a folder it lies in)? */
export const namesFile = (file: string, target: string): boolean => file === target || file.startsWith(`${target}/`);

export function describeDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message.slice(0, 160)}`;
}

export function checkInProcess(input: FuzzInput, canary: Canary, trace: FsTrace): InProcessResult {
  const problems: string[] = [];
  const root = writeInput(input, canary);
  const hitsBefore = trace.hits.length;
  const started = performance.now();
  let diagnostics: Diagnostic[] | undefined;
  try {
    diagnostics = check(root).diagnostics;
  } catch (err) {
    // A usage input (no manuals/ folder to read) is refused by the CLI before
    // loadProject runs (resolveRoot); the CLI sample asserts its exit 2.
    const usage = (err instanceof PromokitError && err.exitCode === 2) || input.usage === true;
    if (!usage) {
      problems.push(`loadProject/runCheck threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    }
  }
  const ms = performance.now() - started;
  removeProject(root);

  const hits = trace.hits.slice(hitsBefore);
  if (hits.length) problems.push(`opened outside the project: ${hits.slice(0, 3).join('; ')}`);
  if (!diagnostics) return { problems, ms, errors: 0 };

  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics) {
    const bad = fileProblem(d.file);
    if (bad) problems.push(`finding ${bad} (${describeDiagnostic(d)})`);
    if (!Number.isInteger(d.line) || d.line < 1) problems.push(`finding has line ${d.line} (${describeDiagnostic(d)})`);
    if (!d.message.trim()) problems.push(`finding has no message (${describeDiagnostic(d)})`);
    if (d.message.includes(canary.marker)) problems.push(`finding prints the content of a file outside the project (${describeDiagnostic(d)})`);
  }
  const shown = (): string => (diagnostics!.length ? diagnostics!.map(describeDiagnostic).join(' | ') : 'no findings');
  if (input.hostile || input.usage) {
    if (errors.length === 0) problems.push(`hostile input, but check reports no error (${shown()})`);
    else if (input.names && !errors.some((d) => namesFile(d.file, input.names!))) problems.push(`no error names ${input.names} (${shown()})`);
    if (input.rules && !errors.some((d) => input.rules!.includes(d.rule))) problems.push(`expected an error ${input.rules.join(' or ')} (${shown()})`);
  }
  return { problems, ms, errors: errors.length };
}
