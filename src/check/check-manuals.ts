// check, one manual at a time: load it, run the manual rules, keep only the
// findings and the little the conference rules and reports need, and let the
// parsed files go before the next manual (memory stays near one manual's).
import type { Diagnostic } from '../model/diagnostic.js';
import { loadManual } from '../model/load-project.js';
import type { Manual } from '../model/types.js';
import { loadPassiveFinder, type PassiveFinder } from './readability/passive.js';
import { checkManual } from './run-check.js';

/** What is kept of a checked manual: ids, languages and the assessment sections. */
export interface ManualOutline {
  id: string;
  config: { languages: string[] };
  modules: { id: string; files: Partial<Record<string, { sections: { id: string | undefined; listItems: number }[] }>> }[];
}

export interface CheckedManual {
  dir: string;
  diagnostics: Diagnostic[];
  modules: number;
  /** Undefined when manual.yaml could not be read. */
  outline: ManualOutline | undefined;
}

export function outlineOf(manual: Manual): ManualOutline {
  return {
    id: manual.id,
    config: { languages: [...manual.config.languages] },
    modules: manual.modules.map((m) => ({
      id: m.id,
      files: Object.fromEntries(
        Object.entries(m.files).map(([lang, f]) => [lang, { sections: (f?.sections ?? []).filter((s) => s.id === 'assessment').map((s) => ({ id: s.id, listItems: s.listItems })) }]),
      ),
    })),
  };
}

/**
 * `filter`: manual id → the module ids to check (check of single modules).
 * retext (passive-voice hints) is loaded only when a manual asks for it or `passiveEveryManual`.
 */
export async function checkManualDirs(root: string, dirs: readonly string[], filter: ReadonlyMap<string, ReadonlySet<string>> | undefined, today: string, passiveEveryManual = false): Promise<CheckedManual[]> {
  const out: CheckedManual[] = [];
  let finder: PassiveFinder | undefined;
  for (const dir of dirs) {
    const loaded = loadManual(root, dir);
    if (!loaded.manual) {
      out.push({ dir, diagnostics: loaded.diagnostics, modules: 0, outline: undefined });
      continue;
    }
    const keep = filter?.get(loaded.manual.id);
    const wantsPassive = passiveEveryManual || loaded.manual.config.plain_language?.passive === true;
    if (wantsPassive && !finder) finder = await loadPassiveFinder();
    const checked = checkManual(loaded.manual, root, today, keep, wantsPassive ? finder : undefined);
    let diagnostics = [...loaded.diagnostics, ...checked.diagnostics];
    if (filter) diagnostics = diagnostics.filter((d) => !d.manual || !d.module || !filter.get(d.manual) || filter.get(d.manual)!.has(d.module));
    out.push({ dir, diagnostics, modules: checked.modules, outline: outlineOf(loaded.manual) });
  }
  return out;
}

/** What a worker thread is sent. */
export interface WorkerInput {
  root: string;
  dirs: string[];
  filter: Map<string, Set<string>> | undefined;
  today: string;
  passiveEveryManual: boolean;
}
