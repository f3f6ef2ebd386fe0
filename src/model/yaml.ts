// YAML with line numbers: parse errors and schema errors both point at a line.
import { LineCounter, parseDocument, isMap, isSeq, isNode, type Node } from 'yaml';
import type { z } from 'zod';

export interface YamlIssue {
  line: number;
  message: string;
}

export interface ParsedYaml {
  value: unknown;
  /** Syntax errors; when non-empty, `value` is undefined. */
  errors: YamlIssue[];
  /** 1-based line of a path in the document (the key's line), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** `lineOffset` is added to every line: front matter starts on line 2 of its file. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    line: counter.linePos(e.pos[0]).line + lineOffset,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = node && isNode(node) && node.range ? counter.linePos(node.range[0]).line : 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isNode(p.key) ? (p.key as Node & { value?: unknown }).value : p.key) === key);
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) line = counter.linePos(pair.key.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        if (isNode(item) && item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line + lineOffset;
  };
  return { value: errors.length ? undefined : doc.toJS(), errors, lineOf };
}

/** Zod issues as `field: message` with the line of the field. */
export function schemaIssues(error: z.ZodError, yaml: ParsedYaml): YamlIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    const message =
      issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? `field "${field}" is missing`
        : issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${[...issue.path.map(String), k].join('.')}"`).join(', ')}`
          : `field "${field}": ${issue.message.replace(/^Invalid input: /, '')}`;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return { line: yaml.lineOf(path), message };
  });
}
