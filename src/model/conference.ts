// conference.yaml → validated config with the line of every session field,
// so a missing module or deck is reported on the line that names it.
import type { TextSource } from '../sources/read-text.js';
import type { Diagnostic } from './diagnostic.js';
import { readYamlFile } from './manual.js';
import { ConferenceConfig } from './schema.js';
import { parseYaml } from './yaml.js';

export interface BuiltConference {
  config: ConferenceConfig | undefined;
  /** Line of a field, e.g. ['sessions', 2, 'pdf']. */
  lineOf: (path: readonly (string | number)[]) => number;
  diagnostics: Diagnostic[];
}

export function buildConference(src: TextSource, folder: string): BuiltConference {
  const diagnostics: Diagnostic[] = [];
  const config = readYamlFile(src, ConferenceConfig, 'config-invalid', {}, diagnostics);
  const yaml = parseYaml(src.text ?? '');
  if (config && config.id !== folder) {
    diagnostics.push({ rule: 'config-invalid', severity: 'error', file: src.file, line: yaml.lineOf(['id']), message: `field "id" is "${config.id}" but the folder is "${folder}"; they must be the same` });
  }
  return { config, lineOf: (p) => yaml.lineOf(p), diagnostics };
}
