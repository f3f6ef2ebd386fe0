// A build whose pieces are set by a pool of Typst children
// (src/typeset/typeset-pool.ts) against one that sets them on the main
// thread: the same PDFs byte for byte, the same errors at the same Markdown
// lines, and no child process left once the build returns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { treePids } from '../../src/bench/tree-rss.js';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { demoManual, load, moduleMd, writeProject } from './fixture.js';

const ES1 = 'manuals/demo/modules/01-tema-1/es.md';
const ES2 = 'manuals/demo/modules/02-tema-2/es.md';
const TYPST = (code: string): string => `\`\`\`{=typst}\n${code}\n\`\`\``;
const saved = process.env.PROMOKIT_TYPESET_POOL;

afterEach(() => {
  if (saved === undefined) delete process.env.PROMOKIT_TYPESET_POOL;
  else process.env.PROMOKIT_TYPESET_POOL = saved;
});

/** Builds every edition into `out` with `children` Typst children (0: the main thread). */
async function build(root: string, out: string, children: number, onOutput?: () => void): Promise<BuildResult> {
  process.env.PROMOKIT_TYPESET_POOL = String(children);
  return buildManuals(load(root), { out: join(root, out), sourceDateEpoch: '1700000000', ...(onOutput ? { onOutput } : {}) });
}

/** This process's children running the Typst child script (Linux: from /proc). */
function typstChildren(): number[] {
  return treePids(process.pid).filter((pid) => pid !== process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('typeset-child'));
}

describe('a build with a pool of Typst children', () => {
  it('writes the same PDFs, byte for byte, as the main thread, and leaves no child', async () => {
    const root = writeProject(demoManual('demo', 3));
    const linux = existsSync('/proc/self/cmdline');
    const seen = new Set<number>();
    const main = await build(root, 'main', 0);
    const pooled = await build(root, 'pool', 2, () => {
      if (linux) for (const pid of typstChildren()) seen.add(pid);
    });
    expect(main.failures.map((f) => f.format())).toEqual([]);
    expect(pooled.failures.map((f) => f.format())).toEqual([]);
    expect(pooled.stats.typeset).toEqual(main.stats.typeset);
    const names = readdirSync(join(root, 'main', 'demo')).filter((n) => n.endsWith('.pdf')).sort();
    expect(names).toEqual(['demo.en.pdf', 'demo.es-en.pdf', 'demo.es.pdf']);
    for (const name of names) {
      const a = readFileSync(join(root, 'main', 'demo', name));
      const b = readFileSync(join(root, 'pool', 'demo', name));
      expect(b.equals(a), name).toBe(true);
    }
    if (linux) {
      expect(seen.size).toBeGreaterThan(0);
      expect(typstChildren()).toEqual([]);
      for (const pid of seen) expect(existsSync(`/proc/${pid}`), `child ${pid}`).toBe(false);
    }
  }, 240_000);

  it('reports every failing piece’s errors at their Markdown lines, as the main thread does', async () => {
    const files = demoManual('demo', 3, { allowRaw: true });
    files[ES1] = moduleMd('es', 1, `\nUn párrafo.\n\n${TYPST('#nosuchfn()')}\n`);
    files[ES2] = moduleMd('es', 2, `\nTexto.\n\n${TYPST('#let x = (1 + "a")')}\n`);
    const root = writeProject(files);
    const main = await build(root, 'main', 0);
    const pooled = await build(root, 'pool', 2);
    const lineOf = (file: string, start: string): number => String(files[file]).split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const found = pooled.failures.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message.replace(/^module \S+ \(es\) does not compile: /, '')}`);
    // Each module fails in the es edition and in the es-en one: the same finding, reported once.
    expect(found).toEqual([
      `${ES1}:${lineOf(ES1, '#nosuchfn()')} typst-compile unknown variable: nosuchfn`,
      `${ES2}:${lineOf(ES2, '#let x')} typst-compile cannot add integer and string`,
    ]);
    expect(pooled.failures.map((f) => f.format())).toEqual(main.failures.map((f) => f.format()));
    expect(pooled.outputs.map((o) => o.path.split('/').pop())).toEqual(['demo.en.pdf']);
  }, 240_000);
});
