// An exchange's itinerary: day by day, each item's time and what happens,
// site visits marked with their host (templates/itinerary.typ).
import type { ExchangeConfig } from '../../model/schema.js';
import { EXCHANGE_LABELS } from '../exchange-data.js';
import { fill } from '../packet-data.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'itinerary.typ';

export const itinerary = {
  id: 'itinerary',
  template: TEMPLATE,
  perAttendee: false,
  make: async (ctx, langs) => [{ pdf: await ctx.page(TEMPLATE, langs, undefined), title: fill(EXCHANGE_LABELS.itinerary!, langs)[langs[0]!]! }],
} as const satisfies SharedPart<ExchangeConfig>;
