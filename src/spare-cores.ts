// How many cores the machine has to spare for work done ahead or beside the
// main thread (an early pandoc worker, join workers).
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/**
 * Cores left free now, besides the one this process runs on. On Linux, from
 * the kernel's count of runnable tasks (/proc/loadavg's fourth field, this
 * process's thread among them): it is of this instant, where the load
 * average is of the last minute and stays high for a minute after a build.
 * Elsewhere, the cores less that average.
 */
export function spareCores(read: () => string = () => readFileSync('/proc/loadavg', 'utf8'), cores = availableParallelism()): number {
  try {
    const running = /^\S+ \S+ \S+ (\d+)\//.exec(read());
    if (running) return cores - Number(running[1]);
  } catch {
    // No /proc: the load average below.
  }
  return cores - (loadavg()[0] ?? 0);
}
