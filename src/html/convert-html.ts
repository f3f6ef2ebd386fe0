// One module language file → the HTML pieces of the phone edition, through the
// embedded pandoc (pandoc-wasm) with the project's reader and a Lua filter with
// the semantics of the PDFs' (templates/module-html.lua beside module.lua).
// This module keeps its own pandoc instance, started on first use.
import { createHash } from 'node:crypto';
import { PromokitError } from '../errors.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import type { z as Z } from 'zod';
import { z } from '../model/schema.js';
import { READER } from '../convert/pandoc.js';
import { compiledPandoc, PandocCrash, startPandoc, type PandocInstance } from '../convert/pandoc-wasm-core.js';
import { templateText } from '../templates.js';

const FILTER = 'promokit-module-html.lua';
const DATA = 'pk-html.json';

/** What the filter prints (an empty Lua table may come out as `{}`, hence the preprocess). */
const Converted = z.object({
  intro: z.string(),
  sections: z.preprocess(
    (v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 ? [] : v),
    z.array(z.object({ id: z.string(), anchor: z.string(), title: z.string(), text: z.string(), body: z.string() })),
  ),
});

export type ModuleHtml = Z.infer<typeof Converted>;

export interface HtmlRequest {
  manual: Manual;
  module: Module;
  file: LangFile;
  /** Callout names in the file's language. */
  labels: Record<string, string>;
  /** Image source as written in the Markdown → data: URI. */
  images: Record<string, string>;
  /** `module:lang` of every module language the page holds: links elsewhere become text. */
  targets: string[];
}

let instance: Promise<PandocInstance> | undefined;
function pandoc(): Promise<PandocInstance> {
  instance ??= compiledPandoc().then((m) => startPandoc(m));
  return instance;
}

/**
 * Conversions already made in this process, by what they were made from: a
 * watch rebuild of a manual's pages converts only the file that was saved.
 * Pandoc's output depends on nothing else, so the pages stay byte-identical.
 */
const done = new Map<string, ModuleHtml>();
const DONE_MAX = 256;

/** Converts one file. Throws a PromokitError naming the file when pandoc fails. */
export async function convertModuleHtml(req: HtmlRequest): Promise<ModuleHtml> {
  const { manual, module, file } = req;
  const key = createHash('sha256')
    .update(JSON.stringify([manual.id, module.id, file.file, file.lang, manual.config.allow_raw === true, req.labels, req.images, req.targets, file.body]))
    .digest('hex');
  const known = done.get(key);
  if (known) return known;
  const converted = await convert(req);
  if (done.size >= DONE_MAX) done.delete(done.keys().next().value!);
  done.set(key, converted);
  return converted;
}

async function convert(req: HtmlRequest): Promise<ModuleHtml> {
  const { manual, module, file } = req;
  const data = {
    module: module.id,
    lang: file.lang,
    allow_raw: manual.config.allow_raw === true,
    labels: req.labels,
    images: req.images,
    targets: req.targets,
  };
  const fail = (detail: string): PromokitError =>
    new PromokitError(`module ${module.id} (${file.lang}): pandoc could not convert the Markdown to HTML: ${detail}`, {
      file: file.file,
      line: file.bodyLine,
      rule: 'markdown-convert',
    });
  let result;
  try {
    result = (await pandoc()).convert({ from: READER, to: 'html5', filters: [FILTER] }, file.body, {
      [FILTER]: templateText('module-html.lua'),
      [DATA]: JSON.stringify(data),
    });
  } catch (err) {
    // A stopped instance cannot be used again: the next conversion starts a new one.
    if (err instanceof PandocCrash) instance = undefined;
    throw fail(err instanceof Error ? err.message : String(err));
  }
  if (result.stdout === '' || /^(ERROR|Error)\b/m.test(result.stderr)) throw fail(result.stderr.trim() || 'pandoc produced no output');
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw fail('the filter printed something that is not JSON');
  }
  const checked = Converted.safeParse(parsed);
  if (!checked.success) throw fail('the filter printed JSON of an unexpected shape');
  return checked.data;
}
