// The author's raw Typst: dropped unless manual.yaml sets `allow_raw: true`
// (templates/module.lua), and then set with a time limit in a child process
// (src/typeset/typeset.ts), so an endless loop fails its document instead of
// hanging the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { runCli } from '../helpers/cli.js';
import { demoManual, load, manualYaml, moduleMd, writeFiles, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

const ES = 'manuals/demo/modules/01-tema-1/es.md';
const RAW = ['```{=typst}', '#text(fill: red)[CRUDOBLOQUE]', '```', '', 'Texto con `#text[CRUDOSPAN]`{=typst} y `#text[CRUDOMAYUS]`{=TYPST} fin.', ''].join('\n');
const LOOP = '```{=typst}\n#for a in range(10000) { for b in range(10000) { for c in range(10000) {} } }\n```\n';

async function esText(root: string): Promise<string> {
  const pdf = new Uint8Array(readFileSync(join(root, 'out', 'demo', 'demo.es.pdf')));
  return (await readPages(pdf)).map((p) => p.text).join('\n');
}

describe('raw Typst in Markdown', () => {
  it('is dropped without allow_raw, kept with it; the conversion cache tells them apart', async () => {
    const files = demoManual('demo', 1);
    files[ES] = moduleMd('es', 1, `\n${RAW}\nDESPUES del crudo.\n`);
    const root = writeProject(files);
    const opts = { out: join(root, 'out'), langs: ['es'], layout: 'single' as const };

    const without = await buildManuals(load(root), opts);
    expect(without.failures.map((f) => f.format())).toEqual([]);
    const dropped = await esText(root);
    expect(dropped).toContain('DESPUES del crudo.');
    expect(dropped).toContain('Texto con y fin.');
    expect(dropped).not.toMatch(/CRUDO/);

    writeFiles(root, { 'manuals/demo/manual.yaml': manualYaml('demo', 'allow_raw: true\n') });
    const withRaw = await buildManuals(load(root), opts);
    expect(withRaw.failures.map((f) => f.format())).toEqual([]);
    expect(withRaw.stats.converted).toBe(1);
    const kept = await esText(root);
    expect(kept).toContain('CRUDOBLOQUE');
    expect(kept).toContain('CRUDOSPAN');
    // pandoc's Typst writer itself drops a format spelled `TYPST`.
    expect(kept).not.toContain('CRUDOMAYUS');
  }, 120_000);

  it('that never ends fails its documents with typeset-timeout; the CLI builds the rest and exits 1 in time', async () => {
    const files = demoManual('demo', 1);
    files['manuals/demo/manual.yaml'] = manualYaml('demo', 'allow_raw: true\n');
    files[ES] = moduleMd('es', 1, `\n${LOOP}`);
    const root = writeProject(files);
    const limit = 5;
    const started = Date.now();
    const r = await runCli(['build'], root, { PROMOKIT_TYPESET_TIMEOUT: String(limit), CI: '1' });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    // Two documents hold the loop (es, es-en): each is stopped at the limit.
    // The margin covers starting node, pandoc and Typst on a busy machine.
    expect(seconds).toBeLessThan(2 * limit + 60);
    // Editions are set in pieces: the piece holding the loop is named.
    expect(r.stderr).toContain(`manuals/demo/manual.yaml: demo, es edition, module 01-tema-1: Typst did not finish setting it within ${limit} s`);
    expect(r.stderr).toContain('demo, es-en edition (parallel), module 01-tema-1: Typst did not finish');
    expect(r.stderr).toMatch(/typeset-timeout/);
    expect(existsSync(join(root, 'out', 'demo', 'demo.en.pdf'))).toBe(true);
    expect(existsSync(join(root, 'out', 'demo', 'demo.es.pdf'))).toBe(false);
  }, 180_000);
});
