// One output from plan to file: skipped when the record of the last build
// says the file on disk is what these inputs make; otherwise made by its
// layout, imposed as a booklet when asked, written atomically and recorded.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imposeBooklet } from '../assemble/booklet.js';
import { embedFontStack } from '../assemble/fonts.js';
import { loadPdf } from '../assemble/load.js';
import { bookletSideLabel, labelsOf, makePressReady } from '../assemble/press.js';
import { savePdf } from '../assemble/save.js';
import { hashParts, sha256, type BuildCache } from '../cache/build-cache.js';
import { PromokitError } from '../errors.js';
import { localeWords } from '../model/locales.js';
import { manualTimestamp } from '../model/dates.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { Documents, OutputPlan } from './layouts/layout.js';
import { setEditionMetadata } from './metadata.js';
import type { BuildOptions, BuildOutput } from './options.js';

/** Bump when the post-processing (booklet, press, metadata) changes. */
const FINISH_VERSION = '3';

/** Builds one output, or throws why it could not be built. */
export async function finishOutput(plan: OutputPlan, docs: Documents, options: BuildOptions, cache: BuildCache): Promise<BuildOutput> {
  const started = performance.now();
  const path = join(options.out, plan.manual.id, plan.name);
  const booklet = options.booklet === true ? {} : options.booklet || undefined;
  const src = await plan.layout.source(plan, docs);
  const key = hashParts([FINISH_VERSION, src.key, booklet ? `booklet ${JSON.stringify(booklet)}` : 'plain', options.press ? 'press' : '']);
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
  if (booklet || options.press) {
    const doc = booklet ? await imposeBooklet(pdf, { ...booklet, file: plan.name }) : await loadPdf(pdf, plan.name);
    if (booklet) setEditionMetadata(doc, plan, manualTimestamp(plan.manual, options.sourceDateEpoch));
    if (options.press) {
      const words = localeWords(plan.manual, plan.langs[0]!).words;
      // The covers: the first page and the last (a flip book's second cover); in a booklet, the first sheet's front.
      const covers = booklet ? [0] : [0, doc.getPageCount() - 1];
      const text = bookletSideLabel({ sheet: words.sheet, front: words.sheet_front, back: words.sheet_back });
      const label = booklet ? { text, font: await embedFontStack(doc, 'regular', labelsOf(text, doc.getPageCount())) } : undefined;
      const { transparency } = makePressReady(doc, { coverPages: covers, ...(label ? { slugLabel: label } : {}) });
      warnings = [...warnings, ...transparency.map((t) => pressWarning(plan.name, t))];
    }
    pdf = await savePdf(doc);
    pages = doc.getPageCount();
  }
  await writeFileAtomic(path, pdf);
  await cache.setOutputRecord(path, { key, sha256: sha256(pdf), pages });
  return result(pages, false, warnings);
}

/** A cover that keeps some transparency after --press (a mask that could not be flattened). */
function pressWarning(name: string, what: string): PromokitError {
  return new PromokitError(`${name}, ${what}: the cover is not free of transparency; flatten that image (a PNG without alpha, or a JPEG) for a print shop`, { rule: 'press-transparency' });
}
