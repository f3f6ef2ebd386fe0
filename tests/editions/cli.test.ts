// `promokit build` through the real CLI (dist/, built by `npm test`'s pretest).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoManual, writeProject } from './fixture.js';

describe('promokit build (CLI)', () => {
  it('builds, prints a JSON summary, exits 0; a bad module exits 1 naming file and line', async () => {
    const root = writeProject(demoManual('demo', 1));
    const ok = await runCli(['build', '--json', '--layout', 'sequential'], root);
    expect(ok.code).toBe(0);
    const summary = JSON.parse(ok.stdout) as { ok: boolean; outputs: { path: string; pages: number }[] };
    expect(summary.ok).toBe(true);
    expect(summary.outputs.map((o) => o.path)).toEqual(['out/demo/demo.es.pdf', 'out/demo/demo.en.pdf', 'out/demo/demo.es-en.pdf']);

    const bad = writeProject(demoManual('demo', 1, { allowRaw: true, extra: { 1: { en: '\n```{=typst}\n#nope()\n```\n' } } }));
    const r = await runCli(['build', '--lang', 'en'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manuals\/demo\/modules\/01-tema-1\/en\.md:\d+: module 01-tema-1 \(en\) does not compile: unknown variable: nope {2}typst-compile/);
    expect(existsSync(join(bad, 'out', 'demo', 'demo.en.pdf'))).toBe(false);
  }, 60_000);

  it('exits 2 on a bad option or an old pandoc', async () => {
    const root = writeProject(demoManual('demo', 1));
    expect((await runCli(['build', '--layout', 'zigzag'], root)).code).toBe(2);
    const r = await runCli(['build', '--pandoc', '/no/such/pandoc'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pandoc not found at /no/such/pandoc');
    expect((await runCli(['build', 'nope'], root)).code).toBe(2);
  });
});
