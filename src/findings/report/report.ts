// What a command hands the reporters: its findings, whether it succeeded, and
// what each format prints around them. Built by the command, printed by one
// of the formats in ./formats.ts.
import type { Finding } from '../finding.js';

export type Stream = 'stdout' | 'stderr';

/** Colours a piece of text with an SGR code (31 red, 33 yellow…), or leaves it plain. */
export type Paint = (code: number, text: string) => string;

export interface TextPlan {
  /** Where the human output goes: check prints its findings on stdout, the commands that write files on stderr. */
  stream: Stream;
  /** grouped: findings under their file (check); lines: `error file:line: message  rule`, one each. */
  layout: 'grouped' | 'lines';
  /** Printed before the findings (build's table of outputs). */
  head?: string;
  /** The closing line(s), without the final newline. */
  summary?: (paint: Paint) => string;
}

/** A JUnit test case; `key` tells cases of the same name apart. */
export interface JunitCase {
  key: string;
  name: string;
  classname: string;
}

export interface JunitPlan {
  /** Cases known before the findings, in order: those without a finding pass. */
  cases: JunitCase[];
  /** The case a finding belongs to (made when not among `cases`). */
  caseOf(finding: Finding): JunitCase;
}

export interface Report {
  /** `check`, `build`…: names the JUnit suites and starts the github closing line. */
  command: string;
  ok: boolean;
  findings: readonly Finding[];
  /** The command's own JSON fields, printed after `version` and `ok`, before the findings. */
  data: Readonly<Record<string, unknown>>;
  /** The JSON key of the findings: `findings`; check keeps its documented `diagnostics`. */
  findingsKey?: string;
  text: TextPlan;
  /** Appended to the github closing line: `in 3 modules`. */
  scope?: string;
  junit?: JunitPlan;
}

export interface RenderContext {
  /** Whether colour may be used on that stream (a terminal, NO_COLOR, FORCE_COLOR). */
  color(stream: Stream): boolean;
}

export interface Rendered {
  stream: Stream;
  text: string;
}

/** One output format. Adding one = a file like ./github.ts and a line in ./formats.ts. */
export interface ReportFormat {
  name: string;
  /** For --help: what it is for. */
  summary: string;
  /** Read by a program, not a person: progress lines stay off. */
  machine: boolean;
  render(report: Report, context: RenderContext): Rendered;
}

export const paintWith =
  (on: boolean): Paint =>
  (code, text) =>
    on ? `\u001b[${code}m${text}\u001b[0m` : text;
