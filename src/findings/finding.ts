// The one shape of a problem promokit reports, whatever the stage found it:
// check rules, the model's parse problems, build/slides/packet failures and
// Typst warnings. Reporters (./report) print lists of them. Imports nothing.
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable kebab-case rule id (README); errors without one get their command's name. */
  rule: string;
  severity: Severity;
  /** Path relative to the project root (or the working folder), with `/`; absent for problems of no file. */
  file?: string;
  /** 1-based; absent when the problem is the whole file. */
  line?: number;
  /** 1-based, where the stage knows it. */
  column?: number;
  message: string;
  /** What to do about it, where the stage knows. */
  hint?: string;
  manual?: string;
  module?: string;
  lang?: string;
}

/** A finding that points at a line of a file: everything check and the model stage report. */
export type LocatedFinding = Finding & { file: string; line: number };

/** Where a finding belongs; the rule id and message are added by the caller. */
export type FindingScope = Pick<LocatedFinding, 'file' | 'line' | 'manual' | 'module' | 'lang'>;

/** The JSON of a finding: every key always there, `null` where unknown, so consumers of any command read one shape. */
export interface FindingJson {
  rule: string;
  severity: Severity;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  hint: string | null;
  manual: string | null;
  module: string | null;
  lang: string | null;
}

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    message: f.message,
    hint: f.hint ?? null,
    manual: f.manual ?? null,
    module: f.module ?? null,
    lang: f.lang ?? null,
  };
}

/** `file:line:column: ` as far as known, '' with no file. */
export function whereText(at: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): string {
  if (!at.file) return '';
  return `${at.file}${at.line ? `:${at.line}${at.column ? `:${at.column}` : ''}` : ''}: `;
}

/** `file:line: message  rule` — the one line a person reads for a finding. */
export function findingLine(f: Finding): string {
  return `${whereText(f)}${f.message}  ${f.rule}`;
}

/** File, then line, then rule: the order check lists findings in. Findings of no file come first. */
export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
