// The sample manuals' HTML edition: within the size budget, and the same bytes
// when built again. The sizes are printed for the record.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, SIZE_BUDGET } from '../../src/html/build-html.js';
import { loadProject } from '../../src/model/load-project.js';
import { EPOCH, REPO } from './samples.js';

describe('the sample manuals as HTML', () => {
  it('fit the size budget and give the same bytes twice', async () => {
    const project = loadProject(REPO).project;
    const [a, b] = [mkdtempSync(join(tmpdir(), 'promokit-html-a-')), mkdtempSync(join(tmpdir(), 'promokit-html-b-'))];
    const first = await buildHtml(project, { out: a!, sourceDateEpoch: EPOCH });
    expect(first.failures.map((f) => f.format())).toEqual([]);
    expect(first.outputs).toHaveLength(9);
    const second = await buildHtml(project, { out: b!, manuals: ['salud-mental'], sourceDateEpoch: EPOCH });
    for (const o of first.outputs) {
      console.log(`${o.path.slice(a!.length + 1)}  ${(o.bytes / 1024).toFixed(1)} KB`);
      if (o.langs.length === 1) expect(o.bytes, o.path).toBeLessThan(SIZE_BUDGET);
    }
    for (const o of second.outputs) {
      const name = o.path.slice(b!.length);
      expect(readFileSync(o.path).equals(readFileSync(join(a!, name))), name).toBe(true);
    }
    expect(second.outputs).toHaveLength(3);
  });
});
