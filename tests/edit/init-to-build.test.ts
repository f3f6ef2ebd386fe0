// The author's first ten minutes, through the real CLI: init in an empty
// folder, check, build, add a module, build again, make the packets.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages } from '../editions/pdf-read.js';
import { runCli } from '../helpers/cli.js';

interface BuildJson {
  ok: boolean;
  outputs: { path: string; pages: number; upToDate: boolean }[];
  stats: { converted: number; convertedFromCache: number };
}

describe('init → check → build', () => {
  it('works in an empty folder, and a new module is built on the next run', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'promokit-first-')), 'proyecto');
    const init = await runCli(['init', dir], tmpdir());
    expect(init.code).toBe(0);
    expect(init.stderr + init.stdout).toContain('manuals/mi-manual/modules/01-introduccion/es.md');

    const check = await runCli(['check', '--format', 'json'], dir);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, summary: { manuals: 1, modules: 1, conferences: 1, errors: 0, warnings: 0 } });

    // Not a terminal: one plain line per PDF, then the table.
    const build = await runCli(['build'], dir);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/^built {7}out\/mi-manual\/mi-manual\.es\.pdf {2}\d+ pages {2}\d+\.\d s$/m);
    expect(build.stderr).toMatch(/^3 PDFs \(3 built, 0 up to date\), \d+ pages, \d+\.\d s$/m);
    const es = await readPages(new Uint8Array(readFileSync(join(dir, 'out/mi-manual/mi-manual.es.pdf'))));
    expect(es[0]!.text).toContain('Mi manual');

    const added = await runCli(['new', 'module', 'mi-manual', 'segundo-tema'], dir);
    expect(added.code).toBe(0);
    expect((await runCli(['check'], dir)).code).toBe(0);
    const again = JSON.parse((await runCli(['build', '--json'], dir)).stdout) as BuildJson;
    expect(again.ok).toBe(true);
    expect(again.stats).toMatchObject({ converted: 2, convertedFromCache: 2 });
    expect(again.outputs.every((o) => !o.upToDate && o.pages > es.length)).toBe(true);

    const packet = await runCli(['packet', 'manuals/conferencia/conference.yaml'], dir);
    expect(packet.code).toBe(0);
    expect(packet.stderr + packet.stdout).toContain('out/packets/conferencia/print.pdf');
  }, 120_000);
});
