// Where a script that runs in a thread or process of its own is (a pandoc
// worker, the Typst child, the bench's memory sampler): the compiled
// JavaScript beside its caller in dist/; when the caller runs from src/
// (vitest), the same file in dist/, which `npm test` builds first.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `script`: its path under dist/ (`convert/pandoc-worker.js`); `from`: the import.meta.url of a module in the same folder. */
export function compiledScript(from: string, script: string): string {
  const beside = fileURLToPath(new URL(`./${basename(script)}`, from));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../../dist/${script}`, from));
}
