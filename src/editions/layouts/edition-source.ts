// How an edition's un-imposed PDF is made: set in pieces and joined
// (assemble-edition.ts, the default), or as one Typst document compiled as is.
// Apart from layout.ts so that the layouts' shared types import nothing that
// imports them back.
import type { DocLayout } from '../../typeset/document.js';
import type { Documents, OutputPlan, Unimposed } from './layout.js';

/**
 * The source of an edition: set in pieces and joined (assemble-edition.ts),
 * or, for a module edition and when the build declares a PDF standard, one
 * Typst document compiled as is: pdf-lib copies pages but not the structure
 * tree (tags) PDF/UA needs, nor PDF/A's output intent and XMP.
 */
export async function oneDocument(plan: OutputPlan, docs: Documents, layout: DocLayout): Promise<Unimposed> {
  if (docs.pieced && plan.part !== 'module') {
    const { piecedEdition } = await import('../assemble-edition.js');
    return piecedEdition(plan, docs, layout);
  }
  const doc = await docs.prepare(plan.manual, plan.langs, layout, plan.part);
  return { key: doc.key, make: () => docs.compile(doc) };
}
