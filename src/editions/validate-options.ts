// The options of buildManuals that are the caller's mistake, refused with a
// UsageError before anything is read or written: an unknown layout, manual
// or PDF standard, --press with a PDF standard, a --jobs that is not a whole number of at least 1.
import { UsageError } from '../errors.js';
import type { Manual, Project } from '../model/types.js';
import { PDF_STANDARDS } from '../typeset/compile.js';
import { DEFAULT_LAYOUT, EDITION_LIST, LAYOUTS, layoutNamed } from './layouts/index.js';
import type { EditionLayout } from './layouts/layout.js';
import type { BuildOptions } from './options.js';

export interface ValidBuild {
  layout: EditionLayout;
  /** The manuals to build, in the project's order. */
  manuals: Manual[];
  jobs: number;
}

export function validateBuildOptions(project: Project, options: BuildOptions): ValidBuild {
  const name = options.layout ?? DEFAULT_LAYOUT;
  const layout = layoutNamed(name);
  if (!layout) throw new UsageError(`--layout must be one of ${LAYOUTS.join(', ')}, not "${String(name)}"`);

  const known = EDITION_LIST.map((e) => e.id as string);
  const unknownEdition = (options.editions ?? []).find((e) => !known.includes(e));
  if (unknownEdition !== undefined) throw new UsageError(`an edition must be one of ${known.join(', ')}, not "${String(unknownEdition)}"`);

  let manuals = project.manuals;
  if (options.manuals?.length) {
    const wanted = options.manuals;
    const known = new Set(manuals.map((m) => m.id));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new UsageError(
        `no manual ${unknown.map((u) => `"${u}"`).join(', ')} in ${project.root}/manuals (there are: ${[...known].join(', ') || 'none'})`,
      );
    }
    manuals = manuals.filter((m) => wanted.includes(m.id));
  }

  if (options.pdfStandard && !PDF_STANDARDS.includes(options.pdfStandard)) {
    throw new UsageError(`--pdf-standard must be one of ${PDF_STANDARDS.join(', ')}, not "${String(options.pdfStandard)}"`);
  }
  // Crop marks are untagged content in a device colour space: neither PDF/A nor PDF/UA allows them.
  if (options.pdfStandard && options.press) {
    throw new UsageError(`--press and --pdf-standard ${options.pdfStandard} make different files (crop marks break ${options.pdfStandard}): build them one at a time`);
  }
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${String(options.jobs)}"`);
  return { layout, manuals, jobs };
}
