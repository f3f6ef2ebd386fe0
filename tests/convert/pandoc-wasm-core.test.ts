// A pandoc-wasm instance that stops (here: its Haskell heap capped so low that
// a long module exhausts it) reports why, and a new instance from the same
// compiled module converts again: what the build relies on after a crash.
import { describe, expect, it } from 'vitest';
import { compiledPandoc, PandocCrash, startPandoc } from '../../src/convert/pandoc-wasm-core.js';

const longModule = Array.from({ length: 300 }, (_, i) => `Párrafo ${i} con *énfasis* y [un enlace](https://example.org/${i}).`).join('\n\n');

describe('pandoc-wasm instance', () => {
  it('says the runtime ran out of memory, and a fresh instance works', async () => {
    const module = await compiledPandoc();
    const starved = await startPandoc(module, ['-A1m', '-M2m']);
    let crash: unknown;
    try {
      starved.convert({ from: 'commonmark_x', to: 'typst' }, longModule);
    } catch (err) {
      crash = err;
    }
    expect(crash).toBeInstanceOf(PandocCrash);
    expect((crash as PandocCrash).message).toMatch(/^pandoc-wasm stopped: .*out of memory/);

    const fresh = await startPandoc(module);
    const out = fresh.convert({ from: 'commonmark_x', to: 'typst' }, longModule);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('Párrafo 299 con #emph[énfasis]');
  }, 30_000);
});
