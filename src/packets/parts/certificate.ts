// The certificate of attendance, with the attendee's name (templates/certificate.typ),
// alone on its sheet (a blank back), or in certificates.pdf with --certificates separate.
import { label } from '../packet-data.js';
import type { AttendeePart } from './part.js';

const TEMPLATE = 'certificate.typ';

export const certificate = {
  id: 'certificate',
  template: TEMPLATE,
  sheet: 'alone',
  numbered: false,
  perAttendee: true,
  make: async (ctx, langs, attendee) => [{ pdf: await ctx.page(TEMPLATE, langs, attendee), title: label('certificate', langs) }],
} as const satisfies AttendeePart;
