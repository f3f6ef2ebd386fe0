// The agenda: every session with its time, room and speakers (templates/agenda.typ).
import { label } from '../packet-data.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'agenda.typ';

export const agenda = {
  id: 'agenda',
  template: TEMPLATE,
  perAttendee: false,
  make: async (ctx, langs) => [{ pdf: await ctx.page(TEMPLATE, langs, undefined), title: label('agenda', langs) }],
} as const satisfies SharedPart;
