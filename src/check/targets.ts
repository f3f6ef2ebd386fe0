// Resolving the local targets of images and links, shared by the rules that check them.
import { join, posix } from 'node:path';
import type { RuleContext } from './rule.js';
import type { LangFile, Manual, Module, SlidesFile } from '../model/types.js';

/** Every Markdown file of a module: language files and slides. */
export function markdownFiles(m: Module): (LangFile | SlidesFile)[] {
  return [...Object.values(m.files), ...Object.values(m.slides)].filter((f): f is LangFile | SlidesFile => f !== undefined);
}

/** http:, mailto:, tel:, data: … — not ours to check. */
export { isExternal } from '../model/external.js';

/** A module-relative file path (already percent-decoded) → path relative to the manual folder (may start with `../`). */
export function manualRelative(manual: Manual, m: Module, path: string): string {
  const moduleRel = m.relDir.slice(manual.relDir.length + 1);
  return posix.normalize(posix.join(moduleRel, path));
}

/**
 * Why a module-relative path (percent-decoded) may not be used: it leads
 * outside the project (a `../` path or a symbolic link), or it is a pipe or
 * device. Undefined when it is fine or simply missing.
 */
export function refusedTarget(ctx: RuleContext, m: Module, path: string): { rule: string; message: string } | undefined {
  const rel = manualRelative(ctx.manual, m, path);
  if (rel.startsWith('../')) return ctx.refusal(join(ctx.manual.dir, rel));
  return ancestorRefusal(ctx.manual.refusedFiles, rel);
}

/** Why a path of the manual folder is refused: the file itself, or a folder on its way (an `img/` that links outside). */
export function ancestorRefusal(refused: ReadonlyMap<string, { rule: string; message: string }>, rel: string): { rule: string; message: string } | undefined {
  for (let at = rel.length; at > 0; at = rel.lastIndexOf('/', at - 1)) {
    const why = refused.get(rel.slice(0, at));
    if (why) return why;
  }
  return undefined;
}

/** Pandoc's auto_identifiers: what `[x](#que-es)` may point at when a heading has no {#id}. */
export function autoIdentifier(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\-.\s]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[^\p{L}]+/u, '');
  return id || 'section';
}

const anchorSets = new WeakMap<LangFile | SlidesFile, Set<string>>();

/** Every `#fragment` a file answers: ids of headings, spans, divs and raw HTML, and headings' automatic ids (made once per file). */
export function anchorsOf(f: LangFile | SlidesFile): Set<string> {
  let set = anchorSets.get(f);
  if (set) return set;
  set = new Set<string>(f.anchors.map((a) => a.id));
  for (const h of f.headings) if (!h.id) set.add(autoIdentifier(h.text));
  anchorSets.set(f, set);
  return set;
}
