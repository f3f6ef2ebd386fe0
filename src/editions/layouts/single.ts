// `--layout single`: no bilingual edition. Its `source` is also what makes
// every one-language edition and module edition, whatever the layout.
import type { Manual } from '../../model/types.js';
import { oneDocument } from './edition-source.js';
import type { EditionLayout, OutputPlan } from './layout.js';

export const single = {
  id: 'single',
  help: 'no bilingual edition',
  outputs: () => [],
  source: (plan, docs) => oneDocument(plan, docs, 'single'),
} as const satisfies EditionLayout;

/** The edition of one language: `<id>.<lang>.pdf`. */
export function oneLanguage(manual: Manual, lang: string): OutputPlan {
  return { manual, name: `${manual.id}.${lang}.pdf`, langs: [lang], layout: single };
}
