// `promokit merge-reports`: the --json summaries of the shards of one run
// (build, slides, packet or check with --shard k/n) joined into the summary
// one unsharded run would print: lists put together (outputs, packets,
// failures, findings — a finding every shard reported, such as a broken
// manual.yaml, kept once), counts added (stats, check's summary), `ok` only
// when every shard was ok and none is missing. A missing, duplicated or
// mismatched shard is a finding of its own (exit 1); a file that is not a
// shard's summary is a usage error (exit 2). Pure: reading is the command's.
import { compareFindings, type Finding, type FindingJson } from '../findings/finding.js';
import { JSON_SHAPE_VERSION } from '../findings/report/json.js';
import { UsageError } from '../errors.js';
import type { ShardSummary } from '../shard.js';

export interface ShardReport {
  /** The file it was read from, as the user named it. */
  file: string;
  json: Record<string, unknown>;
  shard: ShardSummary;
}

export interface MergedReport {
  command: string;
  ok: boolean;
  /** `findings`, or check's `diagnostics`. */
  findingsKey: string;
  findings: Finding[];
  /** Every other key of the summaries, merged (`shard` says which shards were merged). */
  data: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SHARD_NUMBERS = ['index', 'total', 'assigned', 'units'] as const;

/** The command a shard's summary came from, told by what its shards share out (src/shard.ts). */
const COMMAND_OF_UNIT: Readonly<Record<string, string>> = { output: 'build', deck: 'slides', attendee: 'packet', 'manual or module': 'check' };

/** A summary checked as one shard's: version 1 and a `shard` key. A UsageError naming the file otherwise. */
export function readShardReport(file: string, text: string): ShardReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`not JSON (${err instanceof Error ? err.message : String(err)}): save the shard's --json output, not its text`, { file, rule: 'merge-reports' });
  }
  if (!isObject(json)) throw new UsageError('not a promokit --json summary (not a JSON object)', { file, rule: 'merge-reports' });
  if (json.version !== JSON_SHAPE_VERSION) {
    throw new UsageError(`summary version ${JSON.stringify(json.version ?? null)}: this promokit reads version ${JSON_SHAPE_VERSION}`, { file, rule: 'merge-reports' });
  }
  const s = json.shard;
  if (!isObject(s) || SHARD_NUMBERS.some((k) => !Number.isInteger(s[k])) || typeof s.plan !== 'string' || typeof s.unit !== 'string') {
    throw new UsageError('no "shard" in this summary: was it made with --shard k/n?', { file, rule: 'merge-reports' });
  }
  if ((s.index as number) < 1 || (s.index as number) > (s.total as number)) {
    throw new UsageError(`"shard": index ${s.index} of ${s.total} shards is not a shard`, { file, rule: 'merge-reports' });
  }
  if (!Object.hasOwn(COMMAND_OF_UNIT, s.unit)) {
    throw new UsageError(`a shard of "${s.unit}"s: not a summary of build, slides, packet or check`, { file, rule: 'merge-reports' });
  }
  return { file, json, shard: s as unknown as ShardSummary };
}

export function commandOf(r: ShardReport): string {
  return COMMAND_OF_UNIT[r.shard.unit] ?? r.shard.unit;
}

/** Arrays joined, numbers added, objects merged key by key; anything else: the first value. */
function mergeValue(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) {
      // A key JSON may hold but an object must not take as its own.
      if (k === '__proto__') continue;
      out[k] = Object.hasOwn(out, k) ? mergeValue(out[k], v) : v;
    }
    return out;
  }
  return a ?? b;
}

const findingOf = (f: FindingJson): Finding => {
  const out: Finding = { rule: f.rule, severity: f.severity, message: f.message };
  if (f.file !== null) out.file = f.file;
  if (f.line !== null) out.line = f.line;
  if (f.column !== null) out.column = f.column;
  if (f.hint !== null) out.hint = f.hint;
  if (f.manual !== null) out.manual = f.manual;
  if (f.module !== null) out.module = f.module;
  if (f.lang !== null) out.lang = f.lang;
  return out;
};

/** What is wrong with the set of shards: missing, duplicated, or from different runs. */
function shardProblems(reports: readonly ShardReport[]): Finding[] {
  const problems: Finding[] = [];
  const first = reports[0]!;
  const total = first.shard.total;
  const mismatch = (message: string, file: string): Finding => ({ rule: 'shard-mismatch', severity: 'error', file, message });
  for (const r of reports.slice(1)) {
    if (commandOf(r) !== commandOf(first)) problems.push(mismatch(`a ${commandOf(r)} summary, but ${first.file} is a ${commandOf(first)} summary`, r.file));
    else if (r.shard.total !== total) problems.push(mismatch(`shard ${r.shard.index}/${r.shard.total}, but ${first.file} is one of ${total} shards`, r.file));
    else if (r.shard.plan !== first.shard.plan || r.shard.units !== first.shard.units) {
      problems.push(mismatch(`made from other sources or options than ${first.file} (plan ${r.shard.plan}, not ${first.shard.plan}): every shard must run on the same commit with the same options`, r.file));
    }
  }
  for (let k = 1; k <= total; k++) {
    const with_k = reports.filter((r) => r.shard.index === k && r.shard.total === total);
    if (with_k.length === 0) {
      problems.push({ rule: 'shard-missing', severity: 'error', message: `shard ${k}/${total} is missing: its ${first.shard.unit}s are not in this report (did its job fail, or its file not get downloaded?)` });
    } else if (with_k.length > 1) {
      problems.push({ rule: 'shard-duplicate', severity: 'error', file: with_k[1]!.file, message: `shard ${k}/${total} is given more than once: ${with_k.map((r) => r.file).join(', ')}` });
    }
  }
  return problems;
}

export function mergeShardReports(reports: readonly ShardReport[]): MergedReport {
  if (reports.length === 0) throw new UsageError('merge-reports: name the --json summaries of the shards to merge');
  const command = commandOf(reports[0]!);
  const findingsKey = command === 'check' ? 'diagnostics' : 'findings';
  // Shard order, so that outputs come as one run lists them.
  const sorted = [...reports].sort((a, b) => a.shard.index - b.shard.index);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let data: Record<string, unknown> = {};
  for (const r of sorted) {
    const { version: _v, ok: _ok, shard: _s, [findingsKey]: list, ...rest } = r.json;
    for (const f of Array.isArray(list) ? (list as FindingJson[]) : []) {
      const key = JSON.stringify(f);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(findingOf(f));
    }
    data = mergeValue(data, rest) as Record<string, unknown>;
  }
  // A failure every shard met is one failure.
  if (Array.isArray(data.failures)) data.failures = [...new Map(data.failures.map((f) => [JSON.stringify(f), f])).values()];
  const problems = shardProblems(reports);
  findings.sort(compareFindings);
  const first = reports[0]!.shard;
  data.shard = {
    total: first.total,
    merged: sorted.map((r) => r.shard.index),
    unit: first.unit,
    assigned: sorted.reduce((n, r) => n + r.shard.assigned, 0),
    units: first.units,
    plan: first.plan,
  };
  const errors = [...problems, ...findings].some((f) => f.severity === 'error');
  const allOk = reports.every((r) => r.json.ok === true);
  // check's summary is counted again from the findings kept (a shard's count may include one another shard also had).
  if (command === 'check' && isObject(data.summary)) {
    const e = findings.filter((f) => f.severity === 'error').length;
    data.summary = { ...data.summary, errors: e, warnings: findings.length - e };
  }
  return { command, ok: allOk && !errors, findingsKey, findings: [...problems, ...findings], data };
}
