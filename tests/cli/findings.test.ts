// Every command reports findings in one shape, through the same formats.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDeck, pageTexts } from '../assemble/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEs } from '../helpers/fixture.js';

const KEYS = ['rule', 'severity', 'file', 'line', 'column', 'message', 'hint', 'manual', 'module', 'lang'];
const ES = 'manuals/demo/modules/01-estres/es.md';

interface Json {
  version: number;
  ok: boolean;
  findings: Record<string, unknown>[];
  diagnostics: Record<string, unknown>[];
}

/** The demo manual, its es.md showing an image that is not there. */
const missingImage = (): string => demoProject({ [ES]: moduleEs().replace('img/persona.svg', 'img/falta.svg') });

describe('findings from every command', () => {
  it('build --format github annotates the missing image at its file and line; --json and check --json list findings with the same keys', async () => {
    const root = missingImage();
    const imageLine = moduleEs().split('\n').findIndex((l) => l.includes('img/persona.svg')) + 1;

    const github = await runCli(['build', '--format', 'github'], root);
    expect(github.code, github.stderr).toBe(1);
    const annotations = github.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toEqual([`::error file=${ES},line=${imageLine},title=image-missing::image not found: img/falta.svg`]);
    expect(github.stdout.trimEnd().split('\n').at(-1)).toMatch(/^promokit build: 1 errors, 0 warnings in \d+ PDFs$/);

    const build = await runCli(['build', '--json'], root);
    expect(build.code, build.stderr).toBe(1);
    expect(build.stdout, build.stderr).not.toBe('');
    const b = JSON.parse(build.stdout) as Json & { outputs: unknown[]; failures: { rule: string }[]; stats: unknown };
    expect(Object.keys(b)).toEqual(['version', 'ok', 'outputs', 'failures', 'stats', 'findings']);
    expect(b.version).toBe(1);
    expect(b.failures.map((f) => f.rule)).toEqual(['image-missing']);
    expect(b.findings).toEqual([
      { rule: 'image-missing', severity: 'error', file: ES, line: imageLine, column: null, message: 'image not found: img/falta.svg', hint: null, manual: 'demo', module: '01-estres', lang: 'es' },
    ]);

    const check = await runCli(['check', '--json'], root);
    expect(check.code, check.stderr).toBe(1);
    const c = JSON.parse(check.stdout) as Json;
    expect(c.version).toBe(1);
    expect(c.diagnostics.map((d) => d.rule)).toContain('image-missing');
    for (const f of [...b.findings, ...c.diagnostics]) expect(Object.keys(f)).toEqual(KEYS);
    // The same problem, found by two stages, has the same place and rule.
    const fromCheck = c.diagnostics.find((d) => d.rule === 'image-missing')!;
    expect([fromCheck.file, fromCheck.line, fromCheck.manual, fromCheck.module, fromCheck.lang]).toEqual([ES, imageLine, 'demo', '01-estres', 'es']);

    const junit = await runCli(['build', '--format', 'junit'], root);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/^<\?xml/);
    expect(junit.stdout).toMatch(new RegExp(`<testcase name="${ES.replace(/\//g, '\\/')}" classname="demo">\\s*<failure message="1 error: image not found: img/falta.svg" type="image-missing">`));

    // text stays as it was: the table, then one line per error.
    const text = await runCli(['build'], root);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(`error ${ES}:${imageLine}: image not found: img/falta.svg  image-missing\n1 error; the outputs they concern were not written\n`);
  });

  it('build --format with a value it does not know is a usage error naming the valid ones', async () => {
    const root = demoProject();
    const r = await runCli(['build', '--format', 'github,xml'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json, github, junit, pdf, html, epub, not "xml"');
    expect(r.stdout).toBe('');
    const two = await runCli(['slides', '--format', 'pdf,pptx'], root);
    expect(two.code).toBe(2);
    expect((await runCli(['slides', '--format', 'xml'], root)).stderr).toContain('one of text, json, github, junit, pdf, pptx');
  });

  it('--json on init, new module, stamp, ids and handout: one JSON object with version, ok and findings', async () => {
    const parse = (stdout: string): Json & Record<string, unknown> => {
      const j = JSON.parse(stdout) as Json & Record<string, unknown>;
      expect(j.version).toBe(1);
      expect(Array.isArray(j.findings)).toBe(true);
      return j;
    };
    const base = mkdtempSync(join(tmpdir(), 'promokit-json-'));
    const init = await runCli(['init', 'p', '--json'], base);
    expect(init.code).toBe(0);
    const i = parse(init.stdout);
    expect(i).toMatchObject({ ok: true, root: join(base, 'p'), findings: [] });
    expect(i.files).toContain('manuals/mi-manual/manual.yaml');
    expect(existsSync(join(base, 'p', 'manuals', 'mi-manual', 'manual.yaml'))).toBe(true);

    const root = demoProject();
    const created = await runCli(['new', 'module', 'demo', 'duelo', '--json'], root);
    expect(created.code).toBe(0);
    expect(parse(created.stdout)).toMatchObject({ ok: true, module: '02-duelo', files: ['manuals/demo/modules/02-duelo/es.md', 'manuals/demo/modules/02-duelo/en.md'] });

    const stamp = await runCli(['stamp', 'demo/01-estres', 'en', '--json'], root);
    expect(stamp.code).toBe(0);
    expect(parse(stamp.stdout)).toMatchObject({ ok: true, file: 'manuals/demo/modules/01-estres/en.md', sections: 4 });
    expect(readFileSync(join(root, 'manuals/demo/modules/01-estres/en.md'), 'utf8')).toContain('source_hashes:');

    const ids = await runCli(['ids', 'demo/01-estres', '--json'], root);
    expect(ids.code).toBe(0);
    expect(parse(ids.stdout)).toMatchObject({ ok: true, files: [] });

    // A command stopped by an error still prints its JSON: ok false, the error as a finding.
    const missing = await runCli(['stamp', 'demo/09-nada', 'en', '--json'], root);
    expect(missing.code).toBe(2);
    const m = parse(missing.stdout);
    expect(m.ok).toBe(false);
    expect(m.findings).toEqual([expect.objectContaining({ rule: 'usage', severity: 'error', file: null })]);
    expect(missing.stderr).toMatch(/^promokit: /);

    const deck = join(base, 'deck.pdf');
    writeFileSync(deck, await makeDeck({ count: 4, label: 'D' }));
    const handout = await runCli(['handout', 'deck.pdf', '-o', 'folleto.pdf', '--json'], base);
    expect(handout.code).toBe(0);
    expect(parse(handout.stdout)).toMatchObject({ ok: true, output: 'folleto.pdf', decks: ['deck.pdf'], findings: [] });
    expect((await pageTexts(new Uint8Array(readFileSync(join(base, 'folleto.pdf'))))).join(' ')).toContain('D4');

    writeFileSync(join(base, 'bad.pdf'), 'not a pdf');
    const bad = await runCli(['handout', 'bad.pdf', '-o', 'x.pdf', '--format', 'github'], base);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error file=bad\.pdf,title=[a-z-]+::/);
    expect(existsSync(join(base, 'x.pdf'))).toBe(false);
  });
});
