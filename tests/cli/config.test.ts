// The settings file: found upwards, validated with file, line and field,
// applied to every command through main()'s preAction hook, flags first.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOKLET_SHEETS } from '../../src/assemble/booklet-plan.js';
import { findConfig } from '../../src/cli/config.js';
import { main } from '../../src/cli/main.js';
import { LAYOUTS } from '../../src/editions/layouts/index.js';
import { UsageError } from '../../src/errors.js';
import { REPORT_FORMAT_NAMES } from '../../src/findings/report/formats.js';
import { CONFIG_FORMATS, CONFIG_LAYOUTS, CONFIG_SHEETS } from '../../src/model/project-config.js';

/** A project folder with manuals/ and the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-config-'));
  mkdirSync(join(dir, 'manuals'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Runs the CLI in-process; returns the exit code and what it printed. */
async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  process.exitCode = undefined;
  const code = await main(['node', 'promokit', ...args]);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

type Settings = Record<string, { value: unknown; source: string; from?: string }>;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the settings file', () => {
  it('allows the values the options take', () => {
    expect([...CONFIG_LAYOUTS]).toEqual([...LAYOUTS]);
    expect([...CONFIG_SHEETS]).toEqual([...BOOKLET_SHEETS]);
    expect([...CONFIG_FORMATS]).toEqual([...REPORT_FORMAT_NAMES]);
  });

  it('is found in the folder or any folder above, promokit.config.yaml or "promokit" in package.json', () => {
    const dir = project({ 'promokit.config.yaml': 'paper: a4\n', 'manuals/m/x.txt': '' });
    expect(findConfig(join(dir, 'manuals/m'))).toEqual({ file: join(dir, 'promokit.config.yaml'), config: { paper: 'a4' } });
    const pkg = project({ 'package.json': JSON.stringify({ name: 'x', promokit: { layout: 'flip', booklet: { signature: 4 } } }) });
    expect(findConfig(join(pkg, 'manuals'))?.config).toEqual({ layout: 'flip', booklet: { signature: 4 } });
    // A package.json without the key is passed over for the file beside it.
    const both = project({ 'package.json': '{"name":"x"}', 'promokit.config.yaml': '# nothing set yet\n' });
    expect(findConfig(both)).toEqual({ file: join(both, 'promokit.config.yaml'), config: {} });
  });

  it('names the file, the line and the field of each error', () => {
    const dir = project({ 'promokit.config.yaml': 'out: build\npaper: a5\nbooklet:\n  signature: 0\ncolour: red\n' });
    const err = (() => {
      try {
        findConfig(dir, dir);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(UsageError);
    const e = err as UsageError;
    expect(e.file).toBe('promokit.config.yaml');
    expect(e.line).toBe(2);
    expect(e.format()).toMatch(/^promokit\.config\.yaml:2: field "paper": .*"letter".*; also line 4: field "booklet\.signature": .*; line 5: unknown field "colour"/);
    const pkg = project({ 'package.json': '{\n  "name": "x",\n  "promokit": {\n    "jobs": "two"\n  }\n}\n' });
    expect(() => findConfig(pkg, pkg)).toThrow(/field "promokit\.jobs"/);
    try {
      findConfig(pkg, pkg);
    } catch (e) {
      expect((e as UsageError).line).toBe(4);
    }
    const bad = project({ 'promokit.config.yaml': 'paper: [a4\n' });
    expect(() => findConfig(bad, bad)).toThrow(/not valid YAML/);
  });
});

describe('promokit config and the preAction hook', () => {
  it('reports each setting with its source: default, the file, a flag, the environment', async () => {
    const dir = project({ 'promokit.config.yaml': 'out: build\npaper: a4\nlanguages: [es]\nbooklet: { sheet: tabloid }\npandoc: tools/pandoc\n' });
    const r = await cli(['config', '--root', dir, '--json', '--layout', 'flip'], { PROMOKIT_PANDOC: undefined });
    expect(r.code, r.stderr).toBe(0);
    const { file, settings } = JSON.parse(r.stdout) as { file: string; settings: Settings };
    const inFile = { source: 'config', from: join(dir, 'promokit.config.yaml') };
    expect(file).toBe(join(dir, 'promokit.config.yaml'));
    expect(settings.out).toEqual({ value: join(dir, 'build'), ...inFile });
    expect(settings.paper).toEqual({ value: 'a4', ...inFile });
    expect(settings.languages).toEqual({ value: 'es', ...inFile });
    expect(settings['booklet.sheet']).toEqual({ value: 'tabloid', ...inFile });
    expect(settings.pandoc).toEqual({ value: join(dir, 'tools/pandoc'), ...inFile });
    expect(settings.layout).toEqual({ value: 'flip', source: 'flag' });
    expect(settings.jobs).toEqual({ value: null, source: 'default' });
    expect(settings.format).toEqual({ value: 'json', source: 'flag' });
    // The environment wins over the file where the option has a variable.
    const env = await cli(['config', '--root', dir, '--json'], { PROMOKIT_PANDOC: '/opt/pandoc' });
    expect((JSON.parse(env.stdout) as { settings: Settings }).settings.pandoc).toEqual({ value: '/opt/pandoc', source: 'environment', from: 'PROMOKIT_PANDOC' });
    // Text: one line a setting, with the file's path as the source.
    const text = await cli(['config', '--root', dir, '--paper', 'letter']);
    expect(text.stdout).toMatch(/^paper +letter +flag$/m);
    expect(text.stdout).toMatch(/^out +\S+build +\S*promokit\.config\.yaml$/m);
  });

  it('takes a remote cache URL (cache.url), which PROMOKIT_CACHE_URL overrides, and never shows its password', async () => {
    const dir = project({ 'promokit.config.yaml': 'cache:\n  url: https://region:s3cret@cache.example.org/promokit\n' });
    const r = await cli(['config', '--root', dir, '--json'], { PROMOKIT_CACHE_URL: undefined });
    expect(r.code, r.stderr).toBe(0);
    const settings = (JSON.parse(r.stdout) as { settings: Settings }).settings;
    expect(settings['cache.url']).toEqual({ value: 'https://region:***@cache.example.org/promokit', source: 'config', from: join(dir, 'promokit.config.yaml') });
    expect(r.stdout).not.toContain('s3cret');
    const env = await cli(['config', '--root', dir, '--json'], { PROMOKIT_CACHE_URL: 'http://other:9090' });
    expect((JSON.parse(env.stdout) as { settings: Settings }).settings['cache.url']).toEqual({ value: 'http://other:9090', source: 'environment', from: 'PROMOKIT_CACHE_URL' });
    const bad = project({ 'promokit.config.yaml': 'cache:\n  url: ftp://cache\n' });
    const refused = await cli(['config', '--root', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cache.url');
  });

  it('fills the options of other commands, and a flag wins over it', async () => {
    const dir = project({ 'promokit.config.yaml': 'format: json\n' });
    const json = await cli(['check', '--root', dir]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, summary: { manuals: 0 } });
    const github = await cli(['check', '--root', dir, '--format', 'github']);
    expect(github.stdout).not.toMatch(/^\{/);
    // --json is --format json: it does not clash with the file's format.
    const both = project({ 'promokit.config.yaml': 'format: github\n' });
    const r = await cli(['check', '--root', both, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it('stops every command with the file and field of a bad setting, exit 2', async () => {
    // Found from the working folder (a --root flag would win over the file's root).
    const dir = project({ 'promokit.config.yaml': 'root: elsewhere\n' });
    const cwd = process.cwd();
    process.chdir(dir);
    const r = await cli(['check']).finally(() => process.chdir(cwd));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/promokit\.config\.yaml: field "root": \S*elsewhere has no manuals\/ folder/);
    const bad = project({ 'promokit.config.yaml': 'layout: diagonal\n' });
    const b = await cli(['build', '--root', bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/promokit\.config\.yaml:1: field "layout"/);
  });
});
