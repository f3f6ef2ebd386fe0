// `promokit ids`: give level-2 headings written without {#id} matching ids in
// every language, taken from the source language's heading text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { buildManual } from '../model/manual.js';
import { readManualSources } from '../sources/project-sources.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { ModuleLocation } from './resolve-module.js';

/** `¿Qué es el estrés?` → `que-es-el-estres`. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

export interface IdsResult {
  /** Files changed, relative to the root. */
  files: string[];
  ids: string[];
}

export async function addSectionIds(root: string, where: ModuleLocation): Promise<IdsResult> {
  const { manual } = buildManual(readManualSources(root, where.manualDir));
  if (!manual) throw new PromokitError('manual.yaml cannot be read; run promokit check', { file: `${where.manualDir}/manual.yaml` });
  const module = manual.modules.find((m) => m.id === where.moduleId);
  if (!module) throw new UsageError(`no module ${where.moduleId} in ${manual.relDir}`);
  const files = manual.config.languages.flatMap((l) => (module.files[l] ? [module.files[l]!] : []));
  const source = files[0];
  if (!source || source.lang !== manual.config.languages[0]) {
    throw new PromokitError(`the source language file ${manual.config.languages[0]}.md is missing or unreadable`, { file: `${module.relDir}/${manual.config.languages[0]}.md` });
  }
  // One id per position, from the source heading (an existing id wins).
  const used = new Set<string>();
  const ids = source.sections.map((s) => {
    let id = s.id ?? slugify(s.title);
    for (let n = 2; !s.id && used.has(id); n++) id = `${slugify(s.title)}-${n}`;
    used.add(id);
    return id;
  });
  for (const f of files) {
    if (f.sections.length !== ids.length) {
      throw new PromokitError(
        `${f.lang}.md has ${f.sections.length} level-2 sections and ${source.lang}.md has ${ids.length}: make them match before adding ids (nothing was changed)`,
        { file: f.file, line: f.sections[Math.min(f.sections.length, ids.length)]?.line ?? f.bodyLine, rule: 'section-mismatch' },
      );
    }
    f.sections.forEach((s, i) => {
      if (s.id && s.id !== ids[i]) {
        throw new PromokitError(`heading already has id #${s.id} but ${source.lang}.md has #${ids[i]} at this position (nothing was changed)`, { file: f.file, line: s.line, rule: 'section-mismatch' });
      }
    });
  }
  const changed: string[] = [];
  const edits: { path: string; text: string; file: string }[] = [];
  for (const f of files) {
    const path = join(module.dir, `${f.lang}.md`);
    const raw = readFileSync(path, 'utf8');
    const eol = raw.includes('\r\n') ? '\r\n' : '\n';
    const lines = raw.split(/\r?\n/);
    let touched = false;
    f.sections.forEach((s, i) => {
      if (s.id) return;
      const k = s.line - 1;
      lines[k] = `${(lines[k] ?? '').replace(/\s+#*\s*$/, '')} {#${ids[i]}}`;
      touched = true;
    });
    if (touched) edits.push({ path, text: lines.join(eol), file: f.file });
  }
  // Validate everything before writing anything.
  for (const e of edits) {
    await writeFileAtomic(e.path, e.text);
    changed.push(e.file);
  }
  return { files: changed, ids };
}
