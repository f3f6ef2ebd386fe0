// Readability over time (`report --history`): each module's language files
// as they were in the last N commits that touched the module's folder, read
// from git, scored with the language's first scale. git is optional: without
// it, or outside a repository, a warning says why and the report goes on.
import { analyse, scalesFor, type ScaleId } from '../check/readability/scores.js';
import type { Manual } from '../model/types.js';
import { splitFrontMatter } from '../model/split-front-matter.js';
import { parseCatFileBatch, runGit } from './git.js';

/** `--history` given bare. */
export const DEFAULT_HISTORY_COMMITS = 10;
/** More points than this do not fit a small chart, and each costs a parse per language. */
export const MAX_HISTORY_COMMITS = 200;

export interface HistoryPoint {
  /** Abbreviated commit hash. */
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  value: number;
}

export interface HistorySeries {
  lang: string;
  scale: ScaleId;
  /** Oldest first. */
  points: HistoryPoint[];
}

export interface ModuleHistory {
  module: string;
  series: HistorySeries[];
}

export interface ReadabilityHistory {
  /** At most this many commits per module. */
  commits: number;
  modules: ModuleHistory[];
}

export type HistoryOutcome = { history: ReadabilityHistory } | { warning: string };

const NO_HISTORY = 'the report was written without readability over time';

/** `code` of a Node system error, when it is one. */
const codeOf = (e: unknown): string | undefined => (e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined);

export async function readabilityHistory(root: string, manual: Manual, langs: readonly string[], commits: number): Promise<HistoryOutcome> {
  let prefix: string;
  try {
    const r = await runGit(root, ['rev-parse', '--show-prefix']);
    if (r.code !== 0) {
      const said = r.stderr.split('\n')[0] || `git rev-parse exited with code ${r.code}`;
      // Not a repository, or one git will not read (another owner: safe.directory).
      const what = /not a git repository/i.test(said) ? 'the project folder is not in a git repository' : 'git could not read the repository of the project folder';
      return { warning: `--history: ${what} (${said}); ${NO_HISTORY}` };
    }
    prefix = r.stdout.toString('utf8').trim();
  } catch (e) {
    const why = codeOf(e) === 'ENOENT' ? 'git is not installed (not found on PATH)' : `git could not be started (${e instanceof Error ? e.message : String(e)})`;
    return { warning: `--history: ${why}; ${NO_HISTORY}` };
  }
  const scored = langs.flatMap((lang) => {
    const scale = scalesFor(lang)[0];
    return scale ? [{ lang, scale: scale.id }] : [];
  });
  // Which commits touched each module; then every file at every commit through one cat-file.
  const logs: { module: string; relDir: string; commits: { hash: string; date: string }[] }[] = [];
  for (const m of manual.modules) {
    const r = await runGit(root, ['log', `--max-count=${commits}`, '--format=%H %cI', '--', m.relDir]);
    // A repository without commits yet: no history, no error.
    const lines = r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
    const list = lines.map((l) => ({ hash: l.slice(0, l.indexOf(' ')), date: l.slice(l.indexOf(' ') + 1, l.indexOf(' ') + 11) })).reverse();
    logs.push({ module: m.id, relDir: m.relDir, commits: list });
  }
  const requests = logs.flatMap((l) => l.commits.flatMap((c) => scored.map((s) => `${c.hash}:${prefix}${l.relDir}/${s.lang}.md`)));
  const blobs = requests.length === 0 ? [] : parseCatFileBatch((await runGit(root, ['cat-file', '--batch'], `${requests.join('\n')}\n`)).stdout, requests.length);
  let k = 0;
  const modules = logs.map((l): ModuleHistory => {
    const series = scored.map((s) => ({ lang: s.lang, scale: s.scale, points: [] as HistoryPoint[] }));
    for (const c of l.commits) {
      for (const s of series) {
        const text = blobs[k++];
        if (text === undefined) continue;
        const split = splitFrontMatter(text);
        const value = analyse(split.body, s.lang, split.bodyLine)?.scores[s.scale];
        if (value !== undefined) s.points.push({ commit: c.hash.slice(0, 7), date: c.date, value });
      }
    }
    return { module: l.module, series: series.filter((s) => s.points.length > 0) };
  });
  return { history: { commits, modules } };
}
