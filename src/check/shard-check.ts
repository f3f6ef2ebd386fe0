// `check --shard k/n`: every shard checks the whole project (cheap: no
// typesetting), so that the rules that look across a manual's modules (ids,
// glossary, links) still see all of it, and reports only its share: the
// findings and counts of its manuals and modules (and conferences), dealt
// round the shards by name (src/shard.ts). The shards' findings and counts
// add up to those of one unsharded check.
import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedProject } from '../model/load-project.js';
import { shardNames, shardSummary, type Shard, type ShardSummary } from '../shard.js';
import type { CheckResult } from './run-check.js';

type Unit = { kind: 'manual' | 'module' | 'conference'; name: string };

/** Every unit checked: each manual (its manual.yaml, glossary…), each module in scope, each conference. */
function unitsOf(loaded: LoadedProject): Unit[] {
  const units: Unit[] = [];
  for (const m of loaded.project.manuals) {
    units.push({ kind: 'manual', name: m.id });
    const keep = loaded.moduleFilter?.get(m.id);
    for (const mod of m.modules) if (!keep || keep.has(mod.id)) units.push({ kind: 'module', name: `${m.id}/${mod.id}` });
  }
  for (const id of loaded.brokenManuals) units.push({ kind: 'manual', name: id });
  for (const c of loaded.project.conferences) units.push({ kind: 'conference', name: `conference:${c.id}` });
  return units;
}

/** The unit a finding belongs to; undefined for one of no manual, module or conference (shard 1 reports those). */
function unitOf(d: Diagnostic, loaded: LoadedProject, names: ReadonlySet<string>): string | undefined {
  if (d.manual && d.module && names.has(`${d.manual}/${d.module}`)) return `${d.manual}/${d.module}`;
  if (d.manual && names.has(d.manual)) return d.manual;
  const conf = loaded.project.conferences.find((c) => d.file.startsWith(`${c.relDir}/`));
  return conf ? `conference:${conf.id}` : undefined;
}

/** This shard's part of a check result, and what it says about the shard. */
export function shardCheck(result: CheckResult, loaded: LoadedProject, shard: Shard): { result: CheckResult; shard: ShardSummary } {
  const units = unitsOf(loaded);
  const names = new Set(units.map((u) => u.name));
  const mine = shardNames([...names], shard);
  const owned = (d: Diagnostic): boolean => {
    const unit = unitOf(d, loaded, names);
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
