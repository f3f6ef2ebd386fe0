// Sign-in sheets: 45 attendees paginate with the header on every page, names
// and certification numbers pre-printed, walk-in rows after them.
import { describe, expect, it } from 'vitest';
import { agendaSessions } from '../../src/records/attendance.js';
import { eventTimestamp } from '../../src/records/record-page.js';
import { sessionRoster, signinSheets, walkInRows } from '../../src/records/signin.js';
import { readPages } from '../editions/pdf-read.js';
import { attendees, conference, CSV } from './fixture.js';

describe('sign-in sheets', () => {
  it('45 attendees: several pages, the header and column heads on each, every name once', async () => {
    const config = conference();
    const rows = Array.from({ length: 45 }, (_, i) => `Persona Número ${i + 1},es,CHW-${2000 + i},Norte,calor agua`);
    const list = attendees(['name,language,certification_number,region,sessions', ...rows].join('\n'), config);
    const sheets = await signinSheets({ config, paper: 'letter', timestamp: eventTimestamp(config) }, list);
    expect(sheets.map((s) => s.session)).toEqual(['calor', 'agua']);
    const pages = await readPages(sheets[0]!.pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => {
      for (const s of ['Hoja de registro de asistencia', 'Sign-in sheet', 'El calor en el campo', 'Rosa Ibarra Luna', '09:00–10:30', 'Encuentro Regional de Promotoras 2027', 'APR-2027-15', 'Firma', 'Entrada', 'Salida', 'Firma del instructor(a)']) {
        expect(p.text, `page ${i + 1}`).toContain(s);
      }
      expect(p.text).toContain(`${i + 1} / ${pages.length}`);
    });
    const all = pages.map((p) => p.text).join(' ');
    for (let i = 1; i <= 45; i++) {
      expect(all.match(new RegExp(`Persona Número ${i}(?!\\d)`, 'g'))).toHaveLength(1);
      expect(all).toContain(`CHW-${2000 + i - 1}`);
    }
    // Walk-in rows: numbered on after the roster.
    expect(all).toContain(String(45 + walkInRows(45)));
  });

  it('pre-prints only those whose sessions column names the session', () => {
    const config = conference();
    const [calor, agua] = agendaSessions(config);
    const list = attendees(CSV, config);
    expect(sessionRoster(calor!, list).map((a) => a.name)).toEqual(['Ana López Ruiz']);
    expect(sessionRoster(agua!, list).map((a) => a.name)).toEqual(['Ana López Ruiz', 'Beatriz Soto']);
  });
});
