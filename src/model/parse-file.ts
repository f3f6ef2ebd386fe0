// A Markdown source file → front matter + scanned body, with the lines of both.
import { parseMarkdown } from './markdown.js';
import { cachedScan } from './scan-cache.js';
import { splitFrontMatter } from './split-front-matter.js';
import type { ParsedMarkdown } from './types.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { parseYaml, type ParsedYaml, type YamlIssue } from './yaml.js';

export interface ParsedFile {
  parsed: ParsedMarkdown;
  /** The front matter YAML (for field lines), undefined when the file has none. */
  yaml: ParsedYaml | undefined;
  /** Front matter that could not be read: unclosed, bad YAML, not a mapping. */
  frontMatterErrors: YamlIssue[];
}

/** `text` must already be decoded, without BOM, with LF line ends (src/sources does that). */
export function parseMarkdownFile(text: string): ParsedFile {
  const frontMatterErrors: YamlIssue[] = [];
  let data: Record<string, unknown> = {};
  let yaml: ParsedYaml | undefined;
  const { yaml: yamlText, body, bodyLine, unclosed } = splitFrontMatter(text);
  if (unclosed) frontMatterErrors.push({ line: 1, message: 'front matter opened with --- is never closed by a --- line' });
  if (yamlText !== undefined) {
    // YAML is parsed here so every field keeps its line.
    // The YAML starts on line 2, after the opening ---.
    yaml = parseSimpleYaml(yamlText, 1) ?? parseYaml(yamlText, 1);
    frontMatterErrors.push(...yaml.errors);
    const value = yaml.value;
    if (yaml.errors.length === 0) {
      if (value === null || value === undefined) data = {};
      else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
      else frontMatterErrors.push({ line: 2, message: 'front matter must be a set of "field: value" lines' });
    }
  }
  const fieldLines: Record<string, number> = {};
  if (yaml) for (const key of Object.keys(data)) fieldLines[key] = yaml.lineOf([key]);
  const scan = cachedScan(body, bodyLine, () => parseMarkdown(body, bodyLine));
  return { parsed: { data, fieldLines, body, bodyLine, ...scan }, yaml, frontMatterErrors };
}
