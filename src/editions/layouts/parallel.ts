// `--layout parallel` (the default): both languages side by side, each section
// starting level in both columns; one Typst document (templates/main.typ).
import { oneDocument } from './edition-source.js';
import { languagePairs, type EditionLayout } from './layout.js';

export const parallel = {
  id: 'parallel',
  help: 'both languages side by side, each section starting level in both columns',
  outputs: languagePairs,
  source: (plan, docs) => oneDocument(plan, docs, 'parallel'),
} as const satisfies EditionLayout;
