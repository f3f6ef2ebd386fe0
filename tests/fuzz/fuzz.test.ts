// Hostile and broken input, generated from one seed (FUZZ_SEED, default in
// generate.ts): every input through check in process, a seeded sample through
// the built CLI's `check` and `build --lang es`. Each failure names the seed
// and the input id; reproduce one with FUZZ_SEED=<seed> and the id, e.g.
//   FUZZ_SEED=20261122 FUZZ_ONLY=mutation-042 npx vitest run tests/fuzz
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInProcess } from './assert-check.js';
import { cliBuild, cliCheck, pooled, type CliContext } from './cli-sample.js';
import { fuzzSeed, generate, sample } from './generate.js';
import { makeCanary, type Canary } from './materialize.js';
import { traceFs, writePreload } from './trace.js';
import { EN, type Category, type FuzzInput } from './types.js';

const SEED = fuzzSeed();
const ONLY = process.env.FUZZ_ONLY?.split(',').filter(Boolean);
const ALL = generate(SEED);
const INPUTS = ONLY ? ALL.filter((i) => ONLY.includes(i.id)) : ALL;
const CATEGORIES: Category[] = ['yaml', 'front-matter', 'markdown', 'mutation', 'file-system'];
/** Samples for the spawned CLI: each spawn costs 0.5–3 s. */
const CHECK_SAMPLE = 40;
const BUILD_SAMPLE = 15;
/**
 * One input may take this long in process before it counts as a hang: the
 * slowest legitimate ones (a 3 MB file, 25,000 keys) take about 1 s here.
 */
const SLOW_MS = 5_000;

const tag = (i: FuzzInput): string => `[seed ${SEED}] ${i.id} (${i.title.slice(0, 120)})`;
const report = (failures: string[]): string => `${failures.length} failure(s):\n${failures.join('\n')}`;

let canary: Canary;
let ctx: CliContext;
beforeAll(() => {
  canary = makeCanary(SEED);
  const logs = realpathSync(mkdtempSync(join(tmpdir(), 'promokit-fuzz-logs-')));
  ctx = { canary, preload: writePreload(logs), logs };
});
afterAll(() => {
  rmSync(canary.dir, { recursive: true, force: true });
  rmSync(ctx.logs, { recursive: true, force: true });
});

describe(`fuzz: hostile and broken input (seed ${SEED})`, () => {
  it('the generator makes at least 300 inputs, every category represented, the same ones for the same seed', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(300);
    for (const c of CATEGORIES) expect(ALL.filter((i) => i.category === c).length, c).toBeGreaterThanOrEqual(20);
    expect(new Set(ALL.map((i) => i.id)).size).toBe(ALL.length);
    const again = generate(SEED);
    expect(again.map((i) => `${i.id} ${i.title}`)).toEqual(ALL.map((i) => `${i.id} ${i.title}`));
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, ALL.filter((i) => i.category === c).length]));
    console.log(`fuzz seed ${SEED}: ${ALL.length} inputs ${JSON.stringify(counts)}`);
  });

  it.each(CATEGORIES)('check in process, every %s input: no throw, findings inside the project, hostile input reported, nothing outside read', async (category) => {
    const inputs = INPUTS.filter((i) => i.category === category);
    const failures: string[] = [];
    const slow: string[] = [];
    const trace = traceFs(canary.dir);
    try {
      for (const input of inputs) {
        const r = checkInProcess(input, canary, trace);
        for (const p of r.problems) failures.push(`${tag(input)}: ${p}`);
        if (r.ms > SLOW_MS) failures.push(`${tag(input)}: check took ${Math.round(r.ms)} ms`);
        if (r.ms > 1000) slow.push(`${input.id} ${Math.round(r.ms)} ms`);
        // A turn of the event loop between inputs: vitest's runner wants an answer from this worker within 60 s.
        await new Promise((next) => setImmediate(next));
      }
    } finally {
      trace.stop();
    }
    if (slow.length) console.log(`fuzz ${category}: slowest: ${slow.join(', ')}`);
    expect(failures, report(failures)).toEqual([]);
  }, 120_000);

  it(`promokit check (CLI) on a seeded sample of ${CHECK_SAMPLE}: exit 1 or 2, no stack trace or internal error, the file named`, async () => {
    const first = [...INPUTS.filter((i) => i.usage), ...INPUTS.filter((i) => i.canary && i.category === 'file-system')];
    const chosen = sample(INPUTS, Math.min(CHECK_SAMPLE, INPUTS.length), SEED + 1, first);
    const results = await pooled(chosen, 3, (input) => cliCheck(input, ctx));
    console.log(`fuzz check sample: ${chosen.map((c) => c.id).join(', ')}`);
    const failures = chosen.flatMap((input, i) => results[i]!.map((p) => `${tag(input)}: ${p}`));
    expect(failures, report(failures)).toEqual([]);
  }, 150_000);

  it(`promokit build --lang es (CLI) on a seeded sample of ${BUILD_SAMPLE}: exit 1 or 2, nothing outside read, no partial output`, async () => {
    // `--lang es`: inputs that break only en.md would not stop it.
    const buildable = INPUTS.filter((i) => (i.buildFails || i.buildSample) && i.names !== EN);
    const chosen = sample(buildable, Math.min(BUILD_SAMPLE, buildable.length), SEED + 2, buildable.filter((i) => i.buildSample));
    // Three at a time: a build that hangs (killed after 30 s) does not hold up the others.
    const results = await pooled(chosen, 3, (input) => cliBuild(input, ctx));
    const failures = chosen.flatMap((input, i) => results[i]!.problems.map((p) => `${tag(input)}: ${p}`));
    console.log(`fuzz build sample: ${chosen.map((c, i) => `${c.id} ${Math.round(results[i]!.ms)} ms`).join(', ')}`);
    expect(failures, report(failures)).toEqual([]);
  }, 240_000);
});
