// What `promokit build` makes of each manual: the outputs, in a stable order,
// and the manuals it cannot make anything of.

import { PromokitError } from '../errors.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import type { Layout } from './layouts.js';

export interface OutputPlan {
  manual: Manual;
  name: string;
  langs: string[];
  layout: Layout | 'single';
  part?: 'manual' | 'module';
}

/** One single-language plan per listed module of the manual. */
export function planModuleEditions(manual: Manual, langs: string[], moduleIds: string[]): OutputPlan[] {
  return manual.modules
    .filter((m) => moduleIds.includes(m.id))
    .flatMap((m) =>
      langs.map((l): OutputPlan => ({ manual: { ...manual, modules: [m] }, name: `modules/${m.id}.${l}.pdf`, langs: [l], layout: 'single', part: 'module' })),
    );
}

/** Outputs of one manual, in a stable order. */
export function planOutputs(manual: Manual, langs: string[], layout: Layout): OutputPlan[] {
  const plans: OutputPlan[] = langs.map((l) => ({ manual, name: `${manual.id}.${l}.pdf`, langs: [l], layout: 'single' }));
  if (layout !== 'single') {
    for (let i = 0; i < langs.length; i++) {
      for (let j = i + 1; j < langs.length; j++) {
        const pair = [langs[i]!, langs[j]!];
        plans.push({ manual, name: `${manual.id}.${pair.join('-')}.pdf`, langs: pair, layout });
      }
    }
  }
  return plans;
}

/**
 * A manual without a single module (no folder under modules/, or none named
 * NN-slug) has nothing to build: an error naming its modules folder, and the
 * folders that are there but misnamed.
 */
export function noModulesError(manual: Manual): PromokitError {
  const folders = [...new Set([...manual.allFiles].filter((f) => f.startsWith('modules/') && f.split('/').length > 2).map((f) => f.split('/')[1]!))].sort();
  const misnamed = folders.length ? `; ${folders.map((f) => `"${f}"`).join(', ')} ${folders.length === 1 ? 'is' : 'are'} not named like that` : '';
  return new PromokitError(`no modules found in ${manual.relDir}/modules: each module is a folder named NN-slug, like 01-introduccion${misnamed}`, {
    file: `${manual.relDir}/modules`,
    rule: 'no-modules',
  });
}


/** Every module file the plans convert, once each: as prepareDocument, those with valid front matter. */
export function filesOf(plans: OutputPlan[]): { manual: Manual; module: Module; file: LangFile }[] {
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
