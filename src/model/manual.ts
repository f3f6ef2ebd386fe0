// Sources of one manual → its model, plus the findings of reading it
// (unreadable files, bad YAML, invalid fields). Pure: no file-system access.
import type { ManualSources, ModuleSources } from '../sources/project-sources.js';
import type { TextSource } from '../sources/read-text.js';
import type { Diagnostic, DiagnosticScope } from './diagnostic.js';
import { languageCodeProblem } from './languages.js';
import { parseMarkdownFile } from './parse-file.js';
import { Glossary, ManualConfig, ModuleFrontMatter, SlidesFrontMatter } from './schema.js';
import type { LangFile, Manual, Module, SlidesFile } from './types.js';
import { parseYaml, schemaIssues } from './yaml.js';
import type { z } from 'zod';

export const MODULE_FOLDER = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface BuiltManual {
  manual: Manual | undefined;
  diagnostics: Diagnostic[];
}

/** Text problems shared by every file: unreadable, empty, byte-order mark. */
export function textProblems(src: TextSource, scope: Omit<DiagnosticScope, 'file' | 'line'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (src.problem) {
    out.push({ ...scope, rule: src.problem.rule, severity: 'error', file: src.file, line: 1, message: src.problem.message });
  } else if (src.hadBom) {
    out.push({
      ...scope,
      rule: 'file-bom',
      severity: 'warning',
      file: src.file,
      line: 1,
      message: 'the file starts with a byte-order mark (BOM); promokit ignores it, but save it as UTF-8 without BOM for other tools',
    });
  }
  return out;
}

/** Reads a YAML file against a schema; every issue names file, line and field. */
export function readYamlFile<S extends z.ZodType>(
  src: TextSource,
  schema: S,
  rule: string,
  scope: Omit<DiagnosticScope, 'file' | 'line'>,
  diagnostics: Diagnostic[],
): z.infer<S> | undefined {
  const problems = textProblems(src, scope);
  diagnostics.push(...problems);
  if (src.text === undefined) return undefined;
  const yaml = parseYaml(src.text);
  for (const e of yaml.errors) {
    diagnostics.push({ ...scope, rule: 'yaml-syntax', severity: 'error', file: src.file, line: e.line, message: `YAML syntax: ${e.message}` });
  }
  if (yaml.errors.length) return undefined;
  const result = schema.safeParse(yaml.value ?? {});
  if (!result.success) {
    for (const issue of schemaIssues(result.error, yaml)) {
      diagnostics.push({ ...scope, rule, severity: 'error', file: src.file, line: issue.line, message: issue.message });
    }
    return undefined;
  }
  return result.data;
}

export function buildManual(src: ManualSources): BuiltManual {
  const diagnostics: Diagnostic[] = [];
  const scope = { manual: src.folder };
  const config = readYamlFile(src.config, ManualConfig, 'config-invalid', scope, diagnostics);
  if (!config) return { manual: undefined, diagnostics };

  const configYaml = parseYaml(src.config.text ?? '');
  if (config.id !== src.folder) {
    diagnostics.push({
      ...scope,
      rule: 'config-invalid',
      severity: 'error',
      file: src.config.file,
      line: configYaml.lineOf(['id']),
      message: `field "id" is "${config.id}" but the folder is "${src.folder}"; they must be the same`,
    });
  }
  config.languages.forEach((lang, i) => {
    const problem = languageCodeProblem(lang);
    if (problem) {
      diagnostics.push({
        ...scope,
        rule: 'language-unknown',
        severity: 'error',
        file: src.config.file,
        line: configYaml.lineOf(['languages', i]),
        message: `languages[${i}]: ${problem}`,
      });
    }
  });
  for (const field of ['title'] as const) {
    for (const lang of config.languages) {
      if (!config[field][lang]) {
        diagnostics.push({
          ...scope,
          rule: 'config-invalid',
          severity: 'error',
          file: src.config.file,
          line: configYaml.lineOf([field]),
          message: `field "${field}.${lang}" is missing: the manual is in ${config.languages.join(', ')}`,
        });
      }
    }
  }

  let glossary: Glossary | undefined;
  let glossaryLines: number[] = [];
  if (src.glossary) {
    glossary = readYamlFile(src.glossary, Glossary, 'config-invalid', scope, diagnostics);
    if (glossary) {
      const y = parseYaml(src.glossary.text ?? '');
      glossaryLines = glossary.terms.map((_, i) => y.lineOf(['terms', i]));
    }
  }

  // Module folders that are not read (links leading outside the project,
  // broken links) would vanish silently. Files that are refused are reported
  // where a source names them.
  for (const [rel, problem] of src.refused) {
    if (!/^modules(?:\/[^/]+)?$/.test(rel)) continue;
    diagnostics.push({ ...scope, rule: problem.rule, severity: 'error', file: `${src.relDir}/${rel}`, line: 1, message: problem.message });
  }

  const modules: Module[] = [];
  if (src.modules === undefined || src.modules.length === 0) {
    diagnostics.push({
      ...scope,
      rule: 'no-modules',
      severity: 'error',
      file: src.config.file,
      line: 1,
      message: `the manual has no modules: add folders like ${src.relDir}/modules/01-introduccion/ (or run "promokit new module ${src.folder} <slug>")`,
    });
  } else {
    for (const m of src.modules) {
      const built = buildModule(m, src.folder, config.languages, diagnostics);
      if (built) modules.push(built);
    }
  }

  return {
    manual: {
      id: src.folder,
      dir: src.dir,
      relDir: src.relDir,
      configFile: src.config.file,
      config,
      configLineOf: configYaml.lineOf,
      glossary,
      glossaryFile: src.glossary?.file,
      glossaryLines,
      modules,
      allFiles: src.files,
      refusedFiles: src.refused,
      allowedDirs: src.allowed,
    },
    diagnostics,
  };
}

function buildModule(src: ModuleSources, manual: string, languages: string[], diagnostics: Diagnostic[]): Module | undefined {
  const folderMatch = MODULE_FOLDER.exec(src.id);
  if (!folderMatch) {
    diagnostics.push({
      rule: 'module-folder-name',
      severity: 'error',
      file: src.relDir,
      line: 1,
      manual,
      module: src.id,
      message: `module folder "${src.id}" must be named NN-slug (two digits, a dash, lowercase words), like 01-estres-migrar`,
    });
    return undefined;
  }
  const files: Module['files'] = {};
  const slides: Module['slides'] = {};
  for (const [lang, text] of src.langFiles) {
    const scope = { manual, module: src.id, lang };
    if (!languages.includes(lang)) {
      diagnostics.push({
        ...scope,
        rule: 'language-file-unexpected',
        severity: 'warning',
        file: text.file,
        line: 1,
        message: `${lang}.md is not one of the manual's languages (${languages.join(', ')}); add "${lang}" to languages in manual.yaml or remove the file`,
      });
      continue;
    }
    const file = parseLangFile(text, lang, scope, diagnostics);
    if (file) files[lang] = file;
  }
  for (const [lang, text] of src.slideFiles) {
    if (!languages.includes(lang)) continue;
    const scope = { manual, module: src.id, lang };
    diagnostics.push(...textProblems(text, scope));
    if (text.text === undefined) continue;
    const { parsed, yaml, frontMatterErrors } = parseMarkdownFile(text.text);
    for (const e of frontMatterErrors) {
      diagnostics.push({ ...scope, rule: 'front-matter', severity: 'error', file: text.file, line: e.line, message: e.message });
    }
    for (const l of parsed.limits) diagnostics.push({ ...scope, rule: l.rule, severity: 'error', file: text.file, line: l.line, message: l.message });
    const meta = validateFrontMatter(SlidesFrontMatter, parsed.data, yaml, text.file, scope, frontMatterErrors.length > 0 || parsed.limits.length > 0, diagnostics);
    const slidesFile: SlidesFile = { ...parsed, lang, file: text.file, path: text.path, meta };
    slides[lang] = slidesFile;
  }
  return {
    id: src.id,
    order: Number(folderMatch[1]),
    dir: src.dir,
    relDir: src.relDir,
    files,
    slides,
    allFiles: src.files,
  };
}

function parseLangFile(
  text: TextSource,
  lang: string,
  scope: Omit<DiagnosticScope, 'file' | 'line'>,
  diagnostics: Diagnostic[],
): LangFile | undefined {
  diagnostics.push(...textProblems(text, scope));
  if (text.text === undefined) return undefined;
  const { parsed, yaml, frontMatterErrors } = parseMarkdownFile(text.text);
  for (const e of frontMatterErrors) {
    diagnostics.push({ ...scope, rule: 'front-matter', severity: 'error', file: text.file, line: e.line, message: e.message });
  }
  if (!yaml && frontMatterErrors.length === 0) {
    diagnostics.push({
      ...scope,
      rule: 'front-matter',
      severity: 'error',
      file: text.file,
      line: 1,
      message: 'the file has no front matter: start it with --- lines holding title, duration and reviewed',
    });
  }
  let meta = yaml
    ? validateFrontMatter(ModuleFrontMatter, parsed.data, yaml, text.file, scope, frontMatterErrors.length > 0, diagnostics)
    : undefined;
  // A file past a limit, or with nothing but front matter, is not built.
  for (const l of parsed.limits) diagnostics.push({ ...scope, rule: l.rule, severity: 'error', file: text.file, line: l.line, message: l.message });
  // A test, not trim(): trimming copies every body once more.
  const blank = !/\S/.test(parsed.body);
  if (yaml && blank) {
    diagnostics.push({ ...scope, rule: 'file-empty', severity: 'error', file: text.file, line: parsed.bodyLine, message: 'the file has front matter but no text after it' });
  }
  if (parsed.limits.length > 0 || blank) meta = undefined;
  return { ...parsed, lang, file: text.file, path: text.path, meta };
}

function validateFrontMatter<S extends z.ZodType>(
  schema: S,
  data: Record<string, unknown>,
  yaml: ReturnType<typeof parseYaml> | undefined,
  file: string,
  scope: Omit<DiagnosticScope, 'file' | 'line'>,
  alreadyBroken: boolean,
  diagnostics: Diagnostic[],
): z.infer<S> | undefined {
  if (alreadyBroken) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  if (yaml) {
    for (const issue of schemaIssues(result.error, yaml)) {
      diagnostics.push({ ...scope, rule: 'front-matter', severity: 'error', file, line: issue.line, message: issue.message });
    }
  }
  return undefined;
}
