// Writes the files of one folder (a module) as one unit: every new file is
// written beside its target first, then all are renamed into place. If a
// rename fails, the files already renamed get their old text back; if the
// process is killed between two renames, the journal lets the next run finish
// (src/edit/journal.ts). So a module is either all old or all new.
import { chmodSync, copyFileSync, linkSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PromokitError } from '../errors.js';
import { discardTemp, registerTemp, releaseTemp, tempPathFor } from '../temp-files.js';
import { digest, writeJournal, type Journal, type JournalEntry } from './journal.js';
import { testPause, testPauseSync } from '../test-pause.js';

export interface FileEdit {
  /** Absolute path of the file to replace or create. */
  path: string;
  /** The same, as messages show it (relative to the project root). */
  file: string;
  data: string | Uint8Array;
  /** The text the edit was made from: if the file no longer holds it, nothing is written. */
  original?: string | Uint8Array;
}

/** The one file-system call a test may replace, to make a rename fail. */
export interface CommitFs {
  rename(from: string, to: string): void;
}

export interface CommitOptions {
  fs?: Partial<CommitFs>;
}

interface Staged extends FileEdit {
  tmp: string;
  backup: string | null;
  before: string | null;
}

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function commitFiles(edits: readonly FileEdit[], options: CommitOptions = {}): Promise<void> {
  if (edits.length === 0) return;
  const dir = dirname(edits[0]!.path);
  if (edits.some((e) => dirname(e.path) !== dir)) throw new Error('commitFiles: the files of one edit must share a folder');
  const staged = await stage(edits);
  await testPause('temps-written');
  // Nothing below awaits: SIGINT and SIGTERM are handled before or after the
  // renames, never between two of them.
  try {
    swap(dir, staged, options.fs?.rename ?? renameSync);
  } finally {
    for (const s of staged) releaseTemp(s.tmp);
  }
}

async function stage(edits: readonly FileEdit[]): Promise<Staged[]> {
  const staged: Staged[] = [];
  try {
    for (const e of edits) {
      const s: Staged = { ...e, tmp: tempPathFor(e.path), backup: null, before: null };
      registerTemp(s.tmp);
      staged.push(s);
      await writeFile(s.tmp, e.data, { flag: 'wx' });
      try {
        chmodSync(s.tmp, statSync(e.path).mode & 0o7777); // the new file keeps the old one's permissions
      } catch {
        // a new file: default permissions
      }
    }
  } catch (err) {
    for (const s of staged) discardTemp(s.tmp);
    const failed = staged[staged.length - 1];
    throw new PromokitError(`could not write a temporary file beside it: ${reason(err)} (nothing was changed)`, { file: failed?.file });
  }
  return staged;
}

function swap(dir: string, staged: Staged[], rename: (from: string, to: string) => void): void {
  for (const s of staged) {
    let now: Buffer | undefined;
    try {
      now = readFileSync(s.path);
    } catch {
      now = undefined;
    }
    if (s.original !== undefined && (now === undefined || digest(now) !== digest(s.original))) {
      for (const t of staged) discardTemp(t.tmp);
      throw new PromokitError('the file changed while promokit was editing it; run the command again (nothing was changed)', { file: s.file });
    }
    s.before = now === undefined ? null : digest(now);
  }
  const many = staged.length > 1;
  if (many) {
    for (const s of staged) {
      if (s.before === null) continue;
      s.backup = tempPathFor(s.path, '.bak');
      registerTemp(s.backup);
      try {
        linkSync(s.path, s.backup);
      } catch {
        copyFileSync(s.path, s.backup);
      }
    }
  }
  const entries: JournalEntry[] = staged.map((s) => ({
    target: basename(s.path),
    temp: basename(s.tmp),
    backup: s.backup && basename(s.backup),
    before: s.before,
    after: digest(s.data),
  }));
  const journal = many ? join(dir, `.promokit-commit.${process.pid}.${Date.now()}.json`) : undefined;
  if (journal) writeJournal(journal, { mode: 'forward', entries });
  testPauseSync('journal-written');
  let done = 0;
  try {
    for (const s of staged) {
      rename(s.tmp, s.path);
      done++;
      if (done === 1) testPauseSync('renamed-1');
    }
  } catch (err) {
    undo(staged, done, journal, entries);
    const failed = staged[done]!;
    throw new PromokitError(`could not replace the file: ${reason(err)}; every file of the edit is as it was (nothing was changed)`, { file: failed.file });
  }
  testPauseSync('renamed-all');
  if (journal) rmSync(journal, { force: true });
  for (const s of staged) if (s.backup) discardTemp(s.backup);
}

/** Gives the `done` first files their old text back and removes every temporary file. */
function undo(staged: Staged[], done: number, journal: string | undefined, entries: JournalEntry[]): void {
  try {
    if (journal) writeJournal(journal, { mode: 'back', entries } satisfies Journal);
    for (const s of staged.slice(0, done).reverse()) {
      if (s.backup) renameSync(s.backup, s.path);
      else rmSync(s.path, { force: true });
    }
  } catch (err) {
    // The journal stays: the next stamp or ids in this folder finishes undoing.
    for (const s of staged) if (s.backup) releaseTemp(s.backup);
    throw new PromokitError(
      `a file could not be replaced and the files already replaced could not be restored (${reason(err)}); run the command again to restore them`,
      { file: staged[0]!.file },
    );
  }
  for (const s of staged) {
    discardTemp(s.tmp);
    if (s.backup) discardTemp(s.backup);
  }
  if (journal) rmSync(journal, { force: true });
}
