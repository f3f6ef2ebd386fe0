// The project settings file, found upwards from the working folder
// (promokit.config.yaml, or a "promokit" key in package.json), validated, and
// applied once for every command: main.ts's preAction hook fills each option
// the command line left at its default. Flags win over the file, and so does
// an environment variable where the option has one (PROMOKIT_PANDOC).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { lilconfigSync } from 'lilconfig';
import { withoutPassword } from '../cache/remote-cache.js';
import { UsageError } from '../errors.js';
import { ProjectConfig } from '../model/project-config.js';
import { parseYaml, schemaIssues, type ParsedYaml, type YamlIssue } from '../model/yaml.js';

export const CONFIG_FILE = 'promokit.config.yaml';
const SEARCH_PLACES = ['package.json', CONFIG_FILE, 'promokit.config.yml'];

export interface LoadedConfig {
  /** Absolute path of the file the settings came from. */
  file: string;
  config: ProjectConfig;
}

type OptionValue = string | number;

export interface Setting {
  /** The key in the settings file (dotted when nested). */
  name: string;
  /** The commander attribute the setting fills. */
  option: string;
  flag: string;
  /** An environment variable that wins over the file (the command reads it itself). */
  env?: string;
  /** What the command does when neither sets it. */
  byDefault: string;
  /** Commands whose option of that name means something else. */
  notFor?: readonly string[];
  /** The value as the option's parser would have made it; paths are resolved against the file's folder. */
  from(config: ProjectConfig, dir: string): OptionValue | undefined;
  /** How `promokit config` shows a value (a URL without its password). */
  show?: (value: string) => string;
}

const path = (value: string | undefined, dir: string): string | undefined => (value === undefined ? undefined : resolve(dir, value));

export const SETTINGS: readonly Setting[] = [
  { name: 'root', option: 'root', flag: '--root', byDefault: 'the nearest folder holding manuals/', from: (c, dir) => path(c.root, dir) },
  { name: 'out', option: 'out', flag: '--out', byDefault: 'out (in the project folder)', from: (c, dir) => path(c.out, dir) },
  { name: 'paper', option: 'paper', flag: '--paper', byDefault: 'letter', from: (c) => c.paper },
  { name: 'layout', option: 'layout', flag: '--layout', byDefault: 'parallel', from: (c) => c.layout },
  // handout's --lang is the one language written into its PDF, not a list to build.
  { name: 'languages', option: 'lang', flag: '--lang', byDefault: 'all of each manual', notFor: ['handout'], from: (c) => c.languages?.join(',') },
  { name: 'format', option: 'format', flag: '--format', byDefault: 'text', from: (c) => c.format },
  { name: 'jobs', option: 'jobs', flag: '--jobs', byDefault: 'one per core', from: (c) => (c.jobs === undefined ? undefined : String(c.jobs)) },
  { name: 'booklet.sheet', option: 'sheet', flag: '--sheet', byDefault: 'no booklet', from: (c) => c.booklet?.sheet },
  { name: 'booklet.signature', option: 'signature', flag: '--signature', byDefault: '16 sheets, with a booklet', from: (c) => c.booklet?.signature },
  {
    name: 'pandoc',
    option: 'pandoc',
    flag: '--pandoc',
    env: 'PROMOKIT_PANDOC',
    byDefault: 'the embedded pandoc-wasm',
    // A name is looked up on PATH; a path is relative to the file.
    from: (c, dir) => (c.pandoc === undefined || !/[\\/]/.test(c.pandoc) ? c.pandoc : resolve(dir, c.pandoc)),
  },
  // Read only: which jobs may write to a shared cache is each job's choice (--cache-write).
  { name: 'cache.url', option: 'cacheUrl', flag: '--cache-url', env: 'PROMOKIT_CACHE_URL', byDefault: 'none: no remote cache', from: (c) => c.cache?.url, show: withoutPassword },
];

function tolerantJson(_file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** The settings file nearest `from` (that folder, then each one above), validated; undefined when there is none. */
export function findConfig(from: string, cwd = process.cwd()): LoadedConfig | undefined {
  const found = lilconfigSync('promokit', {
    searchPlaces: SEARCH_PLACES,
    stopDir: resolve('/'),
    cache: false,
    // An empty promokit.config.yaml is a settings file with nothing set.
    ignoreEmptySearchPlaces: false,
    // Read here only to find the file; it is parsed below, with line numbers.
    // A package.json that is not JSON is npm's to report: it holds no settings.
    loaders: { '.yaml': () => true, '.yml': () => true, '.json': tolerantJson },
  }).search(from);
  return found ? readConfig(found.filepath, cwd) : undefined;
}

/** A settings file read and checked: a UsageError naming the file, line and field otherwise. */
export function readConfig(file: string, cwd = process.cwd()): LoadedConfig {
  const shown = relative(cwd, file) || file;
  const text = readFileSync(file, 'utf8');
  const parsed = parseYaml(text);
  const inPackage = basename(file) === 'package.json';
  if (parsed.errors.length) throw configError(shown, parsed.errors, inPackage ? 'package.json is not valid JSON' : 'the settings are not valid YAML');
  // package.json holds the settings under "promokit"; lines are found the same way (JSON is YAML).
  const doc: ParsedYaml = inPackage
    ? { value: (parsed.value as Record<string, unknown> | null)?.promokit, errors: [], lineOf: (p) => parsed.lineOf(['promokit', ...p]) }
    : parsed;
  const result = ProjectConfig.safeParse(doc.value ?? {});
  if (!result.success) {
    const issues = schemaIssues(result.error, doc).map((i) => (inPackage ? { ...i, message: i.message.replace(/field "/g, 'field "promokit.') } : i));
    throw configError(shown, issues);
  }
  return { file, config: result.data };
}

function configError(file: string, issues: readonly YamlIssue[], lead?: string): UsageError {
  const [first, ...rest] = issues;
  const more = rest.length ? `; also ${rest.map((i) => `line ${i.line}: ${i.message}`).join('; ')}` : '';
  return new UsageError(`${lead ? `${lead}: ` : ''}${first?.message ?? 'cannot be read'}${more}`, { file, line: first?.line, rule: 'config' });
}

/** The settings file of a command: searched from its `--root` flag when given, else from the working folder. */
export function configFor(cmd: Command, cwd = process.cwd()): LoadedConfig | undefined {
  const rootFlag = cmd.getOptionValueSource('root') === 'cli' ? (cmd.getOptionValue('root') as string | undefined) : undefined;
  return findConfig(rootFlag ? resolve(cwd, rootFlag) : cwd, cwd);
}

/** Whether `cmd` has an option filled from attribute `name`. */
const hasOption = (cmd: Command, name: string): boolean => cmd.options.some((o) => o.attributeName() === name);

/**
 * Fills every option of `cmd` that the command line left at its default (or
 * unset) from the nearest settings file; searched from `--root` when given,
 * else from the working folder. Returns the file used.
 */
export function applyConfig(cmd: Command, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedConfig | undefined {
  const loaded = configFor(cmd, cwd);
  if (!loaded) return undefined;
  const dir = dirname(loaded.file);
  for (const s of SETTINGS) {
    if (s.notFor?.includes(cmd.name()) || !hasOption(cmd, s.option)) continue;
    const source = cmd.getOptionValueSource(s.option);
    if (source !== undefined && source !== 'default') continue;
    if (s.env && env[s.env]) continue;
    // --json is a way of saying --format json: it wins over the file's format.
    if (s.option === 'format' && cmd.getOptionValueSource('json') === 'cli') continue;
    const value = s.from(loaded.config, dir);
    if (value === undefined) continue;
    if (s.option === 'root') checkRoot(value as string, loaded.file, cwd);
    cmd.setOptionValueWithSource(s.option, value, 'config');
  }
  return loaded;
}

/** A root from the file is checked here, so that the error names the file and not --root. */
function checkRoot(root: string, file: string, cwd: string): void {
  const manuals = join(root, 'manuals');
  if (!existsSync(manuals) || !statSync(manuals).isDirectory()) {
    throw new UsageError(`field "root": ${relative(cwd, root) || '.'} has no manuals/ folder`, { file: relative(cwd, file) || file, rule: 'config' });
  }
}

export type SettingSource = 'default' | 'config' | 'flag' | 'environment';

export interface EffectiveSetting {
  value: OptionValue | null;
  source: SettingSource;
  /** The settings file (source config) or the variable (source environment). */
  from?: string;
}

/** Each setting as `cmd` will use it, and where it came from. */
export function effectiveSettings(cmd: Command, loaded: LoadedConfig | undefined, env: NodeJS.ProcessEnv = process.env): Record<string, EffectiveSetting> {
  const entries = SETTINGS.map((s): [string, EffectiveSetting] => {
    const source = cmd.getOptionValueSource(s.option);
    const shown = (v: OptionValue | undefined): OptionValue | null => (v === undefined ? null : typeof v === 'string' && s.show ? s.show(v) : v);
    const value = shown(cmd.getOptionValue(s.option) as OptionValue | undefined);
    if (source === 'cli') return [s.name, { value, source: 'flag' }];
    if (source === 'config' && loaded) return [s.name, { value, source: 'config', from: loaded.file }];
    const fromEnv = s.env ? env[s.env] : undefined;
    if (s.env && fromEnv) return [s.name, { value: shown(fromEnv), source: 'environment', from: s.env }];
    return [s.name, { value, source: 'default' }];
  });
  return Object.fromEntries(entries);
}
