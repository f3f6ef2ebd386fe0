// The one shape of a finding, shared by the model stage (parse problems) and
// the check rules. Reporters in src/check/report print it.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable kebab-case rule id, documented in README.md. */
  rule: string;
  severity: Severity;
  /** Path relative to the project root, with `/`. */
  file: string;
  line: number;
  manual?: string;
  module?: string;
  lang?: string;
  message: string;
}

/** Where a diagnostic belongs; the rule id and message are added by the caller. */
export type DiagnosticScope = Pick<Diagnostic, 'file' | 'line' | 'manual' | 'module' | 'lang'>;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
