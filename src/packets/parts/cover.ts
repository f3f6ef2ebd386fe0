// The cover: the conference and the attendee's name (templates/cover.typ).
import type { EventConfig } from '../../model/schema.js';
import type { AttendeePart } from './part.js';

const TEMPLATE = 'cover.typ';

export const cover = {
  id: 'cover',
  template: TEMPLATE,
  numbered: false,
  perAttendee: true,
  make: async (ctx, langs, attendee) => [{ pdf: await ctx.page(TEMPLATE, langs, attendee), title: attendee.name }],
} as const satisfies AttendeePart<EventConfig>;
