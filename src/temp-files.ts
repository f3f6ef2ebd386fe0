// Temporary files and folders of this process: named so that anyone can tell
// them from sources (`.<name>.<pid>.<time>.tmp`), removed when the process is
// stopped by SIGINT/SIGTERM/SIGHUP, and swept by later runs when a kill -9 left
// them behind.
import { lstatSync, opendirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.<time>.tmp`: what every temporary file or folder of promokit is called. */
export const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

/** Leftovers older than this are removed by the next run that writes beside them. */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** At most this many entries of a folder are looked at by one sweep. */
const SWEEP_LIMIT = 10_000;

let lastTime = 0;

/** A fresh temporary path beside `target`, unique within this process. */
export function tempPathFor(target: string, tag = ''): string {
  const time = Math.max(Date.now(), lastTime + 1);
  lastTime = time;
  return join(dirname(target), `.${basename(target)}${tag}.${process.pid}.${time}.tmp`);
}

const pending = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof SIGNALS;
const handlers = new Map<Signal, () => void>();

/** Removes every registered temporary path now (synchronously: safe in a signal handler). */
export function removeRegisteredTemps(): void {
  for (const p of [...pending]) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Nothing more can be done on the way out; the sweep of a later run will.
    }
    pending.delete(p);
  }
  uninstall();
}

function install(): void {
  for (const sig of Object.keys(SIGNALS) as Signal[]) {
    if (handlers.has(sig)) continue;
    const handler = (): void => {
      handlers.delete(sig);
      removeRegisteredTemps();
      // Others listening (watch) decide how to stop; alone, stop as the signal would.
      if (process.listenerCount(sig) === 0) process.exit(SIGNALS[sig]);
    };
    handlers.set(sig, handler);
    // First in line, so that a listener that exits at once (watch) cannot skip the clean-up.
    process.prependOnceListener(sig, handler);
  }
  process.once('exit', removeRegisteredTemps);
}

function uninstall(): void {
  for (const [sig, handler] of handlers) process.off(sig, handler);
  handlers.clear();
  process.off('exit', removeRegisteredTemps);
}

/** Remember `path` as temporary: it is removed if the process is interrupted before `releaseTemp`. */
export function registerTemp(path: string): void {
  pending.add(path);
  if (pending.size === 1) install();
}

/** `path` is no longer temporary (renamed into place, or removed). */
export function releaseTemp(path: string): void {
  pending.delete(path);
  if (pending.size === 0) uninstall();
}

/** Remove `path` (file or folder) and forget it. */
export function discardTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
  releaseTemp(path);
}

/**
 * Removes promokit's temporary files and folders in `dir` (not below it) that
 * are older than a day: what a killed run left. Looks at no more than
 * SWEEP_LIMIT entries; never throws. Returns what it removed.
 */
export function sweepStaleTemps(dir: string, now = Date.now(), maxAgeMs = STALE_TEMP_MS): string[] {
  const removed: string[] = [];
  let handle;
  try {
    handle = opendirSync(dir);
  } catch {
    return removed;
  }
  try {
    for (let n = 0; n < SWEEP_LIMIT; n++) {
      const entry = handle.readSync();
      if (!entry) break;
      const m = TEMP_NAME.exec(entry.name);
      if (!m || Number(m[2]) === process.pid) continue;
      const path = join(dir, entry.name);
      try {
        if (now - lstatSync(path).mtimeMs < maxAgeMs) continue;
        rmSync(path, { recursive: true, force: true });
        removed.push(path);
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  } catch {
    // An unreadable folder is not this sweep's business.
  } finally {
    try {
      handle.closeSync();
    } catch {
      // already closed
    }
  }
  return removed;
}

const swept = new Set<string>();

/** sweepStaleTemps, at most once per folder in this process (for writers of many files). */
export function sweepStaleTempsOnce(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  sweepStaleTemps(dir);
}
