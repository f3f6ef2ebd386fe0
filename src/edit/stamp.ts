// `promokit stamp`: record in a translation which source text it matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { buildManual } from '../model/manual.js';
import { sourceHashes } from '../model/source-hashes.js';
import { readManualSources } from '../sources/project-sources.js';
import { writeFileAtomic } from '../write-atomic.js';
import { setFrontMatterFields } from './front-matter.js';
import type { ModuleLocation } from './resolve-module.js';

export interface StampResult {
  /** The translation file written, relative to the root. */
  file: string;
  source: string;
  sections: number;
}

export async function stampTranslation(root: string, where: ModuleLocation, lang: string, today: string): Promise<StampResult> {
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
  const source = module.files[srcLang];
  if (!source?.meta) {
    const d = diagnostics.find((x) => x.module === module.id && x.lang === srcLang);
    throw new PromokitError(`the source ${srcLang}.md cannot be read${d ? `: ${d.message}` : ''}`, { file: d?.file ?? `${module.relDir}/${srcLang}.md`, line: d?.line, rule: d?.rule });
  }
  const target = module.files[lang];
  if (!target) throw new PromokitError(`${lang}.md is missing or unreadable`, { file: `${module.relDir}/${lang}.md`, line: 1, rule: 'language-file-missing' });
  const hashes = sourceHashes(source);
  const path = join(module.dir, `${lang}.md`);
  await writeFileAtomic(path, setFrontMatterFields(readFileSync(path, 'utf8'), { source_hashes: hashes, stamped: today }));
  return { file: target.file, source: source.file, sections: source.sections.length };
}
