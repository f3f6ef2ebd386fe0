// How many worker threads a build uses when the user does not say.
import { availableParallelism } from 'node:os';

/** Each worker holds a pandoc of its own (about 130 MB more per thread): more than this buys little on a laptop. */
export const MAX_DEFAULT_JOBS = 4;

/** One thread per core, at most MAX_DEFAULT_JOBS. */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS));
}
