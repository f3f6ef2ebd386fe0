// `--shard k/n`: n CI jobs share one run, each making a fixed part of it.
// Every shard lists the same units of work (output files, decks, attendees,
// check's manuals and modules) from the same sources and options, sorts them
// by name and takes every n-th, starting at its k-th: the split is the same on
// every machine, each shard gets ⌊N/n⌋ or ⌈N/n⌉ units, and every unit (a whole
// output file) is made by exactly one shard, so the union of the shards'
// outputs is the unsharded run's. A hash of the sorted list (`plan`) lets
// merge-reports refuse shards that listed different work.
import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

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
  /** First 16 hex digits of the sha256 of the sorted unit names: equal in every shard of one run. */
  plan: string;
}

/** `2/3` → { index: 2, total: 3 }; a UsageError (exit 2) for anything else. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new UsageError(`--shard must be k/n with whole numbers, such as 1/4, not "${spec}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1) throw new UsageError(`--shard ${spec}: n must be 1 or more`);
  if (index < 1 || index > total) throw new UsageError(`--shard ${spec}: k must be from 1 to ${total}`);
  if (total > 10_000) throw new UsageError(`--shard ${spec}: at most 10000 shards`);
  return { index, total };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The names this shard takes from `names` (every name when there is no shard). */
export function shardNames(names: readonly string[], shard: Shard | undefined): Set<string> {
  const sorted = [...new Set(names)].sort(byName);
  if (!shard) return new Set(sorted);
  return new Set(sorted.filter((_, i) => i % shard.total === shard.index - 1));
}

/** The items of this shard, in their given order; `name` names each item's unit. */
export function pickShard<T>(items: readonly T[], name: (item: T) => string, shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const mine = shardNames(items.map(name), shard);
  return items.filter((item) => mine.has(name(item)));
}

/** The `shard` key of a summary: which shard, and how much of the run it took. */
export function shardSummary(shard: Shard, unit: string, names: readonly string[], assigned: number): ShardSummary {
  const sorted = [...new Set(names)].sort(byName);
  const plan = createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 16);
  return { index: shard.index, total: shard.total, unit, assigned, units: sorted.length, plan };
}
