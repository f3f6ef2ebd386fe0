// An exchange's reflection journal: one page per day, its date and title,
// the reflection questions and lines to write on (templates/journal.typ,
// set once per day with `day` in its data).
import type { ExchangeConfig } from '../../model/schema.js';
import { EXCHANGE_LABELS } from '../exchange-data.js';
import { fill } from '../packet-data.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'journal.typ';

export const journal = {
  id: 'journal',
  template: TEMPLATE,
  perAttendee: false,
  async make(ctx, langs) {
    const word = fill(EXCHANGE_LABELS.reflection!, langs)[langs[0]!]!;
    return Promise.all(ctx.config.days.map(async (_, i) => ({ pdf: await ctx.page(TEMPLATE, langs, undefined, { day: i }), title: `${word} — ${i + 1}` })));
  },
} as const satisfies SharedPart<ExchangeConfig>;
