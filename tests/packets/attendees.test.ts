import { describe, expect, it } from 'vitest';
import { parseAttendees } from '../../src/packets/attendees.js';

describe('attendees CSV', () => {
  it('reads BOM, semicolons, quotes, accents; keeps slugs unique', () => {
    const csv = '\ufeffname;language;organization\r\n"Núñez Peña, María José";es;"Clínica; Norte"\r\nJosé Ángel Ramírez;en;Red\r\nJosé Ángel Ramírez;;Otra\r\n';
    const r = parseAttendees(csv, 'a.csv', ['es', 'en']);
    expect(r.failures).toEqual([]);
    expect(r.attendees.map((a) => [a.name, a.slug, a.language, a.organization, a.line])).toEqual([
      ['Núñez Peña, María José', 'nunez-pena-maria-jose', 'es', 'Clínica; Norte', 2],
      ['José Ángel Ramírez', 'jose-angel-ramirez', 'en', 'Red', 3],
      ['José Ángel Ramírez', 'jose-angel-ramirez-2', undefined, 'Otra', 4],
    ]);
  });
  it('reports an empty name and a bad row with their lines and keeps the others', () => {
    const csv = 'name,language\nAna,es\n,es\nLuis,es,extra\nEva,fr\n';
    const r = parseAttendees(csv, 'a.csv', ['es', 'en']);
    expect(r.attendees.map((a) => a.name)).toEqual(['Ana', 'Eva']);
    expect(r.failures.map((f) => [f.line, f.rule])).toEqual([
      [3, 'attendees-csv'],
      [4, 'attendees-csv'],
      [5, 'attendees-csv'],
    ]);
    expect(r.failures[0]!.message).toMatch(/name is empty/);
  });
  it('needs a name column', () => {
    expect(parseAttendees('nombre\nAna\n', 'a.csv', ['es']).failures[0]!.message).toMatch(/"name" column/);
  });
});

describe('attendees limit', () => {
  it('more rows than one run may hold is input-too-large, naming the line where the limit is passed', () => {
    const csv = `name\n${Array.from({ length: 5001 }, (_, i) => `Persona ${i}`).join('\n')}\n`;
    const r = parseAttendees(csv, 'a.csv', ['es', 'en']);
    expect(r.attendees).toEqual([]);
    expect(r.failures.map((f) => [f.rule, f.line])).toEqual([['input-too-large', 5002]]);
  });
});
