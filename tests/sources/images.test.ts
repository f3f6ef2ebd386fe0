// Images and logos as untrusted input (src/sources/images.ts): confined to the
// project, regular files, bounded in bytes, in pixels (read from the header
// before Typst sees the file) and, for SVG, in nesting and elements.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { checkImage, scanSvg } from '../../src/sources/images.js';
import { LIMITS } from '../../src/limits.js';
import { runCli } from '../helpers/cli.js';
import { demoManual, load, LOGO_SVG, moduleMd, writeProject } from '../editions/fixture.js';
import { nestedSvg, pngClaiming, wideSvg } from './image-bytes.js';

describe('checkImage: sizes read from the header', () => {
  it('refuses a PNG whose header claims 100,000 × 100,000 pixels, and accepts an ordinary size', () => {
    const bomb = checkImage(pngClaiming(100_000, 100_000));
    expect(bomb?.rule).toBe('input-too-large');
    expect(bomb?.message).toContain('100,000 × 100,000 pixels');
    expect(checkImage(pngClaiming(4_000, 3_000))).toBeUndefined();
  });

  it('refuses a side past the limit even when the pixel count is small', () => {
    expect(checkImage(pngClaiming(LIMITS.imageSide + 1, 10))?.rule).toBe('input-too-large');
    expect(checkImage(pngClaiming(LIMITS.imageSide, 10))).toBeUndefined();
  });

  it('calls a PNG with a damaged header invalid, and leaves formats it does not know to Typst', () => {
    const damaged = Buffer.concat([pngClaiming(10, 10).subarray(0, 8), Buffer.from('garbage, not an IHDR chunk')]);
    expect(checkImage(damaged)?.rule).toBe('image-invalid');
    expect(checkImage(Buffer.from('hello'))).toBeUndefined();
  });
});

describe('checkImage: SVG nesting and elements', () => {
  it('refuses 100,000 nested groups (a crash of Typst before) and accepts the limit', () => {
    const deep = checkImage(Buffer.from(nestedSvg(100_000)));
    expect(deep?.rule).toBe('too-deep');
    expect(deep?.message).toContain(`more than ${LIMITS.svgDepth} deep (line 1 of the SVG)`);
    expect(checkImage(Buffer.from(nestedSvg(LIMITS.svgDepth - 1)))).toBeUndefined();
  });

  it('refuses more elements than the limit', () => {
    expect(checkImage(Buffer.from(wideSvg(LIMITS.svgElements + 1)))?.rule).toBe('input-too-large');
    expect(checkImage(Buffer.from(wideSvg(1_000)))).toBeUndefined();
  });

  it('looks inside a gzipped SVG (SVGZ), and refuses one that unpacks past the byte limit', () => {
    expect(checkImage(gzipSync(nestedSvg(100_000)))?.rule).toBe('too-deep');
    expect(checkImage(gzipSync(Buffer.alloc(LIMITS.imageBytes + 1, ' ')))?.rule).toBe('input-too-large');
  });

  it('does not count what is in comments, CDATA, the doctype or quoted values', () => {
    const svg = `<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x "<g>"> ]>\n<svg><!-- <g><g> --><![CDATA[<g><g>]]><rect title="a>b<g>"/><g></g></svg>`;
    expect(scanSvg(svg, 2, 10)).toBeUndefined();
    expect(scanSvg(svg, 1, 10)?.rule).toBe('too-deep');
    expect(scanSvg(svg, 2, 2)?.rule).toBe('input-too-large');
  });
});

describe('build: images and logos that must not be read', () => {
  it('names file, line and rule for each; nothing is written and the process lives on', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'promokit-outside-')));
    writeFileSync(join(outside, 'secreto.svg'), LOGO_SVG);
    writeFileSync(join(outside, 'logo.svg'), LOGO_SVG);
    const refs = [
      '![Fuera](img/fuera.svg)',
      '![Sube](../../../../../fuera.svg)',
      '![Tubo](img/tubo.svg)',
      '![Carpeta](img/carpeta.svg)',
      '![Enorme](img/enorme.png)',
      '![Bomba](img/bomba.png)',
      '![Hondo](img/hondo.svg)',
    ];
    const files = demoManual('demo', 1);
    const esPath = 'manuals/demo/modules/01-tema-1/es.md';
    files[esPath] = moduleMd('es', 1, `\n${refs.join('\n\n')}\n`);
    files['manuals/demo/modules/01-tema-1/img/bomba.png'] = pngClaiming(100_000, 100_000);
    files['manuals/demo/modules/01-tema-1/img/hondo.svg'] = nestedSvg(100_000);
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml']).replace('img/clinica.svg', 'img/logo-fuera.svg');
    const root = writeProject(files);
    const img = join(root, 'manuals/demo/modules/01-tema-1/img');
    symlinkSync(join(outside, 'secreto.svg'), join(img, 'fuera.svg'));
    symlinkSync(join(outside, 'logo.svg'), join(root, 'manuals/demo/img/logo-fuera.svg'));
    execFileSync('mkfifo', [join(img, 'tubo.svg')]);
    mkdirSync(join(img, 'carpeta.svg'));
    writeFileSync(join(img, 'enorme.png'), '');
    truncateSync(join(img, 'enorme.png'), 30 * 1024 * 1024); // sparse: no disk spent

    const r = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single' });
    expect(r.outputs).toEqual([]);
    const lines = readFileSync(join(root, esPath), 'utf8').split('\n');
    const lineOf = (ref: string): number => lines.indexOf(ref) + 1;
    const got = r.failures.map((f) => [f.file, f.line, f.rule]);
    expect(got).toEqual(
      expect.arrayContaining([
        [esPath, lineOf(refs[0]!), 'path-outside-project'],
        [esPath, lineOf(refs[1]!), 'path-outside-project'],
        [esPath, lineOf(refs[2]!), 'file-unreadable'],
        [esPath, lineOf(refs[3]!), 'file-unreadable'],
        [esPath, lineOf(refs[4]!), 'input-too-large'],
        [esPath, lineOf(refs[5]!), 'input-too-large'],
        [esPath, lineOf(refs[6]!), 'too-deep'],
        ['manuals/demo/manual.yaml', undefined, 'path-outside-project'],
      ]),
    );
    expect(got).toHaveLength(8);
    const text = r.failures.map((f) => f.format()).join('\n');
    expect(text).toContain(`image img/fuera.svg leads outside the project, to ${join(outside, 'secreto.svg')}`);
    expect(text).toContain(`image ../../../../../fuera.svg leads outside the project, to ${join(root, '..', 'fuera.svg')}`);
    expect(text).toContain(`logo of Clínica del Valle img/logo-fuera.svg leads outside the project, to ${join(outside, 'logo.svg')}`);
    expect(text).toContain('image img/tubo.svg: it is not a regular file');
    expect(text).toContain('image img/carpeta.svg: it is a folder, not a file');
    expect(text).toContain('image img/enorme.png: the file is 30.0 MB, more than the 25.0 MB an image may have; make it smaller');
  }, 120_000);
});

describe('promokit build with a PNG that claims 100,000 × 100,000 pixels', () => {
  it('exits 1 with input-too-large (the process aborted with 134 before)', async () => {
    const files = demoManual('demo', 1);
    files['manuals/demo/modules/01-tema-1/es.md'] = moduleMd('es', 1, '\n![Bomba](img/bomba.png)\n');
    files['manuals/demo/modules/01-tema-1/img/bomba.png'] = pngClaiming(100_000, 100_000);
    const root = writeProject(files);
    const r = await runCli(['build', '--lang', 'es', '--layout', 'single'], root, { CI: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manuals\/demo\/modules\/01-tema-1\/es\.md:\d+: image img\/bomba\.png: it is 100,000 × 100,000 pixels .* {2}input-too-large/);
  }, 120_000);
});
