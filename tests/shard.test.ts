// How --shard deals out the work (src/shard.ts).
import { describe, expect, it } from 'vitest';
import { parseShard, pickShard, shardNames, shardSummary } from '../src/shard.js';

const shards = (n: number) => Array.from({ length: n }, (_, i) => ({ index: i + 1, total: n }));

describe('shards', () => {
  it('split every list into parts that hold each unit once, whatever the order given', () => {
    const names = Array.from({ length: 23 }, (_, i) => `manual-${i % 4}/file-${i}.pdf`);
    for (const n of [1, 2, 3, 5, 23, 30]) {
      const parts = shards(n).map((s) => shardNames(names, s));
      expect(parts.flatMap((p) => [...p]).sort()).toEqual([...names].sort());
      const reversed = shards(n).map((s) => shardNames([...names].reverse(), s));
      expect(reversed).toEqual(parts);
      // Equal weights: round-robin over the sorted names, so ⌊N/n⌋ or ⌈N/n⌉ each.
      for (const p of parts) expect(p.size === Math.floor(23 / n) || p.size === Math.ceil(23 / n)).toBe(true);
    }
    expect([...shardNames(['c', 'a', 'b', 'd'], { index: 1, total: 2 })]).toEqual(['a', 'c']);
  });

  it('deal the heaviest units first, each to the lightest shard', () => {
    const units = [
      { name: 'a/a.es-en.pdf', weight: 8 },
      { name: 'a/a.es.pdf', weight: 4 },
      { name: 'a/a.en.pdf', weight: 4 },
      { name: 'b/b.es-en.pdf', weight: 2 },
      { name: 'b/b.es.pdf', weight: 1 },
      { name: 'b/b.en.pdf', weight: 1 },
    ];
    const [one, two] = shards(2).map((s) => shardNames(units, s));
    // 8 + 2 against 4 + 4 + 1 + 1.
    expect([...one!]).toEqual(['a/a.es-en.pdf', 'b/b.es-en.pdf']);
    expect([...two!]).toEqual(['a/a.en.pdf', 'a/a.es.pdf', 'b/b.en.pdf', 'b/b.es.pdf']);
  });

  it('pick items in their own order, and all of them without a shard', () => {
    const items = [{ id: 'z' }, { id: 'x' }, { id: 'y' }];
    expect(pickShard(items, (i) => i.id, { index: 1, total: 2 })).toEqual([{ id: 'z' }, { id: 'x' }]);
    expect(pickShard(items, (i) => i.id, undefined)).toEqual(items);
  });

  it('summarise the same plan in every shard of a run, and another for other work', () => {
    const a = shardSummary({ index: 1, total: 2 }, 'output', ['x', 'y', 'z'], 2);
    const b = shardSummary({ index: 2, total: 2 }, 'output', ['z', 'y', 'x'], 1);
    expect(a).toMatchObject({ index: 1, total: 2, unit: 'output', assigned: 2, units: 3 });
    expect(a.plan).toMatch(/^[0-9a-f]{16}$/);
    expect(b.plan).toBe(a.plan);
    expect(shardSummary({ index: 1, total: 2 }, 'output', ['x', 'y'], 1).plan).not.toBe(a.plan);
  });

  it('are written k/n with 1 ≤ k ≤ n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, total: 4 });
    for (const bad of ['0/1', '2/1', '1/0', '1', '1/2/3', 'a/2', '1.0/2', '', '-1/2', '1/10001']) expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });
});
