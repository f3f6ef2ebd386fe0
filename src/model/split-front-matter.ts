// Where a Markdown file's body starts: after a front matter block opened by a
// `---` line and closed by the next `---` or `...` line. (gray-matter did this
// split; it cost 0.05 s of start-up and matched `---x` as a closing line.)

export interface Split {
  /** The YAML between the `---` lines, undefined when the file has none (or it is never closed). */
  yaml: string | undefined;
  body: string;
  /** File line where the body starts (1-based). */
  bodyLine: number;
  /** Opened with `---` and never closed: the whole file is the body. */
  unclosed: boolean;
}

const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string): Split {
  if (!/^---[ \t]*\n/.test(text)) return { yaml: undefined, body: text, bodyLine: 1, unclosed: false };
  const start = text.indexOf('\n') + 1;
  const close = CLOSING.exec(text.slice(start));
  if (!close) return { yaml: undefined, body: text, bodyLine: 1, unclosed: true };
  const yamlEnd = start + close.index;
  const lineEnd = text.indexOf('\n', yamlEnd);
  const bodyStart = lineEnd === -1 ? text.length : lineEnd + 1;
  return { yaml: text.slice(start, yamlEnd), body: text.slice(bodyStart), bodyLine: countLines(text.slice(0, bodyStart)) + 1, unclosed: false };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
