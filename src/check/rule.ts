// A rule only finds problems; `runRules` stamps each finding with the rule's
// id and severity (the remark-lint split). Rule id = file name, never renamed.
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import type { PassiveFinder } from './readability/passive.js';

export type RuleFinding = Omit<Diagnostic, 'rule' | 'severity' | 'manual'> & { severity?: Severity };

export interface RuleContext {
  manual: Manual;
  /** Today's date, YYYY-MM-DD (injected so tests and CI runs are repeatable). */
  today: string;
  /** File-system look-up for paths that leave the manual folder. */
  exists: (absPath: string) => boolean;
  /** Why a path outside the manual folder may not be used (outside the project, not a regular file), or undefined. */
  refusal: (absPath: string) => { rule: string; message: string } | undefined;
  /** Every file of the manual folder, relative to it, with `/`. */
  manualFiles: ReadonlySet<string>;
  /** The passive-voice finder, when this manual asks for the hints (loaded lazily: see readability/passive.ts). */
  passive?: PassiveFinder;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line for the README and --help. */
  summary: string;
  check(ctx: RuleContext): RuleFinding[];
}

/** Can a file's structure be compared with another language's? Not when it was not parsed (past a limit) or has no text. */
export function comparable(f: LangFile): boolean {
  return f.limits.length === 0 && /\S/.test(f.body);
}

/** Language files of a module in the manual's language order, source first. */
export function langFiles(manual: Manual, module: Module): LangFile[] {
  return manual.config.languages.flatMap((l) => (module.files[l] ? [module.files[l]!] : []));
}

export function sourceLang(manual: Manual): string {
  return manual.config.languages[0]!;
}

/** The short name printed in messages: `es.md`. */
export const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);
