// allow_paths: a folder outside the project that manual.yaml lists may hold images.
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, MANUAL_YAML, moduleEs, SVG } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';

describe('build with allow_paths', () => {
  it('reads an image from an allowed folder outside the project, and refuses it without allow_paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-shared-'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/mapa.svg'), SVG);
    const es = moduleEs(`\n![Un mapa](../../../../../../../../..${join(dir, 'shared/mapa.svg')})\n`);
    const refused = demoProject({ [ES]: es });
    const r1 = await runCli(['build', '--lang', 'es', '--json'], refused);
    expect(r1.code).toBe(1);
    const f1 = (JSON.parse(r1.stdout) as { failures: { file: string; line: number; rule: string }[] }).failures;
    expect(f1).toEqual([expect.objectContaining({ file: ES, line: 33, rule: 'path-outside-project' })]);
    expect(existsSync(join(refused, 'out/demo/demo.es.pdf'))).toBe(false);

    const allowed = demoProject({ [ES]: es, 'manuals/demo/manual.yaml': `${MANUAL_YAML}allow_paths: [${join(dir, 'shared')}]\n` });
    const r2 = await runCli(['build', '--lang', 'es', '--json'], allowed);
    expect(r2.code, r2.stderr).toBe(0);
    expect(existsSync(join(allowed, 'out/demo/demo.es.pdf'))).toBe(true);
  });
});

describe('build refuses what check refuses in a glossary', () => {
  it('a term missing a language, or a glossary that does not parse: exit 1, the glossary named, no PDF', async () => {
    for (const glossary of [
      'terms:\n  - id: stress\n    es: { term: estrés, definition: Reacción del cuerpo. }\n',
      'terms: [x\n',
    ]) {
      const root = demoProject({ 'manuals/demo/glossary.yaml': glossary });
      const r = await runCli(['build', '--lang', 'es', '--json'], root);
      expect(r.code).toBe(1);
      const failures = (JSON.parse(r.stdout) as { failures: { file: string; rule: string }[] }).failures;
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.every((f) => f.file === 'manuals/demo/glossary.yaml')).toBe(true);
      expect(existsSync(join(root, 'out/demo/demo.es.pdf'))).toBe(false);
    }
  });
});
