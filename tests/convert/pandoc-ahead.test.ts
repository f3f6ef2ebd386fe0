// pandoc started ahead of a build (src/convert/pandoc-ahead.ts): only with a
// thread allowed and a core to spare; what it converts is tested with the
// build (tests/editions/jobs.test.ts).
import { describe, expect, it } from 'vitest';
import { pandocAhead } from '../../src/convert/pandoc-ahead.js';
import { PooledPandoc } from '../../src/convert/pandoc-pool.js';

describe('pandocAhead', () => {
  it('starts nothing with --jobs 1 or without a spare core', () => {
    expect(pandocAhead(1, 2)).toBeUndefined();
    expect(pandocAhead(4, 0.5)).toBeUndefined();
  });

  it('starts a one-thread pandoc that converts like the in-process one', async () => {
    const ahead = pandocAhead(2, 1);
    expect(ahead).toBeInstanceOf(PooledPandoc);
    try {
      const typst = await ahead!.toTypst('## Hola {#hola}\n\nUna *frase*.\n', { module: '01-a', lang: 'es', base: '/src/m/modules/01-a' });
      expect(typst).toContain('pk:01-a:es:hola');
      expect(typst).toContain('#emph[frase]');
    } finally {
      await ahead!.close();
    }
  }, 60_000);
});
