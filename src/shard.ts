// `--shard k/n`: n CI jobs share one run, each making a fixed part of it.
// Every shard lists the same units of work (output files, decks, attendees,
// check's manuals and modules) from the same sources and options, and deals
// them out the same way: heaviest first (a unit's weight estimates its cost:
// for an output file, the module pages it sets), ties by name, each to the
// shard with the least weight so far (the lowest-numbered on a tie). With
// equal weights that is round-robin over the sorted names. The deal is the
// same on every machine; every unit (a whole output file) is made by exactly
// one shard, so the union of the shards' outputs is the unsharded run's. A
// hash of the list (`plan`) lets merge-reports refuse shards that listed
// different work.
import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** One unit of work: its name (unique in the run) and, when units differ in cost, a weight (default 1). */
export type ShardUnit = string | { name: string; weight: number };

/** What a shard's --json summary says about it (the `shard` key). */
export interface ShardSummary {
  index: number;
  total: number;
  /** What a unit of work is: `output`, `deck`, `attendee`, `manual or module`. */
  unit: string;
  /** Units this shard took. */
  assigned: number;
  /** Units of the whole run. */
  units: number;
  /** First 16 hex digits of the sha256 of the sorted units: equal in every shard of one run. */
  plan: string;
}

export const MAX_SHARDS = 10_000;

/** `2/3` → { index: 2, total: 3 }; a UsageError (exit 2) for anything else. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new UsageError(`--shard must be k/n with whole numbers, such as 1/4, not "${spec}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1) throw new UsageError(`--shard ${spec}: n must be 1 or more`);
  if (index < 1 || index > total) throw new UsageError(`--shard ${spec}: k must be from 1 to ${total}`);
  if (total > MAX_SHARDS) throw new UsageError(`--shard ${spec}: at most ${MAX_SHARDS} shards`);
  return { index, total };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each unit once, heaviest first, then by name. */
function ordered(units: readonly ShardUnit[]): { name: string; weight: number }[] {
  const seen = new Map<string, number>();
  for (const u of units) {
    const [name, weight] = typeof u === 'string' ? [u, 1] : [u.name, Math.max(0, u.weight)];
    seen.set(name, Math.max(seen.get(name) ?? 0, weight));
  }
  return [...seen].map(([name, weight]) => ({ name, weight })).sort((a, b) => b.weight - a.weight || byName(a.name, b.name));
}

/** The names of the units this shard takes (every name when there is no shard). */
export function shardNames(units: readonly ShardUnit[], shard: Shard | undefined): Set<string> {
  const list = ordered(units);
  if (!shard) return new Set(list.map((u) => u.name));
  const loads = new Array<number>(shard.total).fill(0);
  const mine = new Set<string>();
  for (const u of list) {
    let least = 0;
    for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[least]!) least = i;
    // A unit of weight 0 still counts, so that such units too are dealt round.
    loads[least]! += u.weight || Number.EPSILON;
    if (least === shard.index - 1) mine.add(u.name);
  }
  return mine;
}

/** The items of this shard, in their given order; `unit` names (and weighs) each item's unit. */
export function pickShard<T>(items: readonly T[], unit: (item: T) => ShardUnit, shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const name = (item: T): string => {
    const u = unit(item);
    return typeof u === 'string' ? u : u.name;
  };
  const mine = shardNames(items.map(unit), shard);
  return items.filter((item) => mine.has(name(item)));
}

/** The `shard` key of a summary: which shard, and how much of the run it took. */
export function shardSummary(shard: Shard, unit: string, units: readonly ShardUnit[], assigned: number): ShardSummary {
  const list = ordered(units);
  const plan = createHash('sha256')
    .update(list.map((u) => `${u.name}\t${u.weight}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { index: shard.index, total: shard.total, unit, assigned, units: list.length, plan };
}
