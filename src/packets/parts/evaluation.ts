// The evaluation form: the conference's likert and open questions (templates/evaluation.typ),
// handed in at the end: on sheets of its own, starting on a front page.
import { label } from '../packet-data.js';
import type { SharedPart } from './part.js';

const TEMPLATE = 'evaluation.typ';

export const evaluation = {
  id: 'evaluation',
  template: TEMPLATE,
  sheet: 'alone',
  perAttendee: false,
  make: async (ctx, langs) => [{ pdf: await ctx.page(TEMPLATE, langs, undefined), title: label('evaluation', langs) }],
} as const satisfies SharedPart;
