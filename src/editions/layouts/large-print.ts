// `build --large-print` or `editions: [large-print]` in manual.yaml: each
// language on its own at 18pt, one column, never hyphenated, figures as wide
// as the text (templates/lib.typ, `large`; docs/authoring.md, "Large print").
// Not a `--layout`: it is made beside whatever the layout makes, one PDF per
// language, so it is listed in index.ts's EDITION_LIST.
import { oneDocument } from './edition-source.js';
import type { EditionLayout } from './layout.js';

export const largePrint = {
  id: 'large-print',
  help: 'each language in large print (18pt, one column, no hyphenation): <id>.<lang>.large-print.pdf',
  outputs: (manual, langs) => langs.map((l) => ({ name: `${manual.id}.${l}.large-print.pdf`, langs: [l] })),
  source: (plan, docs) => oneDocument(plan, docs, 'large-print'),
} as const satisfies EditionLayout;
