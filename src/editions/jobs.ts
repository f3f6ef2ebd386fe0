// How many worker threads a build uses when the user does not say.
import { availableParallelism } from 'node:os';

/** Each worker holds a pandoc of its own (about 130 MB more per thread): more than this buys little on a laptop. */
export const MAX_DEFAULT_JOBS = 4;

/** One thread per core, at most MAX_DEFAULT_JOBS. */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS));
}

/**
 * Conversions a worker thread must have to pay for starting it and its own
 * pandoc. Measured here, cold builds on two threads against one: 16
 * conversions no faster and 140 MB more; the samples' 24 were 1.1× faster,
 * 32 were 1.18× faster.
 */
export const CONVERSIONS_PER_WORKER = 10;

/**
 * Worker threads for a build that must convert `pending` files with at most
 * `jobs` threads: 0 (pandoc in the main thread) until at least two workers
 * would each get CONVERSIONS_PER_WORKER.
 */
export function workerThreads(pending: number, jobs: number): number {
  const n = Math.min(jobs, Math.floor(pending / CONVERSIONS_PER_WORKER));
  return n >= 2 ? n : 0;
}
