// A manual module's pages for a packet, in one language (the module's first
// when it lacks that one): as its module edition has them, typeset in memory,
// without facilitator notes unless asked, numbered by the packet itself.
// Used by the conference's handouts and the exchange's reading.
import type { MergePart } from '../../assemble/merge.js';
import { typesetModules } from '../../editions/module-pages.js';
import { PromokitError } from '../../errors.js';
import type { EventConfig } from '../../model/schema.js';
import type { PartContext } from './part.js';

/** `ref` is `manual-id/NN-slug`; `unreadable` is the error when its manual or module cannot be read. */
export async function modulePart<C extends EventConfig>(ctx: PartContext<C>, ref: string, lang: string, title: string, unreadable: () => PromokitError): Promise<MergePart> {
  const [manualId, moduleId] = ref.split('/') as [string, string];
  const manual = ctx.project.manuals.find((m) => m.id === manualId);
  if (!manual?.modules.some((m) => m.id === moduleId)) throw unreadable();
  const mlang = manual.config.languages.includes(lang) ? lang : manual.config.languages[0]!;
  const [pages] = await typesetModules(ctx.project, manual, [mlang], {
    out: ctx.options.out,
    modules: [moduleId],
    paper: ctx.options.paper ?? 'letter',
    // The attendee's copy has no facilitator notes (answers); the packet numbers its pages itself.
    facilitator: ctx.options.facilitator === true,
    pageNumbers: false,
    ...(ctx.options.sourceDateEpoch ? { sourceDateEpoch: ctx.options.sourceDateEpoch } : {}),
    cache: ctx.typesetting.cache,
    onStats: (stats) => ctx.typesetting.addModules(stats),
  });
  if (!pages?.pdf) throw pages?.failures[0] ?? unreadable();
  return { pdf: pages.pdf, title, file: `${manual.relDir}/modules/${moduleId}` };
}

/** The module's title in `lang` (its front matter), else its id. */
export function moduleTitle<C extends EventConfig>(ctx: PartContext<C>, ref: string, lang: string): string {
  const [manualId, moduleId] = ref.split('/') as [string, string];
  const mod = ctx.project.manuals.find((m) => m.id === manualId)?.modules.find((m) => m.id === moduleId);
  const file = mod?.files[lang] ?? (mod ? Object.values(mod.files)[0] : undefined);
  return file?.meta?.title ?? ref;
}
