// One bilingual guide per site visit of an exchange: where and when, the
// host, what to observe, questions to ask, room for notes
// (templates/site-visit.typ, set once per visit with `visit` in its data).
import type { ExchangeConfig } from '../../model/schema.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'site-visit.typ';

export const visits = {
  id: 'visits',
  template: TEMPLATE,
  perAttendee: false,
  async make(ctx, langs) {
    const lang = langs[0]!;
    return Promise.all(
      ctx.config.visits.map(async (v, i) => ({
        pdf: await ctx.page(TEMPLATE, langs, undefined, { visit: i }),
        title: v.place[lang] ?? Object.values(v.place)[0] ?? v.id,
      })),
    );
  },
} as const satisfies SharedPart<ExchangeConfig>;
