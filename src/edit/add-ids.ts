// `promokit ids`: give level-2 headings written without {#id} matching ids in
// every language, taken from the source language's heading text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { buildManual } from '../model/manual.js';
import type { Section } from '../model/types.js';
import { readManualSources } from '../sources/project-sources.js';
import { commitFiles, type CommitOptions, type FileEdit } from './commit.js';
import { prepareModuleFolder } from './prepare.js';
import type { ModuleLocation } from './resolve-module.js';
import { slugify } from '../model/slug.js';
import { assertEditable, joinLines, splitLines, type Line } from './text-lines.js';

export { slugify } from '../model/slug.js';

export interface IdsResult {
  /** Files changed, relative to the root. */
  files: string[];
  ids: string[];
  /** Files an earlier, interrupted run left half done and this run completed. */
  recovered: string[];
}

export async function addSectionIds(root: string, where: ModuleLocation, options: CommitOptions = {}): Promise<IdsResult> {
  const recovered = prepareModuleFolder(root, where);
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
  // Every file is checked and edited in memory before any is written.
  const edits: FileEdit[] = [];
  for (const f of files) {
    if (f.sections.every((s) => s.id)) continue;
    const path = join(module.dir, `${f.lang}.md`);
    const raw = readFileSync(path, 'utf8');
    assertEditable(raw, f.file, 'ids');
    edits.push({ path, file: f.file, data: withIds(raw, f.sections, ids, f.file), original: raw });
  }
  await commitFiles(edits, options);
  return { files: edits.map((e) => e.file), ids, recovered };
}

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** `raw` with ` {#id}` at the end of each heading without one; every other byte as it was. */
function withIds(raw: string, sections: readonly Section[], ids: readonly string[], file: string): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const lines: Line[] = splitLines(bom ? raw.slice(1) : raw);
  sections.forEach((s, i) => {
    if (s.id) return;
    let k = s.line - 1;
    const atx = ATX.test(lines[k]?.text ?? '');
    // A setext heading may span lines: the attribute goes on its last text line.
    if (!atx) while (k + 1 < lines.length && !SETEXT_UNDERLINE.test(lines[k + 1]!.text)) k++;
    const line = lines[k];
    if (!line) throw new PromokitError(`cannot find the heading "${s.title}" on line ${s.line}; nothing was changed`, { file, line: s.line });
    const text = atx ? line.text.replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '') : line.text.replace(/[ \t]+$/, '');
    lines[k] = { text: `${text} {#${ids[i]}}`, eol: line.eol };
  });
  return bom + joinLines(lines);
}
