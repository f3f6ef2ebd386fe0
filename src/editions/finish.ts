// One output from plan to file: skipped when the record of the last build
// says the file on disk is what these inputs make; otherwise made by its
// layout, imposed as a booklet when asked, written atomically and recorded.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imposeBooklet } from '../assemble/booklet.js';
import { savePdf } from '../assemble/save.js';
import { hashParts, sha256, type BuildCache } from '../cache/build-cache.js';
import type { PromokitError } from '../errors.js';
import { manualTimestamp } from '../model/dates.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { Documents, OutputPlan } from './layouts/layout.js';
import { setEditionMetadata } from './metadata.js';
import type { BuildOptions, BuildOutput } from './options.js';

/** Bump when the post-processing (booklet, metadata) changes. */
const FINISH_VERSION = '1';

/** Builds one output, or throws why it could not be built. */
export async function finishOutput(plan: OutputPlan, docs: Documents, options: BuildOptions, cache: BuildCache): Promise<BuildOutput> {
  const started = performance.now();
  const path = join(options.out, plan.manual.id, plan.name);
  const booklet = options.booklet === true ? {} : options.booklet || undefined;
  const src = await plan.layout.source(plan, docs);
  const key = hashParts([FINISH_VERSION, src.key, booklet ? `booklet ${JSON.stringify(booklet)}` : 'plain']);
  const result = (pages: number, upToDate: boolean, warnings: PromokitError[] = []): BuildOutput => ({
    manual: plan.manual.id,
    path,
    langs: plan.langs,
    layout: plan.layout.id,
    pages,
    upToDate,
    ms: Math.round(performance.now() - started),
    warnings,
  });

  const record = await cache.outputRecord(path);
  if (record && record.key === key) {
    const existing = await readFile(path).catch(() => undefined);
    if (existing && sha256(existing) === record.sha256) return result(record.pages, true);
  }

  let { pdf, pages, warnings } = await src.make();
  if (booklet) {
    const imposed = await imposeBooklet(pdf, { ...booklet, file: plan.name });
    setEditionMetadata(imposed, plan, manualTimestamp(plan.manual, options.sourceDateEpoch));
    pdf = await savePdf(imposed);
    pages = imposed.getPageCount();
  }
  await writeFileAtomic(path, pdf);
  await cache.setOutputRecord(path, { key, sha256: sha256(pdf), pages });
  return result(pages, false, warnings);
}
