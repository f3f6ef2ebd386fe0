// The manual modules an exchange reads (its `modules:` and each visit's
// `module:`, each once, in that order), in the first language of the packet.
// A module that cannot be read is reported on its line and left out.
import type { MergePart } from '../../assemble/merge.js';
import { PromokitError } from '../../errors.js';
import type { ExchangeConfig } from '../../model/schema.js';
import { modulePart, moduleTitle } from './module-pages.js';
import type { SharedPart } from './part.js';

/** Each module the exchange names, once, with the path of its first mention in the event file. */
export function exchangeModules(c: ExchangeConfig): { ref: string; path: (string | number)[] }[] {
  const seen = new Map<string, (string | number)[]>();
  c.modules.forEach((ref, i) => {
    if (!seen.has(ref)) seen.set(ref, ['modules', i]);
  });
  c.visits.forEach((v, i) => {
    if (v.module && !seen.has(v.module)) seen.set(v.module, ['visits', i, 'module']);
  });
  return [...seen].map(([ref, path]) => ({ ref, path }));
}

export const reading = {
  id: 'modules',
  perAttendee: false,
  async make(ctx, langs) {
    const lang = langs[0]!;
    const parts: MergePart[] = [];
    for (const { ref, path } of exchangeModules(ctx.config)) {
      const where = { file: ctx.conf.configFile, line: ctx.conf.lineOf(path), rule: 'conference-reference' };
      try {
        parts.push(await modulePart(ctx, ref, lang, moduleTitle(ctx, ref, lang), () => new PromokitError(`module ${ref} cannot be read; run "promokit check" for the details`, where)));
      } catch (err) {
        ctx.report(err instanceof PromokitError ? err : new PromokitError(err instanceof Error ? err.message : String(err), where));
      }
    }
    return parts;
  },
} as const satisfies SharedPart<ExchangeConfig>;
