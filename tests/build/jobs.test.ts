import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/build/build.js';
import { UsageError } from '../../src/errors.js';
import { demoManual, load, writeProject } from './fixture.js';

describe('--jobs', () => {
  it('a pool of pandoc workers gives the same bytes as one in-process pandoc', async () => {
    const a = writeProject(demoManual('demo', 3));
    const b = writeProject(demoManual('demo', 3));
    const ra = await buildManuals(load(a), { out: join(a, 'out'), jobs: 1, layout: 'single' });
    const rb = await buildManuals(load(b), { out: join(b, 'out'), jobs: 2, layout: 'single' });
    expect(ra.failures).toEqual([]);
    expect(rb.failures).toEqual([]);
    expect(rb.stats.converted).toBe(6);
    for (const f of ['demo/demo.es.pdf', 'demo/demo.en.pdf']) {
      expect(Buffer.compare(readFileSync(join(a, 'out', f)), readFileSync(join(b, 'out', f)))).toBe(0);
    }
  }, 60_000);
  it('refuses a nonsense number', async () => {
    const a = writeProject(demoManual('demo', 1));
    await expect(buildManuals(load(a), { out: join(a, 'out'), jobs: 0 })).rejects.toThrow(UsageError);
  });
});
