// `check --shard k/n`: every shard checks the whole project (cheap: no
// typesetting), so that the rules that look across a manual's modules (ids,
// glossary, links) still see all of it, and reports only its share: the
// findings and counts of its manuals and modules (and conferences), dealt
// round the shards by name (src/shard.ts). The shards' findings and counts
// add up to those of one unsharded check.
import type { Diagnostic } from '../model/diagnostic.js';
import { shardNames, shardSummary, type Shard, type ShardSummary } from '../shard.js';
import type { CheckResult } from './run-check.js';

type Unit = { kind: 'manual' | 'module' | 'conference'; name: string };

/** What a check covered: a LoadedProject has it (scopeOf), and check-project.ts returns it. */
export interface CheckScope {
  manuals: readonly { id: string; modules: readonly { id: string }[] }[];
  /** Manuals whose manual.yaml could not be read. */
  brokenManuals: readonly string[];
  conferences: readonly { id: string; relDir: string }[];
  moduleFilter: ReadonlyMap<string, ReadonlySet<string>> | undefined;
}

export const scopeOf = (loaded: { project: { manuals: CheckScope['manuals']; conferences: CheckScope['conferences'] }; brokenManuals: readonly string[]; moduleFilter: CheckScope['moduleFilter'] }): CheckScope => ({
  manuals: loaded.project.manuals,
  brokenManuals: loaded.brokenManuals,
  conferences: loaded.project.conferences,
  moduleFilter: loaded.moduleFilter,
});

/** Every unit checked: each manual (its manual.yaml, glossary…), each module in scope, each conference. */
function unitsOf(scope: CheckScope): Unit[] {
  const units: Unit[] = [];
  for (const m of scope.manuals) {
    units.push({ kind: 'manual', name: m.id });
    const keep = scope.moduleFilter?.get(m.id);
    for (const mod of m.modules) if (!keep || keep.has(mod.id)) units.push({ kind: 'module', name: `${m.id}/${mod.id}` });
  }
  for (const id of scope.brokenManuals) units.push({ kind: 'manual', name: id });
  for (const c of scope.conferences) units.push({ kind: 'conference', name: `conference:${c.id}` });
  return units;
}

/** The unit a finding belongs to; undefined for one of no manual, module or conference (shard 1 reports those). */
function unitOf(d: Diagnostic, scope: CheckScope, names: ReadonlySet<string>): string | undefined {
  if (d.manual && d.module && names.has(`${d.manual}/${d.module}`)) return `${d.manual}/${d.module}`;
  if (d.manual && names.has(d.manual)) return d.manual;
  const conf = scope.conferences.find((c) => d.file.startsWith(`${c.relDir}/`));
  return conf ? `conference:${conf.id}` : undefined;
}

/** This shard's part of a check result, and what it says about the shard. */
export function shardCheck(result: CheckResult, scope: CheckScope, shard: Shard): { result: CheckResult; shard: ShardSummary } {
  const units = unitsOf(scope);
  const names = new Set(units.map((u) => u.name));
  const mine = shardNames([...names], shard);
  const owned = (d: Diagnostic): boolean => {
    const unit = unitOf(d, scope, names);
    return unit ? mine.has(unit) : shard.index === 1;
  };
  const diagnostics = result.diagnostics.filter(owned);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const count = (kind: Unit['kind']): number => units.filter((u) => u.kind === kind && mine.has(u.name)).length;
  return {
    result: {
      ok: errors === 0,
      summary: { manuals: count('manual'), modules: count('module'), conferences: count('conference'), errors, warnings: diagnostics.length - errors },
      diagnostics,
    },
    shard: shardSummary(shard, 'manual or module', [...names], mine.size),
  };
}
