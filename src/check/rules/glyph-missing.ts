import { codePointName, GLYPH_FONTS, mayLackGlyphs, missingGlyphs } from '../glyph-coverage.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

const ENTITY = /&[#A-Za-z]/;
const FONTS = GLYPH_FONTS.map((f) => f.family).join(', then ');

/** A combining mark is shown on a dotted circle, as character tables do. */
const shown = (cp: number): string => {
  const ch = String.fromCodePoint(cp);
  return /^\p{M}$/u.test(ch) ? `◌${ch}` : ch;
};

export const rule: Rule = {
  id: 'glyph-missing',
  severity: 'error',
  summary: 'a character no font of the PDFs has: it would print as an empty box',
  check({ manual }) {
    const out: RuleFinding[] = [];
    // One finding per character per line: the line is where to fix it.
    const scan = (text: string, at: Omit<RuleFinding, 'message'>): void => {
      if (!mayLackGlyphs(text)) return;
      for (const cp of missingGlyphs(text)) {
        out.push({
          ...at,
          message: `"${shown(cp)}" (${codePointName(cp)}) cannot be printed: no font of the PDFs (${FONTS}) has it, so it would show as an empty box; use another character or write it out in words`,
        });
      }
    };

    const config = manual.config;
    for (const lang of config.languages) {
      for (const field of ['title', 'subtitle'] as const) {
        const text = config[field]?.[lang];
        if (text) scan(text, { file: manual.configFile, line: manual.configLineOf([field, lang]), lang });
      }
    }
    manual.glossary?.terms.forEach((term, i) => {
      for (const lang of config.languages) {
        const entry = term[lang];
        if (entry && typeof entry === 'object') scan(`${entry.term} ${entry.definition}`, { file: manual.glossaryFile!, line: manual.glossaryLines[i] ?? 1, lang });
      }
    });

    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const at = { file: f.file, module: m.id, lang: f.lang };
        const title = f.data['title'];
        if (typeof title === 'string') scan(title, { ...at, line: f.fieldLines['title'] ?? 1 });
        // One test of the whole body spares the usual file the walk below;
        // an entity (&#xA7DA;, &hearts;) is a character only once decoded.
        if (!mayLackGlyphs(f.body) && !ENTITY.test(f.body)) continue;
        // Every text block, notes for the facilitator too: they are printed.
        for (const block of f.text) for (const part of block.parts) scan(part.text, { ...at, line: part.line });
        // Alt text is the figure's caption. Code is set in Typst's own monospaced font, not checked here.
        for (const img of f.images) scan(img.alt, { ...at, line: img.line });
      }
    }
    return out;
  },
};
