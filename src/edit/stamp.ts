// `promokit stamp`: record in a translation which source text it matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { buildManual } from '../model/manual.js';
import { sourceHashes } from '../model/source-hashes.js';
import type { Manual, Module } from '../model/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readManualSources } from '../sources/project-sources.js';
import { commitFiles, type CommitOptions } from './commit.js';
import { setFrontMatterFields } from './front-matter.js';
import { prepareModuleFolder } from './prepare.js';
import type { ModuleLocation } from './resolve-module.js';

export interface StampResult {
  /** The translation file written, relative to the root. */
  file: string;
  source: string;
  sections: number;
  /** Files an earlier, interrupted run left half done and this run completed. */
  recovered: string[];
}

export async function stampTranslation(root: string, where: ModuleLocation, lang: string, today: string, options: CommitOptions = {}): Promise<StampResult> {
  const recovered = prepareModuleFolder(root, where);
  const { manual, diagnostics } = buildManual(readManualSources(root, where.manualDir));
  if (!manual) {
    const d = diagnostics[0];
    throw new PromokitError(`cannot read the manual: ${d?.message ?? 'manual.yaml is invalid'}`, { file: d?.file, line: d?.line, rule: d?.rule });
  }
  const module = manual.modules.find((m) => m.id === where.moduleId);
  if (!module) throw new UsageError(`no module ${where.moduleId} in ${manual.relDir}`);
  const srcLang = manual.config.languages[0]!;
  if (lang === srcLang) throw new UsageError(`${lang} is the source language of ${manual.id}; stamp a translation (${manual.config.languages.slice(1).join(', ') || 'none'})`);
  if (!manual.config.languages.includes(lang)) throw new UsageError(`${lang} is not a language of ${manual.id} (${manual.config.languages.join(', ')})`);
  const target = module.files[lang];
  if (!target) throw new PromokitError(`${lang}.md is missing or unreadable`, { file: `${module.relDir}/${lang}.md`, line: 1, rule: 'language-file-missing' });
  const path = join(module.dir, `${lang}.md`);
  const raw = readFileSync(path, 'utf8');
  const text = stampedText(manual, module, lang, today, raw, diagnostics);
  await commitFiles([{ path, file: target.file, data: text, original: raw }], options);
  return { file: target.file, source: module.files[srcLang]!.file, sections: module.files[srcLang]!.sections.length, recovered };
}

/** `raw`, the translation `lang` of `module`, stamped with its source's section hashes. */
export function stampedText(manual: Manual, module: Module, lang: string, today: string, raw: string, diagnostics: readonly Diagnostic[] = []): string {
  const srcLang = manual.config.languages[0]!;
  const source = module.files[srcLang];
  if (!source?.meta) {
    const d = diagnostics.find((x) => x.module === module.id && x.lang === srcLang && x.severity === 'error');
    throw new PromokitError(`the source ${srcLang}.md cannot be read${d ? `: ${d.message}` : ''}`, { file: d?.file ?? `${module.relDir}/${srcLang}.md`, line: d?.line, rule: d?.rule });
  }
  return setFrontMatterFields(raw, { source_hashes: sourceHashes(source), stamped: today }, `${module.relDir}/${lang}.md`, 'stamp');
}
