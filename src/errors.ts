// One error type for every failure that is the user's input, not our bug.
// It carries what a reporter needs to point at the cause: file, line, rule id.

/** Exit codes: 0 done, 1 a source failed, 2 usage error (README). Nothing but the CLI entry point exits. */
export const ExitCode = {
  ok: 0,
  sourceError: 1,
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorLocation {
  file?: string;
  line?: number;
  rule?: string;
}

export class PromokitError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly rule: string | undefined;
  readonly exitCode: ExitCode;

  constructor(message: string, where: ErrorLocation = {}, exitCode: ExitCode = ExitCode.sourceError) {
    super(message);
    this.name = 'PromokitError';
    this.file = where.file;
    this.line = where.line;
    this.rule = where.rule;
    this.exitCode = exitCode;
  }

  /** `file:line: message  rule` — the one way an error is shown to a person. */
  format(): string {
    const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${at}${this.message}${this.rule ? `  ${this.rule}` : ''}`;
  }
}

/** A bad command line: unknown option, missing path, no manuals/ folder. */
export class UsageError extends PromokitError {
  constructor(message: string, where: ErrorLocation = {}) {
    super(message, where, ExitCode.usage);
    this.name = 'UsageError';
  }
}
