import { describe, expect, it } from 'vitest';
import { inlineText, lineAt, plainText } from '../../../src/check/readability/plain-text.js';
import { splitSentences, wordsOf } from '../../../src/check/readability/sentences.js';

describe('plainText', () => {
  const body = [
    '## Objetivos {#objectives}', // 1
    '',
    'Un texto con **negritas**, `código` y un [enlace](../02-x/es.md#objectives).', // 3
    'Sigue el párrafo ![una imagen](img/x.svg) aquí.', // 4
    '',
    '```yaml', // 6
    'codigo: no se lee',
    '```',
    '',
    '- Primer punto', // 10
    '1. Segundo punto', // 11
    '',
    '| Columna | Otra |', // 13
    '|---|---|',
    '| celda uno | celda dos |', // 15
    '',
    '::: facilitator', // 17
    'Notas para quien facilita.',
    '::: note',
    'Nota anidada, tampoco se lee.',
    ':::',
    ':::',
    '',
    '::: key', // 24
    '> Una cita.', // 25
    ':::',
    '',
    '**Estrés**', // 28
    ': Respuesta del cuerpo.', // 29
    '<!-- comentario',
    'de varias líneas -->',
    'Visite <https://example.org> o www.example.org hoy.', // 32
  ].join('\n');
  const pt = plainText(body, 10); // body starts on file line 10

  it('keeps only what a reader reads, one block per heading, item, cell, definition', () => {
    expect(pt.text.split('\n\n')).toEqual([
      'Objetivos',
      'Un texto con negritas, y un enlace.\nSigue el párrafo aquí.',
      'Primer punto',
      'Segundo punto',
      'Columna',
      'Otra',
      'celda uno',
      'celda dos',
      'Una cita.',
      'Estrés',
      'Respuesta del cuerpo.',
      'Visite o hoy.',
    ]);
  });

  it('maps text offsets back to file lines', () => {
    const at = (s: string): number => lineAt(pt, pt.text.indexOf(s));
    expect(at('Objetivos')).toBe(10);
    expect(at('Sigue')).toBe(13);
    expect(at('Segundo')).toBe(20);
    expect(at('celda dos')).toBe(24);
    expect(at('Una cita')).toBe(34);
    expect(at('Respuesta')).toBe(38);
    expect(at('Visite')).toBe(41);
  });

  it('inlineText removes markup and keeps link text', () => {
    expect(inlineText('*Vea* [el Módulo 3](#x){.y} y ~~no~~ \\*esto\\*')).toBe('Vea el Módulo 3 y no *esto*');
  });
});

describe('splitSentences', () => {
  it('splits at . ! ? … and at block ends, not after abbreviations or before lowercase', () => {
    const text = 'Hable con la Dra. Pérez. ¿Tiene miedo? ¡Llame ya! Etc. y más… sigue aquí.\n\nUn título sin punto\n\nMr. Smith works, e.g. at home. He is "fine." Then he left';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Hable con la Dra. Pérez.',
      '¿Tiene miedo?',
      '¡Llame ya!',
      'Etc. y más… sigue aquí.',
      'Un título sin punto',
      'Mr. Smith works, e.g. at home.',
      'He is "fine."',
      'Then he left',
    ]);
  });
  it('gives offsets of each sentence', () => {
    const text = 'Uno dos. Tres.';
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([[0, 8], [9, 14]]);
  });
  it('words hold a letter; numbers alone are not words', () => {
    expect(wordsOf('Llame al 988, a COVID-19 y a l’hôpital: 25 minutos.')).toEqual(['Llame', 'al', 'a', 'COVID-19', 'y', 'a', 'l’hôpital', 'minutos']);
  });
});
