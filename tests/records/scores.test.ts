// Score sheets: gains per attendee and results per question from two CSVs.
import { describe, expect, it } from 'vitest';
import { attendeeCsv, parseScoreSheet, questionCsv, scoreSummary } from '../../src/records/scores.js';
import { scoresHtml } from '../../src/records/scores-html.js';

const PRE = 'name,q1,q2,q3,q4\nAna López,1,0,0,0\nBeatriz Soto;x,,,\nCarmen Díaz,1,1,0,1\n'.replace('Soto;x,,,', 'Soto,x,,,');
const POST = 'name;q1;q2;q3;q4\nana lópez;1;1;1;0\nBeatriz Soto;sí;1;0;1\nCarmen Díaz;1;1;1;1\nDaniel Ruiz;0;0;1;0\n';

describe('scores', () => {
  const summary = scoreSummary(parseScoreSheet(PRE, 'pre.csv'), parseScoreSheet(POST, 'post.csv'), ['¿Qué es?', 'Cierto o falso', 'Nombre dos', 'Nombre tres']);

  it('gives each attendee their gain, matching names whatever their case', () => {
    expect(summary.attendees).toEqual([
      { name: 'Ana López', pre: 1, post: 3, gain: 2 },
      { name: 'Beatriz Soto', pre: 1, post: 3, gain: 2 },
      { name: 'Carmen Díaz', pre: 3, post: 4, gain: 1 },
      { name: 'Daniel Ruiz', pre: null, post: 1, gain: null },
    ]);
    expect(summary.meanGain).toBeCloseTo(5 / 3);
    expect(attendeeCsv(summary).split('\n')).toEqual(['name,pre,post,questions,gain', 'Ana López,1,3,4,2', 'Beatriz Soto,1,3,4,2', 'Carmen Díaz,3,4,4,1', 'Daniel Ruiz,,1,4,', '']);
  });

  it('gives the share right per question before and after', () => {
    expect(summary.perQuestion.map((q) => [q.pre, q.post])).toEqual([
      [1, 0.75],
      [1 / 3, 0.75],
      [0, 0.75],
      [1 / 3, 0.5],
    ]);
    expect(questionCsv(summary).split('\n')[3]).toBe('q3,Nombre dos,0,75,75');
  });

  it('writes a self-contained HTML summary with one bar per question and test', () => {
    const html = scoresHtml(summary, 'El calor <prueba>');
    expect(html).toContain('<svg');
    expect(html.match(/<rect /g)).toHaveLength(8);
    expect(html).toContain('El calor &lt;prueba&gt;');
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('refuses a sheet without a name or question columns', () => {
    expect(() => parseScoreSheet('nombre,q1\nA,1\n', 'pre.csv')).toThrow(/"name" column/);
    expect(() => parseScoreSheet('name,total\nA,1\n', 'pre.csv')).toThrow(/q1, q2/);
  });
});
