// The repository's sample manuals built into a temp folder with the library
// (not the CLI), for the HTML edition's tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHtml, type HtmlResult } from '../../src/html/build-html.js';
import { loadProject } from '../../src/model/load-project.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A fixed date, so two builds are compared on their content alone. */
export const EPOCH = '1767225600';

export async function buildSamples(out = mkdtempSync(join(tmpdir(), 'promokit-html-'))): Promise<{ out: string; result: HtmlResult }> {
  const result = await buildHtml(loadProject(REPO).project, { out, perModule: true, sourceDateEpoch: EPOCH });
  return { out, result };
}
