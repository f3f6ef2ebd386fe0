// Optional YAML files a project may add, beside a manual's manual.yaml and at
// the project root (the folder that holds manuals/): locales/<code>.yaml and
// plain-words.yaml. The manual's own file comes first: it overrides the
// project's, which serves every manual. Read through src/sources (inside the
// project, a regular file, bounded).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readText } from '../sources/read-text.js';
import type { Diagnostic } from './diagnostic.js';
import { readYamlFile } from './manual.js';
import type { Manual } from './types.js';
import { parseYaml } from './yaml.js';
import type { z } from 'zod';

export interface YamlLayer<T> {
  /** Path relative to the project root, with `/`. */
  file: string;
  data: T;
  /** Line of a field, e.g. ['words', 'contents']. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** The project root of a manual: `relDir` (manuals/<id>) climbed back from `dir`. */
export function projectRoot(manual: Pick<Manual, 'dir' | 'relDir'>): string {
  return resolve(manual.dir, ...manual.relDir.split('/').map(() => '..'));
}

/** Is there a `rel` in the manual folder or at the project root (readable or not)? */
export function hasProjectYaml(manual: Manual, rel: string): boolean {
  return manual.allFiles.has(rel) || manual.refusedFiles.has(rel) || existsSync(join(projectRoot(manual), ...rel.split('/')));
}

/**
 * `rel` (a path with `/`) in the manual folder, then at the project root:
 * the files that exist and are valid, most specific first. Problems (YAML,
 * schema, unreadable, outside the project) are added to `diagnostics` under `rule`.
 */
export function readProjectYaml<S extends z.ZodType>(
  manual: Manual,
  rel: string,
  schema: S,
  rule: string,
  diagnostics: Diagnostic[],
): YamlLayer<z.infer<S>>[] {
  const root = projectRoot(manual);
  const scope = { manual: manual.id };
  const places: { path: string; file: string }[] = [];
  const refused = manual.refusedFiles.get(rel);
  if (refused) diagnostics.push({ ...scope, rule: refused.rule, severity: 'error', file: `${manual.relDir}/${rel}`, line: 1, message: refused.message });
  else if (manual.allFiles.has(rel)) places.push({ path: join(manual.dir, ...rel.split('/')), file: `${manual.relDir}/${rel}` });
  const atRoot = join(root, ...rel.split('/'));
  if (existsSync(atRoot)) places.push({ path: atRoot, file: rel });

  const layers: YamlLayer<z.infer<S>>[] = [];
  for (const place of places) {
    const src = readText(place.path, place.file, root, false, manual.allowedDirs);
    const data = readYamlFile(src, schema, rule, scope, diagnostics);
    // Parsed once more for lines: these files are a few dozen lines.
    if (data !== undefined) layers.push({ file: place.file, data, lineOf: parseYaml(src.text ?? '').lineOf });
  }
  return layers;
}
