// The front matter most module files have, read without the YAML library:
// `key: value` lines and one level of `key:` + indented `sub: value` lines,
// with values that can only be an integer, a date or a plain string. Anything else
// (quotes, comments, lists, blank lines, a value YAML might read as a
// number, true or null) returns undefined and goes to the YAML
// library. Why: the library cold (a check of 1,000 files runs it 1,000 times
// before it is fast) took about a fifth of the check's time; this path is
// tested to give the library's value and lines (tests/model/simple-yaml.test.ts).
import { LIMITS } from '../limits.js';
import type { ParsedYaml } from './yaml.js';

const KEY = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*`;
const TOP = new RegExp(`^(${KEY}):(?: (.*))?$`);
const SUB = new RegExp(`^( +)(${KEY}): (.*)$`);
/** A plain string beginning with a letter, with nothing YAML would read specially. */
const WORDS = /^\p{L}[^#:\p{Cc}\p{Cs}\uFEFF]*$/u;
const SPECIAL_WORD = /^(?:true|false|null|yes|no|on|off|y|n|nan|inf)$/i;
/** Hex digits with a letter among them (the section hashes): a string, unless it reads as 1e5. */
const HEX = /^[0-9a-f]*[a-f][0-9a-f]*$/;
const EXPONENT = /^[0-9]+[eE][0-9]+$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** YAML 1.2's core schema has no dates: 2026-06-01 is a string (the schema checks its form). */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

type Scalar = string | number;

function scalar(raw: string): Scalar | undefined {
  if (raw !== raw.trim() || raw === '') return undefined;
  if (INTEGER.test(raw)) return Number(raw);
  if (DATE.test(raw)) return raw;
  if (HEX.test(raw)) return EXPONENT.test(raw) ? undefined : raw;
  if (WORDS.test(raw) && !SPECIAL_WORD.test(raw)) return raw;
  return undefined;
}

/** `lineOffset` is added to every line, as parseYaml does. */
export function parseSimpleYaml(text: string, lineOffset = 0): ParsedYaml | undefined {
  const lines = text.split('\n');
  // More lines than keys allowed: parseYaml refuses it with a line. (This path has no aliases.)
  if (lines.length > LIMITS.yamlKeys) return undefined;
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const value: Record<string, Scalar | Record<string, Scalar>> = {};
  const keyLines = new Map<string, number>();
  const subLines = new Map<string, Map<string, number>>();
  let open: { key: string; map: Record<string, Scalar>; indent: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const top = TOP.exec(line);
    if (top) {
      if (open && Object.keys(open.map).length === 0) return undefined;
      const key = top[1]!;
      if (keyLines.has(key) || SPECIAL_WORD.test(key)) return undefined;
      keyLines.set(key, i + 1);
      if (top[2] === undefined) {
        open = { key, map: {}, indent: 0 };
        value[key] = open.map;
        subLines.set(key, new Map());
        continue;
      }
      open = undefined;
      const v = scalar(top[2]);
      if (v === undefined) return undefined;
      value[key] = v;
      continue;
    }
    const sub = SUB.exec(line);
    if (!sub || !open) return undefined;
    const indent = sub[1]!.length;
    if (open.indent === 0) open.indent = indent;
    else if (indent !== open.indent) return undefined;
    const key = sub[2]!;
    if (SPECIAL_WORD.test(key)) return undefined;
    const lines2 = subLines.get(open.key)!;
    if (lines2.has(key)) return undefined;
    const v = scalar(sub[3]!);
    if (v === undefined) return undefined;
    open.map[key] = v;
    lines2.set(key, i + 1);
  }
  if (open && Object.keys(open.map).length === 0) return undefined;
  const first = keyLines.values().next().value!;
  const lineOf = (path: readonly PropertyKey[]): number => {
    const top = typeof path[0] === 'string' ? keyLines.get(path[0]) : undefined;
    if (top === undefined) return first + lineOffset;
    const sub = typeof path[1] === 'string' ? subLines.get(path[0] as string)?.get(path[1]) : undefined;
    return (sub ?? top) + lineOffset;
  };
  return { value, errors: [], lineOf };
}
