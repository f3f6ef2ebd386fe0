// event.yaml (or conference.yaml) → validated config of its kind, with the
// line of every field, so a missing module or deck is reported on the line
// that names it. `kind:` picks the schema (conference when absent).
import type { TextSource } from '../sources/read-text.js';
import type { Diagnostic } from './diagnostic.js';
import { readYamlFile } from './manual.js';
import { EVENT_KINDS, EVENT_SCHEMAS, type AgendaConfig, type EventKind, type ExchangeConfig } from './schema.js';
import { parseYaml } from './yaml.js';

export interface BuiltConference {
  kind: EventKind | undefined;
  /** A conference or a training (events with an agenda and attendees). */
  config: AgendaConfig | undefined;
  exchange: ExchangeConfig | undefined;
  /** Line of a field, e.g. ['sessions', 2, 'pdf']. */
  lineOf: (path: readonly (string | number)[]) => number;
  diagnostics: Diagnostic[];
}

const isKind = (v: unknown): v is EventKind => EVENT_KINDS.some((k) => k === v);

export function buildConference(src: TextSource, folder: string): BuiltConference {
  const diagnostics: Diagnostic[] = [];
  const yaml = parseYaml(src.text ?? '');
  const lineOf = (p: readonly (string | number)[]): number => yaml.lineOf(p);
  const raw = yaml.value;
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).kind : undefined;
  const kind = given === undefined ? 'conference' : isKind(given) ? given : undefined;
  if (kind === undefined && !yaml.errors.length && src.text !== undefined) {
    diagnostics.push({ rule: 'config-invalid', severity: 'error', file: src.file, line: lineOf(['kind']), message: `field "kind" is ${JSON.stringify(given)}: write one of ${EVENT_KINDS.join(', ')}` });
    return { kind, config: undefined, exchange: undefined, lineOf, diagnostics };
  }
  const parsed = readYamlFile(src, EVENT_SCHEMAS[kind ?? 'conference'], 'config-invalid', {}, diagnostics);
  if (parsed && parsed.id !== folder) {
    diagnostics.push({ rule: 'config-invalid', severity: 'error', file: src.file, line: lineOf(['id']), message: `field "id" is "${parsed.id}" but the folder is "${folder}"; they must be the same` });
  }
  const config = parsed && parsed.kind !== 'exchange' ? parsed : undefined;
  const exchange = parsed?.kind === 'exchange' ? parsed : undefined;
  return { kind, config, exchange, lineOf, diagnostics };
}
