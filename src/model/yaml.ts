// YAML with line numbers: parse errors and schema errors both point at a line.
import { LineCounter, parseDocument, isMap, isSeq, isNode, visit, type Node } from 'yaml';
import type { z } from 'zod';
import { LIMITS } from '../limits.js';

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

/** Below this many characters a YAML text holds fewer keys and aliases than any limit. */
const SMALL_YAML = 2 * LIMITS.yamlAliases;

/** `lineOffset` is added to every line: front matter starts on line 2 of its file. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  // A short text cannot hold too many keys or aliases, and yaml's own
  // duplicate-key check is fine there. A long one is walked below, with
  // unique keys checked with a set: yaml compares every key with every
  // other, minutes for a map of 100,000 keys.
  const small = text.length < SMALL_YAML;
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: small });
  // Warnings are errors here: an unknown tag (`!!js/function`) would
  // otherwise become a plain string that nobody asked for.
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({
    line: counter.linePos(e.pos[0]).line + lineOffset,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const lineAt = (node: { range?: [number, number, number] | null }): number => (node.range ? counter.linePos(node.range[0]).line : 1) + lineOffset;
  // Bounded before converting: many keys, or aliases that expand
  // exponentially (a "billion laughs" file), are refused with a line.
  let keys = 0;
  let aliases = 0;
  if (errors.length === 0 && !small) {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<unknown>();
        for (const pair of map.items) {
          const key = isNode(pair.key) ? (pair.key as Node & { value?: unknown }).value : pair.key;
          if (key === null || typeof key === 'object') continue;
          if (seen.has(key)) {
            errors.push({ line: isNode(pair.key) ? lineAt(pair.key) : 1, message: `Map keys must be unique: "${String(key)}" is repeated` });
            return visit.BREAK;
          }
          seen.add(key);
        }
        return undefined;
      },
      Pair(_, pair) {
        if (++keys > LIMITS.yamlKeys) {
          errors.push({ line: isNode(pair.key) ? lineAt(pair.key) : 1, message: `more than ${LIMITS.yamlKeys} keys: this is not a promokit file, or it is far too large` });
          return visit.BREAK;
        }
        return undefined;
      },
      Alias(_, alias) {
        if (++aliases > LIMITS.yamlAliases) {
          errors.push({ line: lineAt(alias), message: `more than ${LIMITS.yamlAliases} aliases (*name): promokit does not expand that many` });
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }
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
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
    } catch (err) {
      errors.push({ line: 1 + lineOffset, message: `cannot read the YAML: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { value: errors.length ? undefined : value, errors, lineOf };
}

/** Zod issues as `field: message` with the line of the field. */
export function schemaIssues(error: z.ZodError, yaml: ParsedYaml): YamlIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    // A field that may take several shapes (a string or one per language) reports a missing value as a failed union.
    const missing = (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) || (issue.code === 'invalid_union' && valueAt(yaml.value, issue.path) === undefined);
    const message =
      missing
        ? `field "${field}" is missing`
        : issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${[...issue.path.map(String), k].join('.')}"`).join(', ')}`
          : `field "${field}": ${issue.message.replace(/^Invalid input: /, '')}`;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return { line: yaml.lineOf(path), message };
  });
}

/** The value at `path` in parsed YAML, undefined where there is none. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
