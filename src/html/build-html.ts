// The HTML (phone) edition: each manual as one self-contained web page.
//
//   out/<id>/<id>.<lang>.html             one per language
//   out/<id>/<id>.html                    every language: side by side on a wide screen, a switch on a phone
//   out/<id>/modules/<NN-slug>[.<lang>].html   the same for one module (perModule)
//
// Styles, fonts (a subset of Atkinson Hyperlegible) and images are inside the
// file: it opens from a messaging app without a network. The same sources give
// the same bytes (the only date is the manual's: SOURCE_DATE_EPOCH, else the
// newest review). A page that fails is not written; the others are. The
// library never prints and never exits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import type { Manual, Project } from '../model/types.js';
import { noModulesError } from '../model/no-modules.js';
import { writeFileAtomic } from '../write-atomic.js';
import { HtmlBuilder, PageErrors, planPages } from './page-builder.js';
import { compileTemplates } from './templates.js';
export { linkedTargets, planPages } from './page-builder.js';

/** What one language's manual page may weigh, images and fonts included: it travels by messaging app. */
export const SIZE_BUDGET = 600 * 1024;

export interface HtmlOptions {
  /** Output folder (absolute). */
  out: string;
  /** Manual ids; default all. */
  manuals?: string[];
  /** Languages; default every language of each manual. */
  langs?: string[];
  /** Also one page per module, under out/<id>/modules/. */
  perModule?: boolean;
  /** The raw SOURCE_DATE_EPOCH value (the caller reads the environment). */
  sourceDateEpoch?: string;
  /** Called as each page is done. */
  onOutput?: (output: HtmlOutput) => void;
}

export interface HtmlOutput {
  manual: string;
  /** Absolute path. */
  path: string;
  langs: string[];
  part: 'manual' | 'module';
  bytes: number;
  /** True when the file already held these bytes (not written again). */
  upToDate: boolean;
  /** A page over the size budget. */
  warnings: PromokitError[];
}

export interface HtmlResult {
  outputs: HtmlOutput[];
  failures: PromokitError[];
}

export function selectManuals(project: Project, ids: string[] | undefined): Manual[] {
  if (!ids?.length) return project.manuals;
  const known = new Set(project.manuals.map((m) => m.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new UsageError(`no manual ${unknown.map((u) => `"${u}"`).join(', ')} in ${project.root}/manuals (there are: ${[...known].join(', ') || 'none'})`);
  }
  return project.manuals.filter((m) => ids.includes(m.id));
}

/**
 * Builds the HTML edition of the project's manuals. Returns what was written
 * (with each file's size) and every failure; throws only for a usage error
 * (an unknown manual id) or an HTML template that cannot be compiled.
 */
export async function buildHtml(project: Project, options: HtmlOptions): Promise<HtmlResult> {
  const manuals = selectManuals(project, options.manuals);
  const builder = new HtmlBuilder(project.root, compileTemplates(project.root), options.sourceDateEpoch);
  const outputs: HtmlOutput[] = [];
  const failures: PromokitError[] = [];
  for (const manual of manuals) {
    const langs = manual.config.languages.filter((l) => !options.langs || options.langs.includes(l));
    if (langs.length === 0) continue;
    if (manual.modules.length === 0) {
      failures.push(noModulesError(manual));
      continue;
    }
    for (const plan of planPages(manual, langs, options.perModule ?? false)) {
      const path = join(options.out, manual.id, plan.name);
      let html: string;
      try {
        html = await builder.render(plan);
      } catch (err) {
        if (err instanceof PageErrors) failures.push(...err.errors.filter((e) => !failures.some((f) => f.format() === e.format())));
        else if (err instanceof PromokitError) failures.push(err);
        else failures.push(new PromokitError(`${plan.name} could not be built: ${err instanceof Error ? err.message : String(err)}`, { file: manual.configFile }));
        continue;
      }
      const bytes = Buffer.from(html, 'utf8');
      const existing = await readFile(path).catch(() => undefined);
      const upToDate = existing !== undefined && existing.equals(bytes);
      if (!upToDate) await writeFileAtomic(path, bytes);
      const warnings =
        plan.part === 'manual' && plan.langs.length === 1 && bytes.length > SIZE_BUDGET
          ? [new PromokitError(`${manual.id}/${plan.name} weighs ${Math.round(bytes.length / 1024)} KB, over the ${SIZE_BUDGET / 1024} KB a page sent by messaging app should: scale its photographs down`, { file: manual.configFile, rule: 'html-size' })]
          : [];
      const output: HtmlOutput = { manual: manual.id, path, langs: plan.langs, part: plan.part, bytes: bytes.length, upToDate, warnings };
      outputs.push(output);
      options.onOutput?.(output);
    }
  }
  return { outputs, failures };
}
