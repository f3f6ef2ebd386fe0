// A system pandoc (src/convert/pandoc-system.ts, pandoc-locate.ts): a bare
// name is looked up on PATH, a path with a slash is taken from the working
// folder, the version is read from `--version`, and every refusal is a usage
// error (exit 2) with an exact message. Fake pandocs are shell scripts in
// temporary folders; a real pandoc ≥ 3.1.2, when one is on PATH, builds a manual.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import which from 'which';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_PANDOC, parsePandocVersion, systemPandoc, versionAtLeast } from '../../src/convert/pandoc-system.js';
import { buildManuals } from '../../src/editions/build.js';
import { UsageError } from '../../src/errors.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';
import { readPages } from '../editions/pdf-read.js';

const opts = { module: '01-estres', lang: 'es', base: '/src/manuals/m/modules/01-estres' };
const FALLBACK = 'to use the pandoc built into promokit instead, leave out --pandoc and unset PROMOKIT_PANDOC';

/** Answers `--version` with `versionLine`; otherwise runs `convert` (sh) on the Markdown it reads. */
function fakePandoc(versionLine: string, convert = 'printf "#let pk-intro = [%s]\\n" "$(cat)"', name = 'pandoc'): string {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-fake-pandoc-'));
  writeFileSync(join(dir, name), `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "${versionLine}"; echo "Features: +server +lua"; exit 0; fi\n${convert}\n`);
  chmodSync(join(dir, name), 0o755);
  return dir;
}

/** The UsageError `p` rejects with. */
async function refusal(p: Promise<unknown>): Promise<UsageError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  expect((err as UsageError).exitCode).toBe(2);
  return err as UsageError;
}

describe('pandoc versions', () => {
  it('are read from the first line of --version and compared on three numbers', () => {
    expect(parsePandocVersion('pandoc 3.1.12.2')).toEqual({ text: '3.1.12.2', numbers: [3, 1, 12] });
    expect(parsePandocVersion('pandoc.exe 3.2')).toEqual({ text: '3.2', numbers: [3, 2, 0] });
    expect(parsePandocVersion('pandoc 3.6-dev')).toEqual({ text: '3.6-dev', numbers: [3, 6, 0] });
    expect(parsePandocVersion('bash 5.1')).toBeUndefined();
    expect(parsePandocVersion('pandoc-citeproc 0.17')).toBeUndefined();
    expect(versionAtLeast([3, 1, 2], MIN_PANDOC)).toBe(true);
    expect(versionAtLeast([3, 1, 1], MIN_PANDOC)).toBe(false);
    expect(versionAtLeast([2, 17, 0], MIN_PANDOC)).toBe(false);
    expect(versionAtLeast([4, 0, 0], MIN_PANDOC)).toBe(true);
  });
});

describe('--pandoc pandoc: looked up on PATH', () => {
  const saved = process.env.PATH;
  let cwd: string;
  beforeEach(() => {
    // A working folder holding a `pandoc` of its own: a bare name must not find it.
    cwd = fakePandoc('pandoc 9.9');
  });
  afterEach(() => {
    process.env.PATH = saved;
  });

  it('finds the first pandoc on PATH, reads its version, and converts through it', async () => {
    const dir = fakePandoc('pandoc 3.1.2');
    process.env.PATH = [dir, saved].join(delimiter);
    const pandoc = await systemPandoc('pandoc', { cwd });
    expect(pandoc.name).toBe(`pandoc 3.1.2 (${join(dir, 'pandoc')})`);
    expect(pandoc.version).toBe('pandoc 3.1.2');
    expect(await pandoc.toTypst('hola', opts)).toBe('#let pk-intro = [hola]\n');
  });

  it('refuses one older than 3.1.2, naming the path found and its version', async () => {
    const dir = fakePandoc('pandoc 2.19');
    process.env.PATH = [dir, saved].join(delimiter);
    const err = await refusal(systemPandoc('pandoc', { cwd }));
    expect(err.message).toBe(
      `pandoc at ${join(dir, 'pandoc')} (found on PATH for "pandoc") is version 2.19, but promokit needs pandoc 3.1.2 or newer ` +
        `(older versions lack the Typst writer features it uses); install a newer one (https://pandoc.org/installing.html), or, ${FALLBACK}`,
    );
  });

  it('says which folders it searched when there is none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'promokit-no-pandoc-'));
    process.env.PATH = empty;
    const err = await refusal(systemPandoc('pandoc', { cwd }));
    expect(err.message).toBe(`pandoc not found: no "pandoc" in any folder of PATH (${empty}); give its path, or, ${FALLBACK}`);
    const none = await refusal(systemPandoc('pandoc', { cwd, pathEnv: '' }));
    expect(none.message).toBe(`pandoc not found: no "pandoc" in any folder of PATH (it is empty); give its path, or, ${FALLBACK}`);
  });
});

describe('--pandoc with a slash: a path from the working folder', () => {
  it('takes a relative path from the working folder, not from PATH', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'promokit-cwd-'));
    const bin = fakePandoc('pandoc 3.6.1');
    mkdirSync(join(cwd, 'bin'));
    writeFileSync(join(cwd, 'bin', 'pandoc'), readFileSync(join(bin, 'pandoc')), { mode: 0o755 });
    const pandoc = await systemPandoc('./bin/pandoc', { cwd, pathEnv: '' });
    expect(pandoc.name).toBe(`pandoc 3.6.1 (${join(cwd, 'bin', 'pandoc')})`);
    const err = await refusal(systemPandoc('tools/pandoc', { cwd }));
    expect(err.message).toBe(`pandoc not found at ${join(cwd, 'tools', 'pandoc')} ("tools/pandoc" from the working folder ${cwd}); ${FALLBACK}`);
  });

  it('names a pandoc that does not exist, and one it cannot run, with the system error', async () => {
    expect((await refusal(systemPandoc('/no/such/pandoc'))).message).toBe(`pandoc not found at /no/such/pandoc; ${FALLBACK}`);
    const dir = fakePandoc('pandoc 3.6.1');
    chmodSync(join(dir, 'pandoc'), 0o644);
    const path = join(dir, 'pandoc');
    expect((await refusal(systemPandoc(path))).message).toBe(`cannot run pandoc at ${path}: spawn ${path} EACCES; ${FALLBACK}`);
  });

  it('refuses a program that is not pandoc, quoting what it printed', async () => {
    const path = join(fakePandoc('GNU bash, version 5.1'), 'pandoc');
    expect((await refusal(systemPandoc(path))).message).toBe(`${path} does not look like pandoc: \`--version\` printed "GNU bash, version 5.1"; ${FALLBACK}`);
  });

  it('quotes what a pandoc that fails to start says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-broken-pandoc-'));
    const path = join(dir, 'pandoc');
    writeFileSync(path, `#!/bin/sh\necho "${path}: error while loading shared libraries: liblua5.3.so.0" >&2\nexit 127\n`, { mode: 0o755 });
    expect((await refusal(systemPandoc(path))).message).toBe(
      `cannot run pandoc at ${path}: \`--version\` exited with code 127: "${path}: error while loading shared libraries: liblua5.3.so.0"; ${FALLBACK}`,
    );
  });

  it('keeps pandoc’s own message and exit code when a conversion fails', async () => {
    const path = join(fakePandoc('pandoc 3.6.1', 'cat > /dev/null; echo "Error running filter promokit-module.lua" >&2; exit 83'), 'pandoc');
    const pandoc = await systemPandoc(path);
    await expect(pandoc.toTypst('hola', opts)).rejects.toThrow(`Error running filter promokit-module.lua (pandoc at ${path} exited with code 83)`);
  });
});

describe('many conversions at once', () => {
  it('run at most one pandoc per core at a time, and all finish', async () => {
    const runs = mkdtempSync(join(tmpdir(), 'promokit-pandoc-runs-'));
    // Each run leaves a marker while it works and notes how many markers it saw.
    const convert = `cat > /dev/null; touch "${runs}/run.$$"; ls "${runs}" | grep -c "^run\\." >> "${runs}.seen"; sleep 0.1; rm "${runs}/run.$$"; echo "#let pk-intro = []"`;
    const pandoc = await systemPandoc(join(fakePandoc('pandoc 3.6.1', convert), 'pandoc'));
    const out = await Promise.all(Array.from({ length: 8 }, (_, i) => pandoc.toTypst(`texto ${i}`, opts)));
    expect(out).toEqual(Array.from({ length: 8 }, () => '#let pk-intro = []\n'));
    const seen = readFileSync(`${runs}.seen`, 'utf8').trim().split('\n').map(Number);
    expect(seen).toHaveLength(8);
    expect(Math.max(...seen)).toBeLessThanOrEqual(availableParallelism());
  });
});

/** A pandoc ≥ 3.1.2 on PATH, or why there is none. */
function realPandoc(): { path: string; version: string } | string {
  const path = which.sync('pandoc', { nothrow: true });
  if (path === null) return 'no pandoc on PATH';
  const first = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? '';
  const v = parsePandocVersion(first);
  if (!v || !versionAtLeast(v.numbers, MIN_PANDOC)) return `${path} is not pandoc ${MIN_PANDOC.join('.')} or newer ("${first}")`;
  return { path, version: v.text };
}

describe('a real system pandoc', () => {
  const real = realPandoc();
  const title = typeof real === 'string' ? `builds a manual through pandoc on PATH — skipped: ${real}` : `builds a manual through pandoc ${real.version} (${real.path})`;

  it.skipIf(typeof real === 'string')(title, async () => {
    const root = writeProject(demoManual('demo', 1));
    const out = join(root, 'out');
    const result = await buildManuals(load(root), { out, langs: ['es'], pandoc: 'pandoc' });
    expect(result.failures.map((f) => f.format())).toEqual([]);
    expect(result.stats).toMatchObject({ converted: 1 });
    const text = (await readPages(new Uint8Array(readFileSync(join(out, 'demo', 'demo.es.pdf'))))).map((p) => p.text).join(' ');
    expect(text).toContain('ESPAÑOLTEXTO El estrés es una reacción natural');
  });
});
