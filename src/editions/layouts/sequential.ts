// `--layout sequential`: all of one language, then the other; one Typst
// document (templates/main.typ).
import { oneDocument } from './edition-source.js';
import { languagePairs, type EditionLayout } from './layout.js';

export const sequential = {
  id: 'sequential',
  help: 'all of one language, then the other',
  outputs: languagePairs,
  source: (plan, docs) => oneDocument(plan, docs, 'sequential'),
} as const satisfies EditionLayout;
