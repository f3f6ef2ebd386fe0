import { describe, expect, it } from 'vitest';
import { parseAttendees } from '../../src/packets/attendees.js';
import { slugOf } from '../../src/model/slug.js';
import { assignSlugs, MAX_SLUG } from '../../src/packets/slugs.js';

describe('packet slugs', () => {
  it('never gives two attendees the same slug, whatever order duplicates come in', () => {
    expect(assignSlugs(['Ana', 'Ana', 'Ana-2'])).toEqual(['ana', 'ana-2', 'ana-2-2']);
    expect(assignSlugs(['Ana-2', 'Ana', 'Ana', 'ANA'])).toEqual(['ana-2', 'ana', 'ana-3', 'ana-4']);
    expect(assignSlugs(['José Pérez', 'Jose Perez', 'JOSÉ  PÉREZ!'])).toEqual(['jose-perez', 'jose-perez-2', 'jose-perez-3']);
  });

  it('never takes a name the run writes itself or a device name', () => {
    expect(assignSlugs(['Print', 'print', 'Print-2', 'Con', 'NUL', 'Lpt1', 'Certificates'])).toEqual(['print-2', 'print-3', 'print-2-2', 'con-2', 'nul-2', 'lpt1-2', 'certificates-2']);
  });

  it('shortens long names to a safe length and keeps them unique', () => {
    const long = `${'Guadalupe '.repeat(30)}Núñez`;
    const slugs = assignSlugs([long, long, `${long} Peña`, 'x'.repeat(300)]);
    for (const s of slugs) {
      expect(Buffer.byteLength(s)).toBeLessThanOrEqual(MAX_SLUG);
      expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(slugs).size).toBe(4);
    expect(slugs[0]).toMatch(/^guadalupe-guadalupe-/);
    expect(slugs[1]).toBe(`${slugs[0]!.slice(0, MAX_SLUG - 2).replace(/-[a-z]*$/, '')}-2`);
    expect(slugs[3]).toBe('x'.repeat(MAX_SLUG));
  });

  it('transliterates accents and letters, and numbers a name with no Latin letters', () => {
    expect(slugOf('Ñuñez')).toBe('nunez');
    expect(slugOf('Straße Æsir Øyvind Łukasz ǅemal')).toBe('strasse-aesir-oyvind-lukasz-dzemal');
    expect(slugOf('王小明')).toBe('');
    expect(assignSlugs(['Ana', '王小明', 'محمد', 'Attendee 002', '李 2'])).toEqual(['ana', 'attendee-002', 'attendee-003', 'attendee-002-2', '2']);
  });

  it('are assigned by parseAttendees in one pass over the CSV, skipped rows not counted', () => {
    const r = parseAttendees('name\nAna\n\nAna\n,\nAna-2\nPrint\n王小明\n', 'a.csv', ['es']);
    expect(r.attendees.map((a) => [a.name, a.slug, a.line])).toEqual([
      ['Ana', 'ana', 2],
      ['Ana', 'ana-2', 4],
      ['Ana-2', 'ana-2-2', 6],
      ['Print', 'print-2', 7],
      ['王小明', 'attendee-005', 8],
    ]);
  });
});
