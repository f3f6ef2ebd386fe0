// One error type for every failure that is the user's input, not our bug.
// It carries what a reporter needs to point at the cause (file, line, rule id)
// and turns into the finding every reporter prints.
import { whereText, type Finding, type Severity } from './findings/finding.js';

/** Exit codes: 0 done, 1 a source failed, 2 usage error (README). Nothing but the CLI entry point exits. */
export const ExitCode = {
  ok: 0,
  sourceError: 1,
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorLocation {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  rule?: string | undefined;
  /** What to do about it, when the thrower knows. */
  hint?: string | undefined;
}

export class PromokitError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly rule: string | undefined;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(message: string, where: ErrorLocation = {}, exitCode: ExitCode = ExitCode.sourceError) {
    super(message);
    this.name = 'PromokitError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.rule = where.rule;
    this.hint = where.hint;
    this.exitCode = exitCode;
  }

  /** `file:line: message  rule` — the one way an error is shown to a person. */
  format(): string {
    return `${whereText(this)}${this.message}${this.rule ? `  ${this.rule}` : ''}`;
  }

  /**
   * The error as a finding. An error thrown without a rule id gets `stage`,
   * the name of the command (or stage) that met it: `build`, `packet`…
   */
  toFinding(severity: Severity = 'error', stage = 'promokit'): Finding {
    return {
      rule: this.rule ?? this.defaultRule(stage),
      severity,
      ...(this.file !== undefined ? { file: this.file } : {}),
      ...(this.line !== undefined ? { line: this.line } : {}),
      ...(this.column !== undefined ? { column: this.column } : {}),
      message: this.message,
      ...(this.hint !== undefined ? { hint: this.hint } : {}),
    };
  }

  protected defaultRule(stage: string): string {
    return stage;
  }
}

/** A bad command line: unknown option, missing path, no manuals/ folder. Its findings' rule is `usage`. */
export class UsageError extends PromokitError {
  constructor(message: string, where: ErrorLocation = {}) {
    super(message, where, ExitCode.usage);
    this.name = 'UsageError';
  }

  protected override defaultRule(): string {
    return 'usage';
  }
}
