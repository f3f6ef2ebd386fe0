// The session handouts, in the first language of the order: a module's pages
// (as its module edition has them, typeset in memory), our deck's handout or
// an external PDF's, 3 slides a page with note lines. A session that points
// at something missing is reported on its line of the event file (the
// `conference-reference` check rule) and left out; the others still go in.
import { existsSync } from 'node:fs';
import type { MergePart } from '../../assemble/merge.js';
import { readPdf } from '../../assemble/load.js';
import { nup } from '../../assemble/nup.js';
import { sessionReferenceProblems } from '../../check/rules/conference-reference.js';
import { wasmPandoc } from '../../convert/pandoc-wasm.js';
import { PromokitError } from '../../errors.js';
import type { AgendaConfig } from '../../model/schema.js';
import { renderDeck } from '../../slides/build-slides.js';
import { modulePart } from './module-pages.js';
import type { PartContext, SharedPart } from './part.js';

type Session = AgendaConfig['sessions'][number];

export const handouts = {
  id: 'handouts',
  perAttendee: false,
  async make(ctx, langs) {
    const lang = langs[0]!;
    const parts: MergePart[] = [];
    for (const [i, s] of ctx.config.sessions.entries()) {
      const title = s.title[lang] ?? Object.values(s.title)[0] ?? '';
      try {
        const problem = sessionReferenceProblems(ctx.conf, i, ctx.project.root, existsSync)[0];
        if (problem) throw new PromokitError(problem.message, { file: problem.file, line: problem.line, rule: problem.rule });
        const part = await sessionHandout(ctx, i, s, lang, title);
        if (part) parts.push(part);
      } catch (err) {
        ctx.report(err instanceof PromokitError ? err : new PromokitError(err instanceof Error ? err.message : String(err), { file: ctx.conf.configFile, line: ctx.conf.lineOf(['sessions', i]) }));
      }
    }
    return parts;
  },
} as const satisfies SharedPart;

/** The handout of one session whose references are there; undefined for a session with none (a break). */
async function sessionHandout(ctx: PartContext, i: number, s: Session, lang: string, title: string): Promise<MergePart | undefined> {
  const paper = ctx.options.paper ?? 'letter';
  /** The reference is there, but its manual or module could not be read. */
  const unreadable = (field: 'module' | 'slides', ref: string): PromokitError =>
    new PromokitError(`${field} ${ref} cannot be read; run "promokit check" for the details`, { file: ctx.conf.configFile, line: ctx.conf.lineOf(['sessions', i, field]), rule: 'conference-reference' });
  if (s.module) return modulePart(ctx, s.module, lang, title, () => unreadable('module', s.module!));
  if (s.slides) {
    const [manualId, moduleId] = s.slides.split('/') as [string, string];
    const manual = ctx.project.manuals.find((m) => m.id === manualId);
    const module = manual?.modules.find((m) => m.id === moduleId);
    const file = module?.slides[lang];
    if (!manual || !module || !file) throw unreadable('slides', s.slides);
    const deck = await renderDeck(ctx.project.root, manual, module, file, wasmPandoc(), ctx.timestamp, ctx.typesetting);
    return { pdf: await nup([{ pdf: deck.pdf, title }], { perPage: 3, paper, pageNumbers: false }), title };
  }
  if (s.pdf) {
    const path = ctx.files.decks.get(i);
    // Preflight refused a pdf outside the project or not a file before anything was made.
    if (!path) throw new PromokitError(`pdf ${s.pdf} cannot be read`, { file: ctx.conf.configFile, line: ctx.conf.lineOf(['sessions', i, 'pdf']), rule: 'conference-reference' });
    const deck = await readPdf(path);
    return { pdf: await nup([{ pdf: deck, file: path, title }], { perPage: 3, paper, pageNumbers: false }), title };
  }
  return undefined;
}
