// A file as lines that each keep their own line end, and the files `stamp`
// and `ids` refuse because they could not write them back faithfully.
import { PromokitError } from '../errors.js';

export interface Line {
  /** The line without its end. */
  text: string;
  /** '\n', '\r\n', or '' for a last line without end. */
  eol: string;
}

/** Splits at LF, keeping CRLF as the line's end. Lone CRs must be refused before (`assertEditable`). */
export function splitLines(raw: string): Line[] {
  const parts = raw.split('\n');
  const last = parts.pop() ?? '';
  const lines: Line[] = parts.map((p) => (p.endsWith('\r') ? { text: p.slice(0, -1), eol: '\r\n' } : { text: p, eol: '\n' }));
  if (last !== '') lines.push({ text: last, eol: '' });
  return lines;
}

export const joinLines = (lines: readonly Line[]): string => lines.map((l) => l.text + l.eol).join('');

/** CRLF when most line ends are CRLF, else LF. */
export function dominantEol(raw: string): string {
  const crlf = raw.split('\r\n').length - 1;
  const lf = raw.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** 1-based line of offset `at`, counting CRLF, CR and LF each as one line end (as check does). */
function lineAt(raw: string, at: number): number {
  const before = raw.slice(0, at);
  return (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Throws, naming file and line, when `raw` cannot be edited without changing
 * what the author did not ask to change: a lone CR line end (classic Mac), or
 * front matter that is opened and never closed. `action` says who refuses.
 */
export function assertEditable(raw: string, file: string, action: string): void {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    throw new PromokitError(
      `this line ends with a lone CR (old Mac line ends), and ${action} keeps every line's own end: save the file with LF or CRLF line ends, then run it again (nothing was changed)`,
      { file, line: lineAt(text, cr.index) },
    );
  }
  if (OPENING.test(text) && !splitLines(text).slice(1).some((l) => CLOSING.test(l.text))) {
    throw new PromokitError(
      `the front matter opened with --- on this line is never closed by a --- line, so ${action} cannot tell it from the text: close it, then run it again (nothing was changed)`,
      { file, line: 1, rule: 'front-matter' },
    );
  }
}
