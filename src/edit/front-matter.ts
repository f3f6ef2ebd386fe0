// Rewrites fields of a Markdown file's front matter and leaves everything
// else — comments (a comment on the line of a field it rewrites too), key
// order, spacing, body, each line's own line end — as the author wrote it.
import { Document, isMap, isScalar, parseDocument, type Pair, type ParsedNode, type YAMLMap } from 'yaml';
import { PromokitError } from '../errors.js';
import { mergeEdit } from './line-merge.js';
import { assertEditable, dominantEol, joinLines, splitLines, type Line } from './text-lines.js';

type FieldValue = string | number | boolean | Record<string, string>;

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * `raw` with `fields` set in its front matter (added when it has none).
 * Throws a PromokitError naming `file` and the line when the file cannot be
 * edited faithfully (see assertEditable) or its front matter is not a valid
 * YAML mapping.
 */
export function setFrontMatterFields(raw: string, fields: Record<string, FieldValue>, file = 'the file', action = 'promokit'): string {
  assertEditable(raw, file, action);
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const lines = splitLines(bom ? raw.slice(1) : raw);
  const eol = dominantEol(raw);
  const close = OPENING.test(lines[0]?.text ?? '') ? lines.findIndex((l, i) => i > 0 && CLOSING.test(l.text)) : -1;
  if (close < 0) {
    // No front matter: a new one above the text, and a blank line between.
    const doc = new Document({});
    for (const [k, v] of Object.entries(fields)) doc.set(k, v);
    const yamlLines = printed(doc).map((text) => ({ text, eol }));
    const fence = { text: '---', eol };
    return bom + joinLines([fence, ...yamlLines, fence, { text: '', eol }]) + joinLines(lines);
  }
  const original = lines.slice(1, close);
  const doc = parseDocument(original.map((l) => l.text).join('\n'), { keepSourceTokens: false });
  const problem = doc.errors[0];
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + 1;
    throw new PromokitError(`the front matter is not valid YAML (${problem.message.split('\n')[0]}); fix it, then run ${action} again (nothing was changed)`, { file, line, rule: 'front-matter' });
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new PromokitError(`the front matter must be "field: value" lines; fix it, then run ${action} again (nothing was changed)`, { file, line: 2, rule: 'front-matter' });
  }
  const before = printed(doc);
  for (const [k, v] of Object.entries(fields)) setField(doc, k, v);
  const after = printed(doc);
  const merged = mergeEdit(original, before, after, lines[0]!.eol || eol);
  const yamlLines = sameData(merged, after) ? merged : after.map((text): Line => ({ text, eol }));
  return bom + joinLines([lines[0]!, ...yamlLines, ...lines.slice(close)]);
}

function printed(doc: Document): string[] {
  const text = doc.contents === null && !doc.commentBefore && !doc.comment ? '' : doc.toString({ lineWidth: 0 });
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** The merge is a safety net's worth cleverer than yaml: it must mean exactly what yaml printed. */
function sameData(merged: readonly Line[], after: readonly string[]): boolean {
  const a = parseDocument(merged.map((l) => l.text).join('\n'));
  const b = parseDocument(after.join('\n'));
  return a.errors.length === 0 && JSON.stringify(a.toJS()) === JSON.stringify(b.toJS());
}

const keyOf = (p: Pair): string | undefined => (isScalar(p.key) ? String(p.key.value) : typeof p.key === 'string' ? p.key : undefined);

/** Sets `key` editing the nodes in place, so that their comments stay where they are. */
function setField(doc: Document, key: string, value: FieldValue): void {
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as ParsedNode;
  const map = doc.contents as unknown as YAMLMap;
  const pair = map.items.find((p) => keyOf(p) === key);
  if (!pair) {
    map.set(doc.createNode(key), doc.createNode(value));
    return;
  }
  if (typeof value === 'object') {
    if (isMap(pair.value)) updateMap(doc, pair.value, value);
    else pair.value = withComments(doc.createNode(value), pair.value);
  } else if (isScalar(pair.value)) {
    pair.value.value = value;
  } else {
    pair.value = withComments(doc.createNode(value), pair.value);
  }
}

interface Commented {
  commentBefore?: string | null | undefined;
  comment?: string | null | undefined;
}

/** `node` in the place of `old`, with its comments (a trailing one goes above a collection, which cannot carry it on its first line). */
function withComments<T extends Commented>(node: T, old: unknown): T {
  if (old && typeof old === 'object') {
    const o = old as Commented;
    const collection = !isScalar(node);
    const before = [o.commentBefore, collection ? o.comment : undefined].filter(Boolean).join('\n');
    if (before) node.commentBefore = before;
    if (o.comment && !collection) node.comment = o.comment;
  }
  return node;
}

const commentsOf = (p: Pair): string[] =>
  [p.key, p.value].flatMap((n) => (n && typeof n === 'object' ? [(n as Commented).commentBefore, (n as Commented).comment] : [])).filter((c): c is string => Boolean(c));

/**
 * `map` holds exactly `value`, in its order. Kept entries keep their nodes
 * (and comments); the comments of removed ones go before the next kept one.
 */
function updateMap(doc: Document, map: YAMLMap, value: Record<string, string>): void {
  const old = new Map<string, Pair>();
  for (const p of map.items) {
    const k = keyOf(p);
    if (k !== undefined && !old.has(k)) old.set(k, p);
  }
  let carry: string[] = [];
  for (const p of map.items) {
    const k = keyOf(p);
    if (k === undefined || !Object.hasOwn(value, k) || old.get(k) !== p) {
      carry.push(...commentsOf(p));
    } else if (carry.length) {
      const key = p.key as Commented;
      key.commentBefore = [...carry, key.commentBefore].filter(Boolean).join('\n');
      carry = [];
    }
  }
  if (carry.length) map.comment = [map.comment, ...carry].filter(Boolean).join('\n');
  map.items = Object.entries(value).map(([k, v]) => {
    const existing = old.get(k);
    if (!existing) return doc.createPair(k, v) as Pair;
    if (isScalar(existing.value)) existing.value.value = v;
    else existing.value = withComments(doc.createNode(v), existing.value);
    return existing;
  });
}
