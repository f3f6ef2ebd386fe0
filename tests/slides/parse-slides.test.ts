import { describe, expect, it } from 'vitest';
import { notesText, parseSlides } from '../../src/slides/parse-slides.js';

describe('parseSlides', () => {
  it('splits at --- and at ## headings, takes notes out, keeps lines', () => {
    const body = [
      '## Uno', // 5
      '',
      '- a',
      '',
      '::: notes',
      'Nota **uno**.',
      ':::',
      '',
      '---',
      '',
      '## Dos', // 15
      '- b',
      '## Tres', // 17
      '',
      '```',
      '---',
      '## no',
      '```',
      '---',
      'Sin título', // 24
    ].join('\n');
    const slides = parseSlides({ body, bodyLine: 5 });
    expect(slides.map((s) => [s.n, s.title, s.line])).toEqual([
      [1, 'Uno', 5],
      [2, 'Dos', 15],
      [3, 'Tres', 17],
      [4, '', 24],
    ]);
    expect(slides[0]!.body).toBe('- a');
    expect(slides[0]!.notes).toBe('Nota **uno**.');
    expect(slides[2]!.body).toBe('```\n---\n## no\n```');
    expect(notesText(slides[0]!.notes)).toBe('Nota uno.');
  });
  it('keeps nested divs inside notes', () => {
    const s = parseSlides({ body: '## A\n\n::: notes\n::: warning\nOjo\n:::\nMás\n:::\n', bodyLine: 1 });
    expect(s).toHaveLength(1);
    expect(s[0]!.notes).toBe('::: warning\nOjo\n:::\nMás');
    expect(s[0]!.body).toBe('');
  });
});
