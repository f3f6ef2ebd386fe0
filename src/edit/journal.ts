// The journal of a multi-file edit: written once every new file is complete
// and before the first rename, removed after the last. A journal left in a
// folder means a run was killed between those two moments; the next `stamp`
// or `ids` in that folder finishes the edit (or finishes undoing it), so a
// module is never left half old, half new.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError } from '../errors.js';
import { tempPathFor } from '../temp-files.js';

export const JOURNAL_NAME = /^\.promokit-commit\.(\d+)\.(\d+)\.json$/;

/** A journal younger than this whose process is alive belongs to a run still going. */
const LIVE_MS = 60_000;

export interface JournalEntry {
  /** File names in the journal's folder. */
  target: string;
  temp: string;
  backup: string | null;
  /** sha256 of the target before (null: it did not exist) and after the edit. */
  before: string | null;
  after: string;
}

export interface Journal {
  /** forward: the edit is being made; back: it failed and is being undone. */
  mode: 'forward' | 'back';
  entries: JournalEntry[];
}

export const digest = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

function digestOf(path: string): string | null {
  try {
    return digest(readFileSync(path));
  } catch {
    return null;
  }
}

/** Writes the journal whole or not at all. */
export function writeJournal(path: string, journal: Journal): void {
  const tmp = tempPathFor(path);
  writeFileSync(tmp, JSON.stringify(journal));
  renameSync(tmp, path);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Brings every file of a journal to the side it names: forward, each target
 * becomes its new text; back, its old text. A target that is neither (changed
 * by hand since) is left alone and named. Returns the targets it changed.
 */
export function replayJournal(dir: string, journal: Journal): { changed: string[]; conflicts: string[] } {
  const changed: string[] = [];
  const conflicts: string[] = [];
  for (const e of journal.entries) {
    const target = join(dir, e.target);
    const now = digestOf(target);
    const wanted = journal.mode === 'forward' ? e.after : e.before;
    const from = journal.mode === 'forward' ? e.temp : e.backup;
    if (now !== wanted) {
      const other = journal.mode === 'forward' ? e.before : e.after;
      if (now !== other) conflicts.push(e.target);
      else if (wanted === null) {
        rmSync(target, { force: true });
        changed.push(e.target);
      } else if (from && existsSync(join(dir, from))) {
        renameSync(join(dir, from), target);
        changed.push(e.target);
      } else conflicts.push(e.target);
    }
  }
  if (conflicts.length) return { changed, conflicts };
  for (const e of journal.entries) {
    for (const name of [e.temp, e.backup]) if (name) rmSync(join(dir, name), { force: true });
  }
  return { changed, conflicts };
}

/**
 * Finishes the edits that runs killed in mid-commit left in `dir`. Returns the
 * files it brought up to date; throws when a file changed since, so that
 * nothing of the author's is overwritten.
 */
export function recoverEdits(dir: string, relDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => JOURNAL_NAME.test(n));
  } catch {
    return [];
  }
  const done: string[] = [];
  for (const name of names) {
    const pid = Number(JOURNAL_NAME.exec(name)![1]);
    const path = join(dir, name);
    let journal: Journal;
    try {
      if (pid === process.pid || (alive(pid) && Date.now() - statSync(path).mtimeMs < LIVE_MS)) continue;
      journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    } catch {
      continue; // gone meanwhile: its run finished
    }
    const r = replayJournal(dir, journal);
    if (r.conflicts.length) {
      throw new PromokitError(
        `a run stopped in the middle of editing this module (${name}), and ${r.conflicts.join(', ')} changed since; compare with the files named in ${name}, keep what you want, then delete the files it names and ${name} (nothing was changed)`,
        { file: `${relDir}/${r.conflicts[0]}` },
      );
    }
    rmSync(path, { force: true });
    done.push(...r.changed.map((t) => `${relDir}/${t}`));
  }
  return done;
}
