// Finds and reads every source file of a project. All file-system access of
// the source stage happens here; src/model turns the texts into a model.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readText, type TextSource } from './read-text.js';
import { isInside } from './inside-project.js';
import { osErrorText, realRoot, vetPath, type ReadProblem } from './safe-read.js';

export interface ModuleSources {
  /** Folder name (`01-estres`). */
  id: string;
  dir: string;
  relDir: string;
  /** `es.md` → es. */
  langFiles: Map<string, TextSource>;
  /** `slides.es.md` → es. */
  slideFiles: Map<string, TextSource>;
  /** Every file under the module folder, relative to it, with `/`. */
  files: Set<string>;
}

export interface ManualSources {
  folder: string;
  dir: string;
  relDir: string;
  config: TextSource;
  glossary: TextSource | undefined;
  /** undefined when the manual has no modules/ folder. */
  modules: ModuleSources[] | undefined;
  /** Every file under the manual folder, relative to it, with `/` (for links between modules). */
  files: Set<string>;
  /** Files under the manual folder that may not be read, with why: links leading outside the project, pipes, devices. */
  refused: Map<string, ReadProblem>;
  /** Real folders outside the project that manual.yaml allows (allow_paths). */
  allowed: string[];
}

export interface ConferenceSources {
  folder: string;
  dir: string;
  relDir: string;
  config: TextSource;
}

export interface ProjectSources {
  root: string;
  manuals: ManualSources[];
  conferences: ConferenceSources[];
}

const LANG_FILE = /^([a-z]{2,3})\.md$/;
const SLIDES_FILE = /^slides\.([a-z]{2,3})\.md$/;

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** Does a path exist as an entry (a dangling symbolic link counts)? */
function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every file under `dir`, relative to it. A symbolic link counts as a file
 * only when it leads to a regular file inside the project; other links and
 * special files are listed in `refused` with the reason.
 */
function listFiles(dir: string, root: string, allowed: readonly string[]): { files: Set<string>; refused: Map<string, ReadProblem>; linked: Set<string> } {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  const refused = new Map<string, ReadProblem>();
  const linked = new Set<string>(); // files reached through a link inside the project
  for (const d of names) {
    if (d.isDirectory()) continue;
    // Dirent.parentPath is Node ≥ 20.12; `path` before that.
    const parent = (d as { parentPath?: string }).parentPath ?? (d as unknown as { path: string }).path;
    const rel = toPosix(relative(dir, join(parent, d.name)));
    if (d.isFile()) {
      files.add(rel);
      continue;
    }
    const path = join(parent, d.name);
    // A link to a folder inside the project is not walked (nor refused),
    // unless it stands where a source file should be (`es.md` → a folder).
    if (d.isSymbolicLink() && folderInside(path, root) === 'folder') {
      if (/\.(?:md|ya?ml)$/.test(d.name)) refused.set(rel, { rule: 'file-unreadable', message: 'it is a folder, not a file' });
      continue;
    }
    const vet = vetPath(path, root, allowed);
    if ('rule' in vet) refused.set(rel, vet);
    else {
      files.add(rel);
      linked.add(rel);
    }
  }
  return { files, refused, linked };
}

/**
 * A folder promokit may walk: a real folder, or a symbolic link to one inside
 * the project. `undefined` for a plain file (not a folder at all); the problem
 * for a link leading outside, a dangling link or a folder that cannot be read.
 */
export function folderInside(path: string, root: string): 'folder' | ReadProblem | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    return { rule: 'file-unreadable', message: `cannot read it: ${osErrorText(err)}` };
  }
  if (st.isDirectory()) return 'folder';
  if (!st.isSymbolicLink()) return undefined;
  const vet = vetFolder(path, root);
  return vet;
}

function vetFolder(path: string, root: string): 'folder' | ReadProblem | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { rule: 'file-unreadable', message: dangling ? 'it is a symbolic link to something that does not exist' : `cannot read it: ${osErrorText(err)}` };
  }
  if (!isInside(realRoot(root), real)) return { rule: 'path-outside-project', message: `it leads outside the project, to ${real}; copy the folder into the project` };
  try {
    return statSync(real).isDirectory() ? 'folder' : undefined;
  } catch (err) {
    return { rule: 'file-unreadable', message: `cannot read it: ${osErrorText(err)}` };
  }
}

/** Folders directly under manuals/ that hold manual.yaml or an event (event.yaml or conference.yaml); `refused` ones may not be read. */
export function discoverFolders(root: string): { manuals: string[]; conferences: string[]; other: string[]; refused: { dir: string; problem: ReadProblem }[] } {
  const base = join(root, 'manuals');
  const manuals: string[] = [];
  const conferences: string[] = [];
  const other: string[] = [];
  const refused: { dir: string; problem: ReadProblem }[] = [];
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    if (name.startsWith('.')) continue;
    const kind = folderInside(dir, root);
    if (kind === undefined) continue;
    if (kind !== 'folder') {
      refused.push({ dir, problem: kind });
      continue;
    }
    // A manual.yaml that is a broken link still makes a manual: reading it says what is wrong.
    if (lexists(join(dir, 'manual.yaml'))) manuals.push(dir);
    else if (lexists(join(dir, EVENT_FILE)) || lexists(join(dir, CONFERENCE_FILE))) conferences.push(dir);
    else other.push(dir);
  }
  return { manuals, conferences, other, refused };
}

/** `allowed`: real folders outside the project that manual.yaml's allow_paths lists. */
export function readManualSources(root: string, dir: string, allowed: readonly string[] = []): ManualSources {
  const rel = (p: string): string => toPosix(relative(root, p));
  const folder = dir.split(sep).pop() ?? dir;
  const glossaryPath = join(dir, 'glossary.yaml');
  const modulesDir = join(dir, 'modules');
  // One walk of the manual folder; each module's files are taken from it.
  const { files: manualFiles, refused, linked } = listFiles(dir, root, allowed);
  const byModule = new Map<string, Set<string>>();
  for (const f of manualFiles) {
    const m = /^modules\/([^/]+)\/(.+)$/.exec(f);
    if (!m) continue;
    if (!byModule.has(m[1]!)) byModule.set(m[1]!, new Set());
    byModule.get(m[1]!)!.add(m[2]!);
  }
  let modules: ModuleSources[] | undefined;
  const modulesKind = lexists(modulesDir) ? folderInside(modulesDir, root) : undefined;
  if (modulesKind !== undefined && modulesKind !== 'folder') refused.set('modules', modulesKind);
  if (modulesKind === 'folder') {
    modules = [];
    for (const name of readdirSync(modulesDir).sort()) {
      const mdir = join(modulesDir, name);
      if (name.startsWith('.')) continue;
      const kind = folderInside(mdir, root);
      if (kind === undefined) continue;
      if (kind !== 'folder') {
        refused.set(`modules/${name}`, kind);
        continue;
      }
      const langFiles = new Map<string, TextSource>();
      const slideFiles = new Map<string, TextSource>();
      const files = byModule.get(name) ?? new Set<string>();
      for (const [f, problem] of refused) {
        const inner = f.startsWith(`modules/${name}/`) ? f.slice(`modules/${name}/`.length) : undefined;
        const lang = inner === undefined ? undefined : LANG_FILE.exec(inner)?.[1];
        if (lang) langFiles.set(lang, { path: join(mdir, inner!), file: rel(join(mdir, inner!)), text: undefined, problem, hadBom: false, hadCrlf: false });
      }
      for (const f of [...files].sort()) {
        const lang = LANG_FILE.exec(f)?.[1];
        if (lang) langFiles.set(lang, readText(join(mdir, f), rel(join(mdir, f)), root, !linked.has(`modules/${name}/${f}`), allowed));
        const slides = SLIDES_FILE.exec(f)?.[1];
        if (slides) slideFiles.set(slides, readText(join(mdir, f), rel(join(mdir, f)), root, !linked.has(`modules/${name}/${f}`), allowed));
      }
      modules.push({ id: name, dir: mdir, relDir: rel(mdir), langFiles, slideFiles, files });
    }
  }
  return {
    folder,
    dir,
    relDir: rel(dir),
    config: readText(join(dir, 'manual.yaml'), rel(join(dir, 'manual.yaml')), root),
    glossary: lexists(glossaryPath) ? readText(glossaryPath, rel(glossaryPath), root, false, allowed) : undefined,
    modules,
    files: manualFiles,
    refused,
    allowed: [...allowed],
  };
}

/** An event folder's file: event.yaml, or conference.yaml (its name before there were other kinds). */
export const EVENT_FILE = 'event.yaml';
export const CONFERENCE_FILE = 'conference.yaml';

/** The file that describes the event in `dir`: event.yaml when it is there, else conference.yaml. */
export function eventFileIn(dir: string): string {
  return lexists(join(dir, EVENT_FILE)) ? EVENT_FILE : CONFERENCE_FILE;
}

export function readConferenceSources(root: string, dir: string): ConferenceSources {
  const path = join(dir, eventFileIn(dir));
  return {
    folder: dir.split(sep).pop() ?? dir,
    dir,
    relDir: toPosix(relative(root, dir)),
    config: readText(path, toPosix(relative(root, path)), root),
  };
}
