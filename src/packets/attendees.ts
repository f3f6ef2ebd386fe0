// attendees.csv (as text: see csv-text.ts for the bytes) → attendees with
// unique slugs (see slugs.ts). Commas or semicolons, quoted fields; a bad row
// is reported with its line and the other attendees are kept.
import { LIMITS } from '../limits.js';
import { parse } from 'csv-parse/sync';
import { PromokitError } from '../errors.js';
import { assignSlugs } from './slugs.js';

export interface Attendee {
  name: string;
  /** Unique in the run, never a name the run writes itself (print): file name of the packet. */
  slug: string;
  language: string | undefined;
  organization: string | undefined;
  email: string | undefined;
  /** Session ids of the `sessions` column (spaces, `|` or `+` between); undefined without that column. */
  sessions: string[] | undefined;
  /** Every other column, by its lower-case header (certification_number, region…): passed to the templates. */
  extra: Record<string, string>;
  /** Line of the CSV. */
  line: number;
}

/** The columns read into fields of their own; any other passes through as `extra`. */
const KNOWN = new Set(['name', 'language', 'organization', 'email', 'sessions']);

export interface AttendeeList {
  attendees: Attendee[];
  failures: PromokitError[];
}

/** The header's separator: the one of `,` and `;` that it holds more of (outside quotes). */
function delimiterOf(text: string): ',' | ';' {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const bare = header.replace(/"[^"]*"/g, '');
  return (bare.match(/;/g)?.length ?? 0) > (bare.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseAttendees(text: string, file: string, languages: readonly string[]): AttendeeList {
  const failures: PromokitError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    return { attendees: [], failures: [new PromokitError(`the CSV cannot be read: ${e.message ?? String(err)}`, { file, line: e.lines, rule: 'attendees-csv' })] };
  }
  const [head, ...rows] = records;
  if (rows.length > LIMITS.attendees) {
    const at = rows[LIMITS.attendees]!.info.lines;
    return { attendees: [], failures: [new PromokitError(`more than ${LIMITS.attendees} attendees in one run (row at line ${at}); split the CSV`, { file, line: at, rule: 'input-too-large' })] };
  }
  const columns = (head?.record ?? []).map((c) => c.trim().toLowerCase());
  const col = (name: string): number => columns.indexOf(name);
  if (col('name') === -1) {
    return { attendees: [], failures: [new PromokitError(`the header row needs a "name" column (it has: ${columns.join(', ') || 'nothing'})`, { file, line: 1, rule: 'attendees-csv' })] };
  }
  const attendees: Omit<Attendee, 'slug'>[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== columns.length) {
      failures.push(new PromokitError(`row has ${record.length} fields, the header has ${columns.length}; this attendee was skipped`, { file, line, rule: 'attendees-csv' }));
      continue;
    }
    const get = (name: string): string | undefined => (col(name) === -1 ? undefined : record[col(name)]?.trim() || undefined);
    const name = get('name');
    if (!name) {
      failures.push(new PromokitError('the name is empty; this row was skipped', { file, line, rule: 'attendees-csv' }));
      continue;
    }
    const language = get('language')?.toLowerCase();
    if (language && !languages.includes(language)) {
      failures.push(new PromokitError(`language "${language}" is not one of the conference's (${languages.join(', ')}); ${name} gets ${languages[0]}`, { file, line, rule: 'attendees-csv' }));
    }
    attendees.push({
      name,
      language: language && languages.includes(language) ? language : undefined,
      organization: get('organization'),
      email: get('email'),
      sessions: col('sessions') === -1 ? undefined : (get('sessions') ?? '').split(/[\s|+]+/).filter(Boolean),
      extra: Object.fromEntries(columns.flatMap((c, i) => (KNOWN.has(c) || !c || !record[i]?.trim() ? [] : [[c, record[i]!.trim()]]))),
      line,
    });
  }
  const slugs = assignSlugs(attendees.map((a) => a.name));
  return { attendees: attendees.map((a, i) => ({ ...a, slug: slugs[i]! })), failures };
}
