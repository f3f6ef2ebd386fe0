// An exchange's contact sheet: travellers and hosts, their organisation,
// role and phone (templates/contacts.typ).
import type { ExchangeConfig } from '../../model/schema.js';
import { EXCHANGE_LABELS } from '../exchange-data.js';
import { fill } from '../packet-data.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'contacts.typ';

export const contacts = {
  id: 'contacts',
  template: TEMPLATE,
  perAttendee: false,
  make: async (ctx, langs) => [{ pdf: await ctx.page(TEMPLATE, langs, undefined), title: fill(EXCHANGE_LABELS.contacts!, langs)[langs[0]!]! }],
} as const satisfies SharedPart<ExchangeConfig>;
