// `--layout flip`: one language from the front cover, the other upside-down
// from the back. Each half is its language's one-language document (shared
// with that edition, so compiled once); flip-book.ts joins them.
// pdf-lib is loaded when a flip book is made, not when the CLI lists the
// layouts: every command's start-up would pay for it.
import { hashParts } from '../../cache/build-cache.js';
import { oneDocument } from './edition-source.js';
import { languagePairs, type EditionLayout } from './layout.js';
import { oneLanguage } from './single.js';

export const flip = {
  id: 'flip',
  help: 'one language from the front cover, the other upside-down from the back',
  outputs: languagePairs,
  async source(plan, docs) {
    const { manual, langs } = plan;
    const [a, b] = await Promise.all(langs.map((l) => oneDocument(oneLanguage(manual, l), docs, 'single')));
    return {
      key: hashParts(['flip', a!.key, b!.key]),
      make: async () => {
        const [{ savePdf }, { flipBook }, { setEditionMetadata }] = await Promise.all([
          import('../../assemble/save.js'),
          import('../flip-book.js'),
          import('../metadata.js'),
        ]);
        const [pa, pb] = await Promise.all([a!.make(), b!.make()]);
        const half = (i: 0 | 1, pdf: Uint8Array) => ({ pdf, title: manual.config.title[langs[i]!] ?? langs[i]!, file: `${manual.id}.${langs[i]}.pdf` });
        const doc = await flipBook(half(0, pa!.pdf), half(1, pb!.pdf));
        setEditionMetadata(doc, plan, docs.timestamp(manual));
        const pdf = await savePdf(doc);
        return { pdf, pages: doc.getPageCount(), warnings: [...pa!.warnings, ...pb!.warnings] };
      },
    };
  },
} as const satisfies EditionLayout;
