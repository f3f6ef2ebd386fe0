import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sanitizeForFont } from '../../src/assemble/sanitize-text.js';
import { ellipsize, wrapText } from '../../src/assemble/wrap-text.js';
import { layoutTextBlock } from '../../src/assemble/text-box.js';

const helvetica = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

describe('sanitizeForFont (WinAnsi standard fonts)', () => {
  it('keeps Spanish, smart quotes, dashes, €, …, ©', async () => {
    const font = await helvetica();
    const text = 'Señora Núñez: “¿Cómo está?” — ‘bien’… ¡Año €5! © ® ™ • ü';
    expect(sanitizeForFont(text, font)).toBe(text);
  });

  it('drops emoji with their modifiers, maps arrows and symbols, strips diacritics it lacks', async () => {
    const font = await helvetica();
    expect(sanitizeForFont('Bien hecho 👍🏽 y ✅ listo', font)).toBe('Bien hecho y * listo');
    expect(sanitizeForFont('👩‍⚕️ Promotora', font)).toBe('Promotora');
    expect(sanitizeForFont('a → b ≥ c ≠ d', font)).toBe('a -> b >= c != d');
    expect(sanitizeForFont('Łódź, Șerban, Dvořák', font)).toBe('?ódz, Serban, Dvorák');
    expect(sanitizeForFont('中文 text', font)).toBe('?? text');
    expect(sanitizeForFont('tab\there\r\nnew', font)).toBe('tab here\nnew');
  });

  it('never produces text the font cannot encode', async () => {
    const font = await helvetica();
    const nasty = 'ﬁ ≈ ␀ \u0000 \u200b ‐ ‑ ″ 😀 🇲🇽 Ω ∑ ☃ 𝒜 ǅ ñ';
    const clean = sanitizeForFont(nasty, font);
    expect(() => font.encodeText(clean)).not.toThrow();
    expect(() => font.widthOfTextAtSize(clean, 10)).not.toThrow();
  });
});

describe('wrapText', () => {
  const mono = (s: string): number => s.length; // one unit per character
  it('wraps at spaces, keeps paragraphs, breaks over-long words', () => {
    expect(wrapText('uno dos tres cuatro', mono, 8)).toEqual(['uno dos', 'tres', 'cuatro']);
    expect(wrapText('a\n\nb', mono, 8)).toEqual(['a', '', 'b']);
    expect(wrapText('supercalifragilistico', mono, 8)).toEqual(['supercal', 'ifragili', 'stico']);
  });
  it('ellipsize cuts and ends with …', () => {
    expect(ellipsize('corto', mono, 8)).toBe('corto');
    expect(ellipsize('demasiado largo', mono, 8)).toBe('demasia…');
  });
});

describe('layoutTextBlock', () => {
  it('shrinks to fit, then cuts the last line with …', async () => {
    const font = await helvetica();
    const short = layoutTextBlock('Una nota breve.', 200, 50, { font, size: 10, minSize: 6 });
    expect(short).toMatchObject({ size: 10, lines: ['Una nota breve.'], truncated: false });
    const medium = layoutTextBlock('palabra '.repeat(40), 200, 60, { font, size: 10, minSize: 6 });
    expect(medium.size).toBeLessThan(10);
    expect(medium.truncated).toBe(false);
    const long = layoutTextBlock('palabra '.repeat(500), 200, 60, { font, size: 10, minSize: 6 });
    expect(long.truncated).toBe(true);
    expect(long.size).toBe(6);
    expect(long.lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of long.lines) expect(font.widthOfTextAtSize(line, 6)).toBeLessThanOrEqual(200);
  });
});
