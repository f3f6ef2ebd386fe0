// Where a Markdown file's body starts: after a front matter block opened and
// closed by `---` lines (gray-matter splits it).
import matter from 'gray-matter';

export interface Split {
  /** The YAML between the `---` lines, undefined when the file has none (or it is never closed). */
  yaml: string | undefined;
  body: string;
  /** File line where the body starts (1-based). */
  bodyLine: number;
  /** Opened with `---` and never closed: the whole file is the body. */
  unclosed: boolean;
}

const CLOSING = /^(?:---|\.\.\.)\s*$/m;

export function splitFrontMatter(text: string): Split {
  if (!/^---[ \t]*\n/.test(text)) return { yaml: undefined, body: text, bodyLine: 1, unclosed: false };
  const rest = text.slice(text.indexOf('\n') + 1);
  if (!CLOSING.test(rest)) return { yaml: undefined, body: text, bodyLine: 1, unclosed: true };
  const file = matter(text, { engines: { yaml: () => ({}) } });
  const body = file.content;
  return { yaml: file.matter, body, bodyLine: countLines(text.slice(0, text.length - body.length)) + 1, unclosed: false };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
