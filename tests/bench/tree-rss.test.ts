// The bench's peak memory counts the whole process tree (src/bench/tree-rss.ts,
// timed-cli.ts): memory held by a grandchild process is in the figure, which
// the parent's own maxRSS would miss. Linux only (/proc).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runTimed } from '../../src/bench/timed-cli.js';
import { canSampleTree, treePids, treeRssKb } from '../../src/bench/tree-rss.js';

/** A node process whose child fills 200 MB and, once it has, says so and waits. */
const HOLDER = `const { spawn } = require('node:child_process');
const c = spawn(process.execPath, ['-e', "globalThis.b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('full'); setTimeout(() => {}, 60000)"], { stdio: ['ignore', 'pipe', 'inherit'] });
c.stdout.once('data', () => { process.stdout.write('full\\n'); if (process.argv[1] === 'exit') setTimeout(() => c.kill(), 500); });`;

describe.skipIf(!canSampleTree())('the peak memory of a process tree', () => {
  it('sums the memory of every process under the root', async () => {
    const root = spawn(process.execPath, ['-e', HOLDER], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => root.stdout.once('data', () => resolve()));
      const pids = treePids(root.pid!);
      expect(pids).toHaveLength(2);
      expect(pids[0]).toBe(root.pid);
      expect(treeRssKb(root.pid!)).toBeGreaterThan(200 * 1024);
    } finally {
      for (const pid of treePids(root.pid!).reverse()) process.kill(pid, 'SIGKILL');
    }
  }, 60_000);

  it('is what a timed run reports, more than the root process alone holds', () => {
    const r = runTimed([process.execPath, '-e', HOLDER, 'exit'], { cwd: process.cwd() });
    expect(r.status).toBe(0);
    expect(r.rssOf).toBe('tree');
    expect(r.stdout).toContain('full');
    expect(r.peakRssMb).toBeGreaterThan(200);
  }, 60_000);
});
