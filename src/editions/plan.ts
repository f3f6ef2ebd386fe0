// What `promokit build` makes of each manual: the outputs, in a stable order
// (each language, then what the layout adds), the module editions, and the
// manuals it cannot make anything of.
import type { LangFile, Manual, Module, Project } from '../model/types.js';
import { editionsNamed, layoutNamed } from './layouts/index.js';
import type { EditionLayout, OutputPlan } from './layouts/layout.js';
import { oneLanguage, single } from './layouts/single.js';

export type { OutputPlan } from './layouts/layout.js';

/** One single-language plan per listed module of the manual: `modules/<module id>.<lang>.pdf`. */
export function planModuleEditions(manual: Manual, langs: readonly string[], moduleIds: readonly string[]): OutputPlan[] {
  return manual.modules
    .filter((m) => moduleIds.includes(m.id))
    .flatMap((m) =>
      langs.map((l): OutputPlan => ({ manual: { ...manual, modules: [m] }, name: `modules/${m.id}.${l}.pdf`, langs: [l], layout: single, part: 'module' })),
    );
}

/**
 * Outputs of one manual, in a stable order: each language, then the layout's,
 * then those of the editions asked for (`editions`, e.g. from `--large-print`)
 * or named in its manual.yaml.
 */
export function planOutputs(manual: Manual, langs: readonly string[], layout: EditionLayout, editions: readonly string[] = []): OutputPlan[] {
  const extra = editionsNamed([...editions, ...(manual.config.editions ?? [])]);
  return [
    ...langs.map((l) => oneLanguage(manual, l)),
    ...[layout, ...extra].flatMap((made) => made.outputs(manual, langs).map((o): OutputPlan => ({ manual, ...o, layout: made }))),
  ];
}

/** How many PDFs a build of these manuals writes (for a progress display); 0 for an unknown layout. */
export function plannedOutputCount(project: Project, ids: readonly string[], langs: readonly string[] | undefined, layoutName: string, editions: readonly string[] = []): number {
  return plannedOutputNames(project, ids, langs, layoutName, editions).length;
}

/**
 * An output as a unit of --shard (src/shard.ts): `<manual>/<file>`, the same
 * in every out/ folder, weighed by the module files it sets (a bilingual
 * edition sets twice a one-language edition's).
 */
export function shardUnitOf(plan: OutputPlan): { name: string; weight: number } {
  return { name: `${plan.manual.id}/${plan.name}`, weight: Math.max(1, plan.manual.modules.length) * plan.langs.length };
}

/** The output files a build would make, as units of --shard. */
export function plannedOutputNames(project: Project, ids: readonly string[], langs: readonly string[] | undefined, layoutName: string, editions: readonly string[] = []): { name: string; weight: number }[] {
  const layout = layoutNamed(layoutName);
  if (!layout) return [];
  return project.manuals
    .filter((m) => ids.length === 0 || ids.includes(m.id))
    .flatMap((m) => planOutputs(m, m.config.languages.filter((l) => !langs || langs.includes(l)), layout, editions).map(shardUnitOf));
}

/** Every module file the plans convert, once each: as prepareDocument, those with valid front matter. */
export function filesOf(plans: readonly OutputPlan[]): { manual: Manual; module: Module; file: LangFile }[] {
  const seen = new Map<string, { manual: Manual; module: Module; file: LangFile }>();
  for (const plan of plans) {
    for (const module of plan.manual.modules) {
      for (const lang of plan.langs) {
        const file = module.files[lang];
        if (file?.meta) seen.set(file.file, { manual: plan.manual, module, file });
      }
    }
  }
  return [...seen.values()];
}
