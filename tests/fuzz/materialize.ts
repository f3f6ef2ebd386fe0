// Writing a fuzz input to disk: a demo project with the input's files and
// file-system changes, and the canary folder outside every project.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs, SVG } from '../helpers/fixture.js';
import { GLOSSARY_YAML } from './cases-yaml.js';
import type { FuzzInput } from './types.js';

export interface Canary {
  /** Real absolute path of the folder outside the project. */
  dir: string;
  /** Text in every canary file and nowhere else: seeing it means the file was read. */
  marker: string;
}

/**
 * The canary: files outside the project that inputs point at (by symbolic
 * link or by `../` path), each holding the marker where a build would print
 * it — a glossary term, a module's text, a manual title, an SVG's text.
 */
export function makeCanary(seed: number): Canary {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'promokit-fuzz-outside-')));
  const marker = `CANARYMARK${seed.toString(36).toUpperCase()}X${Math.floor(Math.random() * 1e9).toString(36).toUpperCase()}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><title>${marker}</title><text x="0" y="20">${marker}</text></svg>`;
  const es = moduleEs(`\n${marker} secreto.\n`);
  const en = moduleEn(`\n${marker} secret.\n`);
  const files: Record<string, string> = {
    'canary.svg': svg,
    'persona.svg': svg,
    'canary.yaml': `terms:\n  - id: secret\n    es: { term: ${marker}, definition: ${marker} }\n    en: { term: ${marker}, definition: ${marker} }\n`,
    'es.md': es,
    'manual.yaml': MANUAL_YAML.replace('Manual de prueba', marker),
    'module/es.md': es,
    'module/en.md': en,
    'modules/01-estres/es.md': es,
    'modules/01-estres/en.md': en,
    'modules/01-estres/img/persona.svg': svg,
    'manual/manual.yaml': MANUAL_YAML.replace('id: demo', 'id: fuera').replace('Manual de prueba', marker),
    'manual/glossary.yaml': GLOSSARY_YAML.replace('estrés', marker),
    'manual/modules/01-estres/es.md': es,
    'manual/modules/01-estres/en.md': en,
    'manual/modules/01-estres/img/persona.svg': SVG,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return { dir, marker };
}

const UP = '../'.repeat(40);
const expand = (s: string, canary: Canary): string => s.replaceAll('{UP}', UP.slice(0, -1)).replaceAll('{CANARY}', canary.dir);

/** Writes the input as a project; returns its real root. */
export function writeInput(input: FuzzInput, canary: Canary): string {
  const root = realpathSync(demoProject());
  const at = (rel: string): string => join(root, rel);
  for (const op of input.ops) {
    switch (op.op) {
      case 'rm':
        rmSync(at(op.path), { recursive: true, force: true });
        break;
      case 'mkdir':
        mkdirSync(at(op.path), { recursive: true });
        break;
      case 'fifo':
        mkdirSync(dirname(at(op.path)), { recursive: true });
        execFileSync('mkfifo', [at(op.path)]);
        break;
      case 'symlink':
        mkdirSync(dirname(at(op.path)), { recursive: true });
        symlinkSync(expand(op.to, canary), at(op.path));
        break;
      case 'rename':
        renameSync(at(op.from), at(op.to));
        break;
      case 'manuals-file':
        rmSync(at('manuals'), { recursive: true, force: true });
        writeFileSync(at('manuals'), 'not a folder\n');
        break;
    }
  }
  for (const [rel, content] of Object.entries(input.files)) {
    mkdirSync(dirname(at(rel)), { recursive: true });
    writeFileSync(at(rel), typeof content === 'string' ? expand(content, canary) : content);
  }
  return root;
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
