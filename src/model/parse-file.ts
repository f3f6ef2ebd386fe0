// A Markdown source file → front matter + scanned body, with the lines of both.
import matter from 'gray-matter';
import { parseMarkdown } from './markdown.js';
import type { ParsedMarkdown } from './types.js';
import { parseYaml, type ParsedYaml, type YamlIssue } from './yaml.js';

export interface ParsedFile {
  parsed: ParsedMarkdown;
  /** The front matter YAML (for field lines), undefined when the file has none. */
  yaml: ParsedYaml | undefined;
  /** Front matter that could not be read: unclosed, bad YAML, not a mapping. */
  frontMatterErrors: YamlIssue[];
}

const CLOSING = /^(?:---|\.\.\.)\s*$/m;

/** `text` must already be decoded, without BOM, with LF line ends (src/sources does that). */
export function parseMarkdownFile(text: string): ParsedFile {
  const frontMatterErrors: YamlIssue[] = [];
  let data: Record<string, unknown> = {};
  let yaml: ParsedYaml | undefined;
  let body = text;
  let bodyLine = 1;

  if (/^---[ \t]*\n/.test(text)) {
    const rest = text.slice(text.indexOf('\n') + 1);
    if (!CLOSING.test(rest)) {
      frontMatterErrors.push({ line: 1, message: 'front matter opened with --- is never closed by a --- line' });
    } else {
      // gray-matter splits; YAML is parsed here so every field keeps its line.
      const file = matter(text, { engines: { yaml: () => ({}) } });
      body = file.content;
      bodyLine = countLines(text.slice(0, text.length - body.length)) + 1;
      yaml = parseYaml(file.matter, 0);
      frontMatterErrors.push(...yaml.errors);
      const value = yaml.value;
      if (yaml.errors.length === 0) {
        if (value === null || value === undefined) data = {};
        else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
        else frontMatterErrors.push({ line: 2, message: 'front matter must be a set of "field: value" lines' });
      }
    }
  }
  const fieldLines: Record<string, number> = {};
  if (yaml) for (const key of Object.keys(data)) fieldLines[key] = yaml.lineOf([key]);
  const scan = parseMarkdown(body, bodyLine);
  return { parsed: { data, fieldLines, body, bodyLine, ...scan }, yaml, frontMatterErrors };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
