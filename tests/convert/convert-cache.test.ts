// Conversions are cached under pandoc's exact version (src/convert/convert.ts):
// another version converts again, and a version that could not be read keeps
// conversions out of the cache altogether. The embedded pandoc converts; the
// Pandoc objects differ only in the version they report.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/cache/build-cache.js';
import { ModuleConverter, pendingConversions } from '../../src/convert/convert.js';
import type { Pandoc } from '../../src/convert/pandoc.js';
import { wasmPandoc, wasmVersion } from '../../src/convert/pandoc-wasm.js';
import { pandocWasmRoot } from '../../src/convert/pandoc-wasm-core.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';

/** The embedded pandoc, reporting `version`. */
function reporting(version: string | undefined): Pandoc {
  return { name: version ?? 'pandoc-wasm (version unreadable)', version, toTypst: (md, opts) => wasmPandoc().toTypst(md, opts) };
}

const root = writeProject(demoManual('demo', 1));
const manual = load(root).manuals[0]!;
const files = manual.modules.flatMap((module) => Object.values(module.files).flatMap((file) => (file ? [{ manual, module, file }] : [])));

/** Converts every file with a new converter on `cache`; returns its stats and the Typst. */
async function convertAll(pandoc: Pandoc, cache: BuildCache): Promise<{ converted: number; cached: number; typst: string[] }> {
  const converter = new ModuleConverter(async () => pandoc, pandoc.version, cache);
  const typst = await Promise.all(files.map(({ module, file }) => converter.convert(manual, module, file).then((c) => c.typst)));
  return { ...converter.stats, typst };
}

const typstEntries = (cache: BuildCache): string[] => (existsSync(join(cache.dir, 'typst')) ? readdirSync(join(cache.dir, 'typst')) : []);

describe('conversion cache and pandoc versions', () => {
  it('reads a conversion back under the same version and converts again under another', async () => {
    expect(files.length).toBe(2);
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-convert-cache-')));
    const first = await convertAll(reporting('pandoc-wasm 1.1.0 (pandoc 3.10)'), cache);
    expect(first).toMatchObject({ converted: 2, cached: 0 });
    expect(first.typst[0]).toContain('#let pk-sections');
    expect(typstEntries(cache)).toHaveLength(2);
    expect(await pendingConversions(cache, 'pandoc-wasm 1.1.0 (pandoc 3.10)', files)).toBe(0);

    const again = await convertAll(reporting('pandoc-wasm 1.1.0 (pandoc 3.10)'), cache);
    expect(again).toMatchObject({ converted: 0, cached: 2, typst: first.typst });

    // An upgrade: nothing the old version made is used.
    expect(await pendingConversions(cache, 'pandoc-wasm 1.2.0 (pandoc 3.11)', files)).toBe(2);
    const upgraded = await convertAll(reporting('pandoc-wasm 1.2.0 (pandoc 3.11)'), cache);
    expect(upgraded).toMatchObject({ converted: 2, cached: 0 });
    expect(typstEntries(cache)).toHaveLength(4);
  });

  it('neither reads nor writes the cache when the version could not be read', async () => {
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-convert-nocache-')));
    const versioned = await convertAll(reporting('pandoc-wasm 1.1.0 (pandoc 3.10)'), cache);
    expect(typstEntries(cache)).toHaveLength(2);

    const first = await convertAll(reporting(undefined), cache);
    expect(first).toMatchObject({ converted: 2, cached: 0, typst: versioned.typst });
    const second = await convertAll(reporting(undefined), cache);
    expect(second).toMatchObject({ converted: 2, cached: 0 });
    expect(typstEntries(cache)).toHaveLength(2);
    expect(await pendingConversions(cache, undefined, files)).toBe(2);
  });
});

describe('the embedded pandoc’s version', () => {
  it('is its package’s version and the pandoc version the package ships', () => {
    const pkgRoot = pandocWasmRoot();
    const pkg = (JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const pandoc = readFileSync(join(pkgRoot, 'pandoc-version.txt'), 'utf8').trim();
    expect(wasmVersion()).toBe(`pandoc-wasm ${pkg} (pandoc ${pandoc})`);
    expect(wasmPandoc().version).toBe(wasmVersion());
    expect(wasmPandoc().name).toBe(wasmVersion());
  });

  it('is unknown when either file is missing or holds no version', () => {
    const copy = mkdtempSync(join(tmpdir(), 'promokit-wasm-pkg-'));
    for (const f of ['package.json', 'pandoc-version.txt']) cpSync(join(pandocWasmRoot(), f), join(copy, f));
    expect(wasmVersion(copy)).toMatch(/^pandoc-wasm \d+\.\d+\.\d+ \(pandoc \d+(\.\d+)*\)$/);
    writeFileSync(join(copy, 'pandoc-version.txt'), 'unknown\n');
    expect(wasmVersion(copy)).toBeUndefined();
    rmSync(join(copy, 'pandoc-version.txt'));
    expect(wasmVersion(copy)).toBeUndefined();
    cpSync(join(pandocWasmRoot(), 'pandoc-version.txt'), join(copy, 'pandoc-version.txt'));
    writeFileSync(join(copy, 'package.json'), '{"name":"pandoc-wasm"}');
    expect(wasmVersion(copy)).toBeUndefined();
  });
});
