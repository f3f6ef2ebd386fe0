import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import { runCli } from '../helpers/cli.js';

interface CheckJson {
  version: number;
  ok: boolean;
  threads: number;
  summary: { manuals: number; modules: number; errors: number; warnings: number };
  diagnostics: { file: string; line: number; rule: string; manual?: string }[];
}

// 150 modules in two manuals (99 + 51): enough for check to share them with a worker thread.
const root = writeCorpus(150, 'hilos');
// An error in each manual, so both threads have findings to send back.
writeFileSync(join(root, 'manuals', 'hilos', 'modules', '07-modulo-7', 'en.md'), '---\ntitle: Module 7\n---\n\n## Objectives {#objectives}\n\nText.\n');
writeFileSync(join(root, 'manuals', 'hilos-2', 'modules', '03-modulo-3', 'es.md'), '---\ntitle: Módulo 3\nduration: noventa\nreviewed: 2026-06-01\n---\n\n## Objetivos {#objectives}\n\nTexto.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (args: string[]): { code: number; json: CheckJson } => {
  const r = runCli(['check', '--format', 'json', '--today', '2026-12-01', ...args], root);
  return { code: r.code, json: JSON.parse(r.stdout) as CheckJson };
};

describe('check --jobs: manuals shared with worker threads', () => {
  it('gives the same findings, in the same order, on one thread and on two', () => {
    const one = check(['--jobs', '1']);
    const two = check(['--jobs', '2']);
    expect(one.json.threads).toBe(1);
    expect(two.json.threads).toBe(2);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.json.summary).toEqual(one.json.summary);
    expect(two.json.summary).toMatchObject({ manuals: 2, modules: 150 });
    expect(two.json.diagnostics).toEqual(one.json.diagnostics);
    // Both manuals' errors are there, with their files and lines.
    const errors = two.json.diagnostics.filter((d) => d.rule === 'front-matter' || d.rule === 'required-section');
    expect(new Set(errors.map((d) => d.manual))).toEqual(new Set(['hilos', 'hilos-2']));
    expect(errors.some((d) => d.file === 'manuals/hilos-2/modules/03-modulo-3/es.md' && d.line === 3)).toBe(true);
  });

  it('checks one module on one thread, and refuses a bad --jobs', () => {
    const single = check(['--jobs', '2', 'manuals/hilos-2/modules/03-modulo-3']);
    expect(single.json.threads).toBe(1);
    expect(single.json.summary.modules).toBe(1);
    const bad = runCli(['check', '--jobs', '0'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jobs must be a whole number/);
  });
});
