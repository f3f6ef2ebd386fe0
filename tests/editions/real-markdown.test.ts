// `promokit build` on ordinary CommonMark that other people write: thematic
// breaks, empty link destinations, image names with spaces, alt text over two
// lines, reference-style images; and manuals with a missing language file or
// no module at all.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { runCli } from '../helpers/cli.js';
import { demoManual, load, moduleMd, PICTURE_SVG, writeProject, type Files } from './fixture.js';
import { readPages } from './pdf-read.js';

const ES = 'manuals/demo/modules/01-tema-1/es.md';
const DIR = 'manuals/demo/modules/01-tema-1';

/** A one-module manual whose es.md ends with `extra`, built in Spanish alone. */
async function buildEs(extra: string, more: Files = {}): Promise<{ root: string; result: BuildResult; text: string }> {
  const files = demoManual('demo', 1);
  files[ES] = moduleMd('es', 1, `\n${extra}\n`);
  const root = writeProject({ ...files, ...more });
  const result = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single' });
  const pdf = join(root, 'out', 'demo', 'demo.es.pdf');
  const text = existsSync(pdf) ? (await readPages(new Uint8Array(readFileSync(pdf)))).map((p) => p.text).join('\n') : '';
  return { root, result, text };
}

function failures(r: BuildResult): string[] {
  return r.failures.map((f) => f.format());
}

describe('build: CommonMark as people write it', () => {
  it('sets a thematic break as a rule between the paragraphs', async () => {
    const { result, text } = await buildEs('ANTESDELARAYA\n\n***\n\nDESPUESDELARAYA\n\n---\n\nOTRAVEZ');
    expect(failures(result)).toEqual([]);
    expect(text).toMatch(/ANTESDELARAYA[^]*DESPUESDELARAYA[^]*OTRAVEZ/);
  }, 60_000);

  it('prints the text of a link with an empty destination', async () => {
    const { result, text } = await buildEs('Vea [LOSDATOS]() y [ELRESUMEN](#) aquí.');
    expect(failures(result)).toEqual([]);
    expect(text).toContain('Vea LOSDATOS y ELRESUMEN aquí.');
  }, 60_000);

  it('finds an image whose file name has a space, written percent-encoded', async () => {
    const { result, text } = await buildEs('![UNAFIGURA con espacio](img/a%20b.svg)', { [`${DIR}/img/a b.svg`]: PICTURE_SVG });
    expect(failures(result)).toEqual([]);
    expect(text).toContain('UNAFIGURA con espacio');
  }, 60_000);

  it('still names the image file that is missing, as written', async () => {
    const { result } = await buildEs('![Sin archivo](img/no%20hay.svg)');
    expect(result.failures.map((f) => [f.file, f.rule])).toEqual([[ES, 'image-missing']]);
    expect(result.failures[0]!.message).toContain('img/no%20hay.svg');
  }, 60_000);

  it('finds an image whose alt text runs over two lines', async () => {
    const { result, text } = await buildEs('![Una persona\nDOSLINEAS camina](img/dos.svg)', { [`${DIR}/img/dos.svg`]: PICTURE_SVG });
    expect(failures(result)).toEqual([]);
    expect(text).toContain('DOSLINEAS camina');
  }, 60_000);

  it('finds a reference-style image', async () => {
    const { result, text } = await buildEs('![LALUNA llena][lalune]\n\n![lalune][]\n\n[lalune]: img/lalune.svg', { [`${DIR}/img/lalune.svg`]: PICTURE_SVG });
    expect(failures(result)).toEqual([]);
    expect(text).toContain('LALUNA llena');
  }, 60_000);
});

describe('build: manuals that are not complete', () => {
  it('a module without es.md is an error naming that file; the en edition is still built', async () => {
    const files = demoManual('demo', 2);
    delete files['manuals/demo/modules/02-tema-2/es.md'];
    const root = writeProject(files);
    const result = await buildManuals(load(root), { out: join(root, 'out') });
    expect(result.failures.map((f) => [f.file, f.rule])).toEqual([['manuals/demo/modules/02-tema-2/es.md', 'language-file-missing']]);
    expect(result.outputs.map((o) => o.path.slice(root.length))).toEqual(['/out/demo/demo.en.pdf']);
    expect(readdirSync(join(root, 'out', 'demo')).filter((f) => f.endsWith('.pdf'))).toEqual(['demo.en.pdf']);

    const cli = await runCli(['build'], root);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('manuals/demo/modules/02-tema-2/es.md: module 02-tema-2 has no es.md');
    expect(cli.stderr).toContain('language-file-missing');
  }, 120_000);

  it('a manual whose module folders are all misnamed is an error naming its modules folder; no PDF is written', async () => {
    const files: Files = {};
    for (const [path, content] of Object.entries(demoManual('demo', 2))) {
      files[path.replace('modules/01-tema-1', 'modules/tema-uno').replace('modules/02-tema-2', 'modules/2-tema-dos')] = content;
    }
    const root = writeProject(files);
    const result = await buildManuals(load(root), { out: join(root, 'out') });
    expect(result.outputs).toEqual([]);
    expect(result.failures.map((f) => [f.file, f.rule])).toEqual([['manuals/demo/modules', 'no-modules']]);
    expect(result.failures[0]!.message).toContain('no modules found in manuals/demo/modules');
    expect(result.failures[0]!.message).toContain('"2-tema-dos", "tema-uno" are not named like that');
    expect(existsSync(join(root, 'out', 'demo'))).toBe(false);

    const cli = await runCli(['build'], root);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('manuals/demo/modules: no modules found');
    expect(existsSync(join(root, 'out', 'demo'))).toBe(false);
  }, 120_000);
});
