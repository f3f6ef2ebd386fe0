// A build's Typst children (src/typeset/typeset-pool.ts): the same bytes as
// the main thread's compiler, Typst errors as compileTypst gives them, a time
// limit when asked, documents needed now before those asked for ahead, and
// no child left once the pool is closed. The children run from dist/ (npm
// test builds it first).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTypst, TypstCompileError, type CompileInput } from '../../src/typeset/compile.js';
import { TypesetTimeoutError } from '../../src/typeset/typeset-process.js';
import { TypesetPool, typesetChildren } from '../../src/typeset/typeset-pool.js';

const doc = (main: string): CompileInput => ({
  files: new Map([['/main.typ', `#set text(font: "Atkinson Hyperlegible", fallback: false)\n${main}`]]),
  mainPath: '/main.typ',
  timestamp: 1_700_000_000,
  query: '<pk-squeezed>',
});

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A pool of `size` children for `test`, closed after it whatever happens. */
async function withPool(size: number, test: (pool: TypesetPool) => Promise<void>): Promise<void> {
  const pool = new TypesetPool(size);
  try {
    await test(pool);
  } finally {
    await pool.close();
  }
}

describe('TypesetPool', () => {
  it(
    'sets each document byte for byte as the main thread does, two children side by side',
    () =>
      withPool(2, async (pool) => {
        const inputs = Array.from({ length: 4 }, (_, i) =>
          doc(`= Parte ${i}\n\n${'Las promotoras acompañan a las familias. '.repeat(40 * (i + 1))}\n\n#metadata("tabla ${i}") <pk-squeezed>`),
        );
        const pooled = await Promise.all(inputs.map((input) => pool.compile(input)));
        expect(pool.pids()).toHaveLength(2);
        inputs.forEach((input, i) => {
          const own = compileTypst(input);
          expect(Buffer.from(pooled[i]!.pdf).equals(Buffer.from(own.pdf)), `document ${i}`).toBe(true);
          expect(pooled[i]!.pages).toBe(own.pages);
          expect(pooled[i]!.queried).toEqual([`tabla ${i}`]);
        });
      }),
    120_000,
  );

  it(
    'reports Typst errors with file and line, and goes on with the next document',
    () =>
      withPool(2, async (pool) => {
        const [bad, good] = await Promise.allSettled([pool.compile(doc('Bien.\n#nosuchfn()')), pool.compile(doc('Sigue.'))]);
        expect(bad.status).toBe('rejected');
        const err = (bad as PromiseRejectedResult).reason as unknown;
        expect(err).toBeInstanceOf(TypstCompileError);
        expect((err as TypstCompileError).diagnostics[0]).toMatchObject({ path: '/main.typ', line: 3, severity: 'error' });
        expect(good.status === 'fulfilled' && good.value.pages).toBe(1);
      }),
    120_000,
  );

  it(
    'stops a document past its limit, and its child is replaced',
    () =>
      withPool(1, async (pool) => {
        const loop = pool.compile(doc('#for a in range(10000) { for b in range(10000) { for c in range(10000) {} } }'), () => 2);
        await expect(loop).rejects.toBeInstanceOf(TypesetTimeoutError);
        expect((await pool.compile(doc('Otra vez.'))).pages).toBe(1);
      }),
    120_000,
  );

  it(
    'sets documents needed now before those asked for ahead, and moves one up once it is needed',
    () =>
      withPool(1, async (pool) => {
        const order: string[] = [];
        const track = (name: string, p: Promise<unknown>): Promise<unknown> => p.then(() => order.push(name));
        const asked = [
          track('a1', pool.lane({ lane: 'ahead' }).compile(doc('Uno.'))),
          track('a2', pool.lane({ lane: 'ahead' }).compile(doc('Dos.'))),
          track('a3', pool.lane({ lane: 'ahead' }).compile(doc('Tres.'))),
          track('n1', pool.lane({ lane: 'now' }).compile(doc('Cuatro.'))),
        ];
        // Needed now while it waits: it goes before a3, which was asked for first.
        const a4 = { lane: 'ahead' as 'ahead' | 'now' };
        asked.push(track('a4', pool.lane(a4).compile(doc('Cinco.'))));
        a4.lane = 'now';
        await Promise.all(asked);
        // a1 took the one child at once; then the documents needed now, in the order asked; then the rest.
        expect(order).toEqual(['a1', 'n1', 'a4', 'a2', 'a3']);
      }),
    120_000,
  );

  it('leaves no child process once closed', async () => {
    const pool = new TypesetPool(2);
    await Promise.all([pool.compile(doc('Uno.')), pool.compile(doc('Dos.'))]);
    const pids = pool.pids();
    expect(pids).toHaveLength(2);
    await pool.close();
    for (const pid of pids) {
      expect(running(pid), `child ${pid}`).toBe(false);
      if (existsSync('/proc')) expect(existsSync(`/proc/${pid}`)).toBe(false);
    }
    await expect(pool.compile(doc('Tarde.'))).rejects.toThrow(/closed/);
  }, 120_000);

  it('has one child a job, at most one a core; none with one job or one core', () => {
    expect(typesetChildren(2, 2, {})).toBe(2);
    expect(typesetChildren(4, 2, {})).toBe(2);
    expect(typesetChildren(2, 8, {})).toBe(2);
    expect(typesetChildren(1, 8, {})).toBe(0);
    expect(typesetChildren(4, 1, {})).toBe(0);
    expect(typesetChildren(1, 1, { PROMOKIT_TYPESET_POOL: '2' })).toBe(2);
    expect(typesetChildren(2, 2, { PROMOKIT_TYPESET_POOL: '0' })).toBe(0);
  });
});
