// Packet file names: one slug per attendee, unique in the run by construction.
// They are assigned in one pass over every attendee (before `--only` picks one,
// so a packet keeps its name), starting from the names packet itself writes
// (`print`, `certificates`), so no attendee's packet can overwrite another file of the run.
import { slugOf } from '../model/slug.js';

/** Slugs the run writes itself (print.pdf, certificates.pdf), and names some file systems refuse (Windows devices). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'print',
  'certificates',
  'con', 'prn', 'aux', 'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Longest slug, in bytes (slugs are ASCII): far below the 255-byte limit of a file name. */
export const MAX_SLUG = 80;

/** At most `max` characters, cut at a dash when one is near the end, never ending in a dash. */
export function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash >= max - 20 && dash > 0 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/**
 * One slug per name, in order: the name's slug, shortened to MAX_SLUG; a name
 * with no Latin letter or digit gets `attendee-NNN` (its position, from 1);
 * a slug already taken (by an earlier attendee or a reserved name) gets the
 * first free `-2`, `-3`… (shortened so that it still fits).
 */
export function assignSlugs(names: readonly string[], reserved: ReadonlySet<string> = RESERVED_SLUGS): string[] {
  const taken = new Set(reserved);
  return names.map((name, i) => {
    const base = shorten(slugOf(name), MAX_SLUG) || `attendee-${String(i + 1).padStart(3, '0')}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${shorten(base, MAX_SLUG - `-${n}`.length)}-${n}`;
    taken.add(slug);
    return slug;
  });
}
