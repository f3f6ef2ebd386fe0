// Where commands write, and system errors, run as a user runs them (dist/):
// an output folder that is a file, under a file, in manuals/ or the project
// root is a usage error (exit 2) about that folder, before anything is
// written; an operating-system error is `promokit: <path>: <words>`, never an
// internal error. (A read-only folder cannot be made as root, which writes
// anywhere: tests/cli/output-folder.test.ts injects that one.)
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/fixture.js';

const CONFERENCE = `id: conf
name: { es: Conferencia, en: Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro, city: El Paso }
hours: 6
sessions:
  - time: "09:00"
    end: "10:00"
    kind: plenary
    title: { es: Apertura, en: Opening }
packet: [cover]
`;

/** The demo project with a conference, and a file `afile` beside manuals/. */
function project(): string {
  const root = demoProject({ 'manuals/conf/conference.yaml': CONFERENCE, 'manuals/conf/attendees.csv': 'name\nAna\n', afile: 'not a folder' });
  return root;
}

/** Every path under `root`, to show that a refused command wrote nothing. */
const tree = (root: string): string[] => readdirSync(root, { recursive: true }).map(String).sort();

const COMMANDS: Record<string, string[]> = {
  build: ['build'],
  slides: ['slides'],
  packet: ['packet', 'manuals/conf'],
  report: ['report'],
};

const REFUSED: { out: string; stderr: RegExp }[] = [
  { out: 'manuals', stderr: /^promokit: --out manuals must not be inside manuals\/, where the sources are; write elsewhere, e.g. --out out\n$/ },
  { out: 'manuals/demo/out', stderr: /^promokit: --out manuals\/demo\/out must not be inside manuals\/, where the sources are/ },
  { out: '.', stderr: /^promokit: --out \. must not be the project folder itself, which holds manuals\/; give a folder of its own, e.g. --out out\n$/ },
  { out: 'afile', stderr: /^promokit: afile\/ is not a writable folder: it is a file, not a folder\n$/ },
  { out: 'afile/out', stderr: /^promokit: afile\/out\/ is not a writable folder: a part of its path, afile, is a file, not a folder\n$/ },
];

describe('--out that cannot be the output folder: exit 2 before anything is written', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`promokit ${name}`, async () => {
      const root = project();
      const before = tree(root);
      for (const { out, stderr } of REFUSED) {
        const r = await runCli([...args, '--out', out], root);
        expect(r.stderr, `${name} --out ${out}`).toMatch(stderr);
        expect(r.code, `${name} --out ${out}`).toBe(2);
        expect(tree(root), `${name} --out ${out}`).toEqual(before);
      }
    });
  }

  it('promokit handout -o in manuals/, under a file, or an existing folder', async () => {
    const root = project();
    writeFileSync(join(root, 'deck.pdf'), '%PDF-1.7 not read: the output is refused first\n%%EOF\n');
    mkdirSync(join(root, 'out'));
    const before = tree(root);
    const cases: [string, RegExp][] = [
      ['manuals/demo/h.pdf', /^promokit: -o manuals\/demo\/h\.pdf must not be inside manuals\/, where the sources are/],
      ['afile/h.pdf', /^promokit: afile\/ is not a writable folder: it is a file, not a folder\n$/],
      ['out', /^promokit: -o out is a folder; give a file name, e.g. out\/handout\.pdf\n$/],
    ];
    for (const [output, stderr] of cases) {
      const r = await runCli(['handout', 'deck.pdf', '-o', output], root);
      expect(r.stderr, output).toMatch(stderr);
      expect(r.code, output).toBe(2);
    }
    expect(tree(root)).toEqual(before);
  });

  it('a file where build keeps its cache folder (out/.cache)', async () => {
    const root = project();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', '.cache'), '');
    const r = await runCli(['build'], root);
    expect(r.stderr).toBe('promokit: out/ is not a writable folder: out/.cache is a file, where promokit keeps a folder; remove it\n');
    expect(r.code).toBe(2);
    expect(readdirSync(join(root, 'out'))).toEqual(['.cache']);
  });
});

describe('operating-system errors are findings, not internal errors', () => {
  it('a real EEXIST inside the output folder (out/demo is a file): exit 2, against the output folder', async () => {
    const root = project();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'demo'), '');
    const r = await runCli(['report', 'demo'], root);
    expect(r.stderr).toBe('promokit: out/ is not a writable folder: out/demo: it is a file, not a folder\n');
    expect(r.code).toBe(2);
  });

  it('a real ENOTDIR making the folder of `init` under a file: exit 2', async () => {
    const root = project();
    const r = await runCli(['init', 'afile/new-project'], root);
    expect(r.stderr).toBe('promokit: afile/new-project/ is not a writable folder: a part of its path is a file, not a folder\n');
    expect(r.code).toBe(2);
  });

  it('a real EEXIST in the sources (modules/ is a file) for `new module`: exit 1, naming it', async () => {
    const root = project();
    rmSync(join(root, 'manuals/demo/modules'), { recursive: true });
    writeFileSync(join(root, 'manuals/demo/modules'), '');
    const r = await runCli(['new', 'module', 'demo', 'nuevo'], root);
    expect(r.stderr).toBe('promokit: manuals/demo/modules: it is a file, not a folder\n');
    expect(r.code).toBe(1);
  });

  it('--root whose manuals is a file: a usage error, not ENOTDIR from scandir', async () => {
    const root = project();
    const other = join(root, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'manuals'), '');
    for (const command of ['check', 'build', 'report']) {
      const r = await runCli([command, '--root', 'other'], root);
      expect(r.stderr, command).toBe('promokit: --root other: its manuals is a file, not a folder\n');
      expect(r.code, command).toBe(2);
    }
    expect(existsSync(join(other, 'out'))).toBe(false);
  });
});
