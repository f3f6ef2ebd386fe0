// `promokit init` and `promokit new module`: sources that pass `check` from the
// first minute, with every required section in every language.
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { buildManual, MODULE_FOLDER } from '../model/manual.js';
import type { Manual } from '../model/types.js';
import { readManualSources, toPosix, type ManualSources, type ModuleSources } from '../sources/project-sources.js';
import { decodeText } from '../sources/read-text.js';
import { discardTemp, registerTemp, releaseTemp, sweepStaleTemps, tempPathFor } from '../temp-files.js';
import { writeFileAtomic } from '../write-atomic.js';
import { stampedText } from './stamp.js';
import { testPause } from '../test-pause.js';
import { jsonSchemaText, SCHEMA_FILES } from '../model/json-schema.js';
import { PROJECT_CONFIG, projectReadme } from './project-readme.js';

/** Heading text of well-known section ids; other ids get a title made from the id. */
const HEADINGS: Record<string, Record<string, string>> = {
  objectives: { es: 'Objetivos', en: 'Objectives' },
  content: { es: 'Contenido', en: 'Content' },
  activity: { es: 'Actividad', en: 'Activity' },
  'key-messages': { es: 'Mensajes clave', en: 'Key messages' },
  assessment: { es: 'Evaluación', en: 'Assessment' },
  resources: { es: 'Recursos', en: 'Resources' },
  glossary: { es: 'Glosario', en: 'Glossary' },
};

const PLACEHOLDER: Record<string, Record<string, string>> = {
  objectives: {
    es: 'Al terminar este módulo, usted podrá:\n\n1. (Primer objetivo.)\n2. (Segundo objetivo.)\n3. (Tercer objetivo.)',
    en: 'By the end of this module, you will be able to:\n\n1. (First objective.)\n2. (Second objective.)\n3. (Third objective.)',
  },
  activity: {
    es: '::: activity\n**Materiales:** (…)  **Tiempo:** 20 minutos\n\n1. (Primer paso.)\n2. (Segundo paso.)\n:::',
    en: '::: activity\n**Materials:** (…)  **Time:** 20 minutes\n\n1. (First step.)\n2. (Second step.)\n:::',
  },
  'key-messages': { es: '::: key\n- (Mensaje clave.)\n:::', en: '::: key\n- (Key message.)\n:::' },
  assessment: {
    es: '1. (¿Pregunta?)\n2. (¿Pregunta?)\n\n::: facilitator\n**Respuestas:** 1. (…) 2. (…)\n:::',
    en: '1. (Question?)\n2. (Question?)\n\n::: facilitator\n**Answers:** 1. (…) 2. (…)\n:::',
  },
  glossary: { es: '**(Término)**\n: (Definición.)', en: '**(Term)**\n: (Definition.)' },
};

const titleOf = (id: string): string => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function moduleMarkdown(lang: string, title: string, sections: string[], today: string): string {
  const body = sections
    .map((id) => {
      const heading = HEADINGS[id]?.[lang] ?? titleOf(id);
      const text = PLACEHOLDER[id]?.[lang] ?? (lang === 'es' ? '(Escriba aquí.)' : '(Write here.)');
      return `## ${heading} {#${id}}\n\n${text}\n`;
    })
    .join('\n');
  return `---\ntitle: "${title.replace(/"/g, '\\"')}"\nduration: 60\nreviewed: ${today}\n---\n\n${body}`;
}

export interface NewModuleResult {
  moduleId: string;
  files: string[];
}

export async function newModule(root: string, manualId: string, slug: string, today: string): Promise<NewModuleResult> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new UsageError(`"${slug}" is not a slug: use lowercase letters, digits and dashes, like duelo-migratorio`);
  const manualDir = join(root, 'manuals', manualId);
  if (!existsSync(join(manualDir, 'manual.yaml'))) throw new UsageError(`no manual "${manualId}" in manuals/ (no manuals/${manualId}/manual.yaml)`);
  const sources = readManualSources(root, manualDir);
  const { manual, diagnostics } = buildManual(sources);
  if (!manual) {
    const d = diagnostics[0];
    throw new PromokitError(`manual.yaml cannot be read: ${d?.message ?? ''}`, { file: d?.file, line: d?.line, rule: d?.rule });
  }
  const modulesDir = join(manualDir, 'modules');
  await mkdir(modulesDir, { recursive: true });
  sweepStaleTemps(modulesDir);
  const existing = readdirSync(modulesDir).filter((n) => MODULE_FOLDER.test(n));
  const same = existing.find((n) => n.slice(3) === slug);
  // A folder holding only an empty img/ is what an interrupted run of an older promokit left: it is replaced.
  const shell = same && isEmptyShell(join(modulesDir, same)) ? same : undefined;
  if (same && !shell) throw new UsageError(`manual ${manualId} already has a module named ${slug}`);
  const next = shell ? Number(shell.slice(0, 2)) : existing.reduce((max, n) => Math.max(max, Number(n.slice(0, 2))), 0) + 1;
  if (next > 99) throw new UsageError('a manual holds at most 99 modules (NN-slug)');
  const moduleId = `${String(next).padStart(2, '0')}-${slug}`;
  const dir = join(modulesDir, moduleId);
  const texts = moduleTexts(root, sources, manual, moduleId, titleOf(slug), today);
  // The module is made under a temporary name and appears whole, in one rename.
  const tmp = tempPathFor(dir);
  registerTemp(tmp);
  try {
    await mkdir(join(tmp, 'img'), { recursive: true });
    for (const [lang, text] of texts) {
      await writeFile(join(tmp, `${lang}.md`), text, { flag: 'wx' });
      if (lang === manual.config.languages[0]) await testPause('module-half-written');
    }
    await testPause('module-written');
    if (shell) {
      rmdirSync(join(dir, 'img'));
      rmdirSync(dir);
    }
    if (existsSync(dir)) throw new UsageError(`manual ${manualId} already has a module folder ${moduleId}`);
    renameSync(tmp, dir);
  } catch (err) {
    discardTemp(tmp);
    throw err;
  }
  releaseTemp(tmp);
  return { moduleId, files: [...texts.keys()].map((lang) => toPosix(relative(root, join(dir, `${lang}.md`)))) };
}

function isEmptyShell(dir: string): boolean {
  try {
    const names = readdirSync(dir);
    return names.length === 1 && names[0] === 'img' && readdirSync(join(dir, 'img')).length === 0;
  } catch {
    return false;
  }
}

/** The text of each language file of a new module, the translations already stamped. */
function moduleTexts(root: string, sources: ManualSources, manual: Manual, moduleId: string, title: string, today: string): Map<string, string> {
  const sections = manual.config.required_sections.length ? manual.config.required_sections : ['objectives', 'content'];
  const languages = manual.config.languages;
  const texts = new Map(languages.map((lang) => [lang, moduleMarkdown(lang, title, sections, today)]));
  // Stamped by the model itself, as `promokit stamp` would after the files exist.
  const dir = join(sources.dir, 'modules', moduleId);
  const relDir = toPosix(relative(root, dir));
  const langFiles = new Map(languages.map((lang) => [lang, decodeText(Buffer.from(texts.get(lang)!), join(dir, `${lang}.md`), `${relDir}/${lang}.md`)]));
  const mod: ModuleSources = { id: moduleId, dir, relDir, langFiles, slideFiles: new Map(), files: new Set(languages.map((l) => `${l}.md`)) };
  const withModule: ManualSources = { ...sources, modules: [...(sources.modules ?? []).filter((m) => m.id !== moduleId), mod] };
  const built = buildManual(withModule);
  const module = built.manual?.modules.find((m) => m.id === moduleId);
  if (!built.manual || !module) throw new Error(`new module ${moduleId} could not be read back`);
  for (const lang of languages.slice(1)) texts.set(lang, stampedText(built.manual, module, lang, today, texts.get(lang)!, built.diagnostics));
  return texts;
}

export interface InitResult {
  root: string;
  files: string[];
}

/**
 * A new project in `dir`: package.json, README.md, one manual with one module
 * in es and en, a conference skeleton, and the JSON Schemas its YAML files
 * name for editors. promokit is not a dependency of the project: it is not on
 * a registry, and the project works with the promokit that made it, installed
 * once (README.md says how).
 */
export async function initProject(dir: string, today: string, promokitVersion: string): Promise<InitResult> {
  if (existsSync(join(dir, 'manuals'))) throw new UsageError(`${dir} already has a manuals/ folder; nothing was changed`);
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify(
      {
        name: 'mis-manuales',
        private: true,
        type: 'module',
        scripts: { check: 'promokit check', build: 'promokit build', slides: 'promokit slides' },
      },
      null,
      2,
    )}\n`,
    'README.md': projectReadme(promokitVersion),
    'promokit.config.yaml': PROJECT_CONFIG,
    ...Object.fromEntries(Object.entries(SCHEMA_FILES).map(([name, schema]) => [`schema/${name}`, jsonSchemaText(schema)])),
    '.gitignore': 'node_modules/\nout/\n',
    'manuals/mi-manual/manual.yaml': `# yaml-language-server: $schema=../../schema/manual.schema.json
id: mi-manual
title:
  es: Mi manual
  en: My manual
languages: [es, en]
organization: Mi organización
edition:
  es: "1.ª edición, ${today.slice(0, 4)}"
  en: "1st edition, ${today.slice(0, 4)}"
license: CC BY-SA 4.0
required_sections: [objectives, activity, key-messages, assessment, resources, glossary]
review_interval_months: 24
readability:
  es: { fernandez_huerta_min: 65 }
  en: { fk_grade_max: 8 }
`,
    'manuals/mi-manual/glossary.yaml': `# yaml-language-server: $schema=../../schema/glossary.schema.json
terms:
  - id: promotora
    es: { term: promotora de salud, definition: Persona de la comunidad que enseña y acompaña en temas de salud. }
    en: { term: community health worker, definition: A community member who teaches and supports others on health topics. }
`,
    'manuals/conferencia/conference.yaml': `# yaml-language-server: $schema=../../schema/conference.schema.json
id: conferencia
name:
  es: Mi conferencia
  en: My conference
languages: [es, en]
date: ${today}
venue:
  name: Centro comunitario
organizers: [Mi organización]
attendees: attendees.csv
hours: 2
sessions:
  - time: "09:00"
    end: "10:00"
    kind: workshop
    title: { es: Primer taller, en: First workshop }
    speakers: [Nombre Apellido]
    module: mi-manual/01-introduccion
evaluation:
  likert:
    - { es: El taller fue útil., en: The workshop was useful. }
  open:
    - { es: ¿Qué aprendió hoy?, en: What did you learn today? }
certificate:
  signers:
    - { name: Nombre Apellido, role: { es: Coordinadora, en: Coordinator } }
`,
    'manuals/conferencia/attendees.csv': 'name,language,organization,email\nAna García López,es,Mi organización,ana@example.org\n',
  };
  // manuals/ is made under a temporary name and appears whole, in one rename:
  // a stopped init leaves no manuals/ folder that would make the next one refuse.
  await mkdir(dir, { recursive: true });
  sweepStaleTemps(dir);
  const stage = tempPathFor(join(dir, 'manuals'));
  registerTemp(stage);
  const top: string[] = [];
  const written: string[] = [];
  try {
    for (const [rel, text] of Object.entries(files)) {
      if (!rel.startsWith('manuals/')) continue;
      await mkdir(dirname(join(stage, rel)), { recursive: true });
      await writeFile(join(stage, rel), text);
      written.push(rel);
    }
    const mod = await newModule(stage, 'mi-manual', 'introduccion', today);
    written.push(...mod.files);
    for (const [rel, text] of Object.entries(files)) {
      if (rel.startsWith('manuals/') || (['package.json', 'README.md', 'promokit.config.yaml'].includes(rel) && existsSync(join(dir, rel)))) continue; // keep the user's own files
      await writeFileAtomic(join(dir, rel), text);
      top.push(rel);
    }
    if (existsSync(join(dir, 'manuals'))) throw new UsageError(`${dir} already has a manuals/ folder; nothing was changed`);
    renameSync(join(stage, 'manuals'), join(dir, 'manuals'));
  } finally {
    discardTemp(stage);
  }
  return { root: dir, files: [...top, ...written] };
}
