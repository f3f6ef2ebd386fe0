import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { demoManual, load, moduleMd, writeProject } from './fixture.js';

describe('Typst warnings', () => {
  it('come back with the output, naming the module file and line; the PDF is still written', async () => {
    const raw = '\n```{=typst}\n#text(size: 10pt)[ ** ]\n```\n';
    const files = demoManual('demo', 1, { allowRaw: true });
    const es = 'manuals/demo/modules/01-tema-1/es.md';
    files[es] = moduleMd('es', 1, raw);
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single', langs: ['es'] });
    expect(r.failures).toEqual([]);
    const [out] = r.outputs;
    expect(out!.pages).toBeGreaterThan(0);
    const line = String(files[es]).split('\n').findIndex((l) => l.startsWith('#text(size: 10pt)')) + 1;
    expect(out!.warnings.map((w) => [w.file, w.line, w.rule])).toEqual([[es, line, 'typst-warning']]);
    expect(out!.warnings[0]!.message).toContain('no text within stars');

    // Up to date on the next run: nothing set, so nothing to warn of.
    const again = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single', langs: ['es'] });
    expect(again.outputs[0]).toMatchObject({ upToDate: true, warnings: [] });
  }, 60_000);
});
