// File-system states: pipes, folders and symbolic links where files should
// be, misnamed or missing module folders, `manuals` that is a file.
import { MANUAL_YAML } from '../helpers/fixture.js';
import { DIR, EN, ES, GLOSSARY, IMG, input, MANUAL, type FsOp, type FuzzInput } from './types.js';

type Case = Omit<FuzzInput, 'id'>;

const fs = (title: string, ops: FsOp[], rest: Partial<Case> & Pick<Case, 'names'>): Case => input('file-system', title, { ops, buildFails: true, ...rest });
const replaceBy = (path: string, op: FsOp): FsOp[] => [{ op: 'rm', path }, op];
const MODULES = 'manuals/demo/modules';

export function fsCases(): Case[] {
  const out: Case[] = [];
  const unreadable = ['file-unreadable'];
  for (const [path, build] of [[ES, true], [EN, false], [MANUAL, true], [GLOSSARY, true]] as const) {
    const name = path.split('/').pop()!;
    out.push(fs(`${name} is a FIFO`, replaceBy(path, { op: 'fifo', path }), { names: path, rules: unreadable, buildFails: build, buildSample: path === ES }));
    out.push(fs(`${name} is a folder`, replaceBy(path, { op: 'mkdir', path }), { names: path, rules: [...unreadable, 'language-file-missing'], buildFails: build }));
    out.push(fs(`${name} is a dangling symbolic link`, replaceBy(path, { op: 'symlink', path, to: '/nonexistent/promokit-fuzz/missing' }), { names: path, rules: unreadable, buildFails: build }));
    out.push(fs(`${name} is a symbolic link to itself`, replaceBy(path, { op: 'symlink', path, to: name }), { names: path, rules: unreadable, buildFails: build }));
    out.push(fs(`${name} is 0 bytes`, [{ op: 'rm', path }], { names: path, files: { [path]: '' }, rules: ['file-empty'], buildFails: build }));
  }
  const canary: [string, string, boolean][] = [[ES, 'es.md', true], [EN, 'es.md', false], [MANUAL, 'manual.yaml', true], [GLOSSARY, 'canary.yaml', true], [IMG, 'canary.svg', true]];
  for (const [path, target, build] of canary) {
    out.push(fs(`${path.split('/').pop()!} is a symbolic link to a file outside the project`, replaceBy(path, { op: 'symlink', path, to: `{CANARY}/${target}` }), {
      names: path.endsWith('.svg') ? ES : path,
      rules: ['path-outside-project'],
      canary: true,
      buildFails: build,
      buildSample: build,
    }));
  }
  out.push(fs('es.md is a symbolic link to /dev/zero', replaceBy(ES, { op: 'symlink', path: ES, to: '/dev/zero' }), { names: ES, rules: ['path-outside-project'] }));
  out.push(fs('es.md is a symbolic link to /proc/self/environ', replaceBy(ES, { op: 'symlink', path: ES, to: '/proc/self/environ' }), { names: ES, rules: ['path-outside-project'] }));
  out.push(fs('es.md is a symbolic link to the project root', replaceBy(ES, { op: 'symlink', path: ES, to: '../../../..' }), { names: ES, rules: unreadable }));
  out.push(fs('es.md is a symbolic link to a FIFO in the module', [{ op: 'fifo', path: `${DIR}/pipe` }, { op: 'rm', path: ES }, { op: 'symlink', path: ES, to: 'pipe' }], { names: ES, rules: unreadable }));
  out.push(fs('es.md is a symbolic link to en.md (inside)', replaceBy(ES, { op: 'symlink', path: ES, to: 'en.md' }), { names: ES, hostile: false, buildFails: false }));
  out.push(fs('img/persona.svg is a FIFO', replaceBy(IMG, { op: 'fifo', path: IMG }), { names: ES, rules: ['path-outside-project', 'file-unreadable', 'image-missing'], buildSample: true }));
  out.push(fs('img/persona.svg is a folder', replaceBy(IMG, { op: 'mkdir', path: IMG }), { names: ES, rules: ['image-missing', 'file-unreadable'] }));
  out.push(fs('img/persona.svg is a dangling symbolic link', replaceBy(IMG, { op: 'symlink', path: IMG, to: 'nada.svg' }), { names: ES, rules: ['path-outside-project', 'file-unreadable', 'image-missing'] }));
  out.push(fs('img/persona.svg is a symbolic link to /dev/urandom', replaceBy(IMG, { op: 'symlink', path: IMG, to: '/dev/urandom' }), { names: ES, rules: ['path-outside-project'] }));
  out.push(fs('img/persona.svg is 0 bytes', [], { names: ES, files: { [IMG]: '' }, hostile: false }));
  out.push(fs('img/persona.svg is not an image', [], { names: ES, files: { [IMG]: 'this is not an SVG' }, hostile: false }));
  out.push(fs('the img folder is a symbolic link to a folder outside', replaceBy(`${DIR}/img`, { op: 'symlink', path: `${DIR}/img`, to: '{CANARY}' }), {
    names: ES,
    rules: ['path-outside-project'],
    canary: true,
    buildSample: true,
  }));
  out.push(fs('a partner logo that is a symbolic link outside', [{ op: 'symlink', path: 'manuals/demo/img/logo.svg', to: '{CANARY}/canary.svg' }], {
    names: MANUAL,
    files: { [MANUAL]: `${MANUAL_YAML}partners:\n  - name: Fuera\n    logo: img/logo.svg\n` },
    rules: ['path-outside-project'],
    canary: true,
    buildSample: true,
  }));
  out.push(fs('a module folder that is a symbolic link outside', [{ op: 'symlink', path: `${MODULES}/02-fuera`, to: '{CANARY}/module' }], { names: `${MODULES}/02-fuera`, rules: ['path-outside-project'], canary: true }));
  out.push(fs('the modules folder is a symbolic link outside', replaceBy(MODULES, { op: 'symlink', path: MODULES, to: '{CANARY}/modules' }), { names: 'manuals/demo/modules', rules: ['path-outside-project'], canary: true }));
  out.push(fs('a manual folder that is a symbolic link outside', [{ op: 'symlink', path: 'manuals/fuera', to: '{CANARY}/manual' }], { names: 'manuals/fuera', rules: ['path-outside-project'], canary: true, buildFails: false }));
  out.push(fs('a module folder that is a dangling symbolic link', [{ op: 'symlink', path: `${MODULES}/02-roto`, to: '/nonexistent/promokit-fuzz' }], { names: `${MODULES}/02-roto`, rules: [...unreadable, 'language-file-missing'] }));
  out.push(fs('a dangling symbolic link in manuals/', [{ op: 'symlink', path: 'manuals/roto', to: '/nonexistent/promokit-fuzz' }], { names: 'manuals/roto', rules: unreadable, buildFails: false }));
  out.push(fs('manual.yaml of a second manual is a dangling symbolic link', [{ op: 'mkdir', path: 'manuals/otro' }, { op: 'symlink', path: 'manuals/otro/manual.yaml', to: 'nada.yaml' }], { names: 'manuals/otro/manual.yaml', rules: unreadable, buildFails: false }));
  for (const bad of ['1-estres', 'Estres Final', '01_estres', '01-Estres', '01-', '001-estres', '01-estrés']) {
    out.push(fs(`module folder named "${bad}"`, [{ op: 'rename', from: DIR, to: `${MODULES}/${bad}` }], { names: `${MODULES}/${bad}`, rules: ['module-folder-name'] }));
  }
  // A hidden folder is not a module: the manual has none.
  out.push(fs('module folder named "..estres" (hidden)', [{ op: 'rename', from: DIR, to: `${MODULES}/..estres` }], { names: MANUAL, rules: ['no-modules'] }));
  out.push(fs('an empty modules folder', [{ op: 'rm', path: DIR }], { names: MANUAL, rules: ['no-modules'] }));
  out.push(fs('no modules folder', [{ op: 'rm', path: MODULES }], { names: MANUAL, rules: ['no-modules'] }));
  out.push(fs('modules is a file', [{ op: 'rm', path: MODULES }], { names: MANUAL, files: { [MODULES]: 'not a folder\n' }, rules: ['no-modules'] }));
  out.push(fs('a module folder with no files', [{ op: 'mkdir', path: `${MODULES}/02-vacio` }], { names: `${MODULES}/02-vacio`, rules: ['language-file-missing'] }));
  out.push(fs('manuals is a file', [{ op: 'manuals-file' }], { names: undefined, usage: true }));
  out.push(fs('manuals/demo is a file', [{ op: 'rm', path: 'manuals/demo' }], { names: undefined, files: { 'manuals/demo': 'x' }, hostile: false, buildFails: false }));
  return out;
}
