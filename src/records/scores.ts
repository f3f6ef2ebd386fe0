// Pre/post test scores: two CSVs (one row per attendee: `name` and one column
// per question, `q1`, `q2`…, marked 1 / x / yes / sí when right) in; the gain
// of each attendee and the share right per question out (CSV), and a small
// self-contained HTML summary with an inline SVG bar chart.
import { parse } from 'csv-parse/sync';
import { PromokitError } from '../errors.js';

export interface ScoreSheet {
  /** Question columns in order: q1, q2… */
  questions: string[];
  /** Name (as written) → right (true) per question. */
  rows: Map<string, boolean[]>;
}

const RIGHT = /^(1|x|y|yes|s|si|sí|true|correct|c|✓)$/i;
const key = (name: string): string => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export function parseScoreSheet(text: string, file: string): ScoreSheet {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    throw new PromokitError(`the score CSV cannot be read: ${(err as Error).message}`, { file, rule: 'scores-csv' });
  }
  const [head = [], ...body] = records;
  const columns = head.map((c) => c.toLowerCase());
  const nameAt = columns.indexOf('name');
  if (nameAt === -1) throw new PromokitError(`the header needs a "name" column (it has: ${columns.join(', ')})`, { file, line: 1, rule: 'scores-csv' });
  const qAt = columns.flatMap((c, i) => (/^q\d+$/.test(c) ? [i] : []));
  if (!qAt.length) throw new PromokitError('the header has no question columns (q1, q2…)', { file, line: 1, rule: 'scores-csv' });
  const rows = new Map<string, boolean[]>();
  for (const r of body) {
    const name = r[nameAt]?.trim();
    if (name) rows.set(name, qAt.map((i) => RIGHT.test(r[i]?.trim() ?? '')));
  }
  return { questions: qAt.map((i) => columns[i]!), rows };
}

export interface AttendeeGain {
  name: string;
  pre: number | null;
  post: number | null;
  /** post − pre, in questions; null without both. */
  gain: number | null;
}

export interface QuestionResult {
  question: string;
  text: string | null;
  /** Share right, 0–1, of those who took that test. */
  pre: number | null;
  post: number | null;
}

export interface ScoreSummary {
  questions: number;
  attendees: AttendeeGain[];
  perQuestion: QuestionResult[];
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
}

const count = (marks: boolean[] | undefined): number | null => (marks ? marks.filter(Boolean).length : null);
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function scoreSummary(pre: ScoreSheet, post: ScoreSheet, texts: readonly string[] = []): ScoreSummary {
  const preBy = new Map([...pre.rows].map(([n, m]) => [key(n), m]));
  const postBy = new Map([...post.rows].map(([n, m]) => [key(n), m]));
  const names = new Map<string, string>();
  for (const n of [...pre.rows.keys(), ...post.rows.keys()]) if (!names.has(key(n))) names.set(key(n), n);
  const attendees = [...names].map(([k, name]) => {
    const a = count(preBy.get(k));
    const b = count(postBy.get(k));
    return { name, pre: a, post: b, gain: a !== null && b !== null ? b - a : null };
  });
  const n = Math.max(pre.questions.length, post.questions.length);
  const share = (sheet: ScoreSheet, i: number): number | null => (sheet.rows.size && i < sheet.questions.length ? mean([...sheet.rows.values()].map((m) => (m[i] ? 1 : 0))) : null);
  const perQuestion = Array.from({ length: n }, (_, i) => ({ question: `q${i + 1}`, text: texts[i] ?? null, pre: share(pre, i), post: share(post, i) }));
  const nums = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
  return {
    questions: n,
    attendees,
    perQuestion,
    meanPre: mean(nums(attendees.map((a) => a.pre))),
    meanPost: mean(nums(attendees.map((a) => a.post))),
    meanGain: mean(nums(attendees.map((a) => a.gain))),
  };
}

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);

export function attendeeCsv(s: ScoreSummary): string {
  const lines = [['name', 'pre', 'post', 'questions', 'gain'].join(',')];
  for (const a of s.attendees) lines.push([a.name, a.pre, a.post, s.questions, a.gain].map(cell).join(','));
  return `${lines.join('\n')}\n`;
}

export function questionCsv(s: ScoreSummary): string {
  const lines = [['question', 'text', 'pre_percent_right', 'post_percent_right', 'change_points'].join(',')];
  for (const q of s.perQuestion) {
    const change = q.pre !== null && q.post !== null ? pct(q.post - q.pre) : null;
    lines.push([q.question, q.text, pct(q.pre), pct(q.post), change].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
