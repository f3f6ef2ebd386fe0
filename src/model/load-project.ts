// Reads a project (or the parts of it named on the command line) into the model.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import {
  discoverFolders,
  readConferenceSources,
  readManualSources,
  toPosix,
} from '../sources/project-sources.js';
import type { Diagnostic } from './diagnostic.js';
import { buildConference } from './conference.js';
import { realFolders } from '../sources/safe-read.js';
import { buildManual } from './manual.js';
import { withScanCache, type ScanCache } from './scan-cache.js';
import type { ConferenceRef, Manual, Project } from './types.js';

export interface LoadedProject {
  project: Project;
  diagnostics: Diagnostic[];
  /** Manuals whose manual.yaml could not be read (still counted in summaries). */
  brokenManuals: string[];
  /** When paths name single modules: manual id → module ids to keep. */
  moduleFilter: Map<string, Set<string>> | undefined;
}

export interface Targets {
  manualDirs: string[];
  conferenceDirs: string[];
  moduleFilter: Map<string, Set<string>> | undefined;
  /** Folders under manuals/ that may not be read (links outside the project, broken links). */
  refused: { dir: string; problem: { rule: string; message: string } }[];
}

/**
 * Maps command-line paths to manuals, conferences and modules. A path may be the
 * root, manuals/, a manual or conference folder, a module folder, or a file in one.
 * Relative paths are resolved against `cwd`.
 */
export function selectTargets(root: string, paths: string[], cwd: string): Targets {
  const all = discoverFolders(root);
  if (paths.length === 0) return { manualDirs: all.manuals, conferenceDirs: all.conferences, moduleFilter: undefined, refused: all.refused };
  const manualDirs = new Set<string>();
  const conferenceDirs = new Set<string>();
  const moduleFilter = new Map<string, Set<string>>();
  const wholeManuals = new Set<string>();
  const manualsBase = join(root, 'manuals');
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`path not found: ${p}`);
    if (abs === root || abs === manualsBase) {
      all.manuals.forEach((d) => { manualDirs.add(d); wholeManuals.add(d); });
      all.conferences.forEach((d) => conferenceDirs.add(d));
      continue;
    }
    const rel = relative(manualsBase, abs);
    if (rel.startsWith('..') || rel === '' ) throw new UsageError(`${p} is not inside ${toPosix(relative(cwd, manualsBase)) || 'manuals'}/`);
    const parts = rel.split(sep);
    const top = join(manualsBase, parts[0]!);
    if (all.conferences.includes(top)) { conferenceDirs.add(top); continue; }
    if (!all.manuals.includes(top)) throw new UsageError(`${p}: ${toPosix(relative(root, top))} holds neither manual.yaml nor event.yaml (or conference.yaml)`);
    manualDirs.add(top);
    if (parts[1] === 'modules' && parts[2] && statSync(join(top, 'modules', parts[2])).isDirectory()) {
      const id = parts[0]!;
      if (!moduleFilter.has(id)) moduleFilter.set(id, new Set());
      moduleFilter.get(id)!.add(parts[2]);
    } else {
      wholeManuals.add(top);
    }
  }
  for (const d of wholeManuals) moduleFilter.delete(d.split(sep).pop()!);
  return {
    manualDirs: [...manualDirs].sort(),
    conferenceDirs: [...conferenceDirs].sort(),
    moduleFilter: moduleFilter.size ? moduleFilter : undefined,
    refused: [],
  };
}

export interface LoadedManual {
  manual: Manual | undefined;
  diagnostics: Diagnostic[];
}

/** One manual folder → its model (undefined when manual.yaml cannot be read) and what was wrong. */
export function loadManual(root: string, dir: string): LoadedManual {
  let built = buildManual(readManualSources(root, dir));
  // Folders manual.yaml allows outside the project: read the manual again with them.
  const allow = built.manual?.config.allow_paths;
  if (allow?.length) built = buildManual(readManualSources(root, dir, realFolders(dir, allow)));
  return { manual: built.manual, diagnostics: built.diagnostics };
}

/** Problems with the folders under manuals/ that were not read at all. */
export function refusedDiagnostics(root: string, targets: Pick<Targets, 'refused'>): Diagnostic[] {
  return targets.refused.map(({ dir, problem }) => ({ rule: problem.rule, severity: 'error', file: toPosix(relative(root, dir)), line: 1, message: problem.message }));
}

export function loadConferences(root: string, dirs: readonly string[]): { conferences: ConferenceRef[]; diagnostics: Diagnostic[] } {
  const conferences: ConferenceRef[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const src = readConferenceSources(root, dir);
    const built = buildConference(src.config, src.folder);
    diagnostics.push(...built.diagnostics);
    conferences.push({ id: src.folder, dir: src.dir, relDir: src.relDir, configFile: src.config.file, kind: built.kind, config: built.config, exchange: built.exchange, lineOf: built.lineOf });
  }
  return { conferences, diagnostics };
}

/** `scans`: where Markdown scans are kept between runs (model/scan-cache.ts); none by default. */
export function loadProject(root: string, paths: string[] = [], cwd = root, scans?: ScanCache): LoadedProject {
  return withScanCache(scans, () => loadTargets(root, paths, cwd));
}

function loadTargets(root: string, paths: string[], cwd: string): LoadedProject {
  const targets = selectTargets(root, paths, cwd);
  const diagnostics: Diagnostic[] = refusedDiagnostics(root, targets);
  const manuals: Manual[] = [];
  const brokenManuals: string[] = [];
  for (const dir of targets.manualDirs) {
    const loaded = loadManual(root, dir);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.manual) manuals.push(loaded.manual);
    else brokenManuals.push(dir.split(sep).pop()!);
  }
  const { conferences, diagnostics: conferenceDiagnostics } = loadConferences(root, targets.conferenceDirs);
  diagnostics.push(...conferenceDiagnostics);
  return { project: { root, manuals, conferences }, diagnostics, brokenManuals, moduleFilter: targets.moduleFilter };
}
