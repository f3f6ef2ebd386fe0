// `promokit build` with nothing to do: the whole-build record answers before
// the project, pandoc or Typst is loaded (src/cache/build-record.ts), and a
// changed source or a missing output means a real build again.
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoManual, writeProject } from './fixture.js';

interface Summary {
  ok: boolean;
  outputs: { path: string; upToDate: boolean }[];
  stats: { engines: string[]; converted: number; typeset: { modules: number; cached: number; fronts: number } };
}

const build = async (root: string): Promise<Summary> => {
  const r = await runCli(['build', '--json', '--lang', 'es', '--layout', 'single'], root, { SOURCE_DATE_EPOCH: '1700000000' });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Summary;
};

describe('a build with nothing to do', () => {
  it('loads no engine; a changed module or a missing output builds again', async () => {
    const root = writeProject(demoManual('demo', 2));
    const first = await build(root);
    expect(first.stats.engines).toEqual(['pandoc-wasm', 'typst']);

    const again = await build(root);
    expect(again.outputs.map((o) => [o.path, o.upToDate])).toEqual([['out/demo/demo.es.pdf', true]]);
    expect(again.stats.engines).toEqual([]);
    expect(again.stats.typeset).toEqual({ modules: 0, cached: 0, fronts: 0 });

    appendFileSync(join(root, 'manuals', 'demo', 'modules', '02-tema-2', 'es.md'), '\nUna línea más.\n');
    const changed = await build(root);
    expect(changed.outputs[0]!.upToDate).toBe(false);
    expect(changed.stats.converted).toBe(1);
    // The changed module alone is set again; the other and the glossary come from the cache.
    expect(changed.stats.typeset).toMatchObject({ modules: 1, cached: 2 });

    rmSync(join(root, 'out', 'demo', 'demo.es.pdf'));
    const rewritten = await build(root);
    expect(rewritten.outputs[0]!.upToDate).toBe(false);
    expect(rewritten.stats.engines).not.toContain('pandoc-wasm');
  }, 180_000);
});
