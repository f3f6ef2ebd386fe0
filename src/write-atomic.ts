import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { testPause } from './test-pause.js';
import { registerTemp, releaseTemp, sweepStaleTempsOnce, tempPathFor } from './temp-files.js';

/**
 * Write to a temporary file beside the target, then rename: no half-written
 * output is ever visible. The temporary file is removed on failure and when
 * the process is interrupted (SIGINT/SIGTERM); the first write into a folder
 * also removes day-old temporary files a killed run left there.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  sweepStaleTempsOnce(dir);
  const tmp = tempPathFor(path);
  registerTemp(tmp);
  try {
    await writeFile(tmp, data);
    await testPause('write-atomic');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    releaseTemp(tmp);
  }
}
