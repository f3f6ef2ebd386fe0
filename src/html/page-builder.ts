// Gathers what one page is made of: the converted modules (each file
// converted once per set of link targets, shared by every page that holds it),
// the images and logos as data: URIs, and the font subsets; then renders it.
import { PromokitError } from '../errors.js';
import { manualTimestamp } from '../model/dates.js';
import { isExternal } from '../model/external.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import { convertModuleHtml, type ModuleHtml } from './convert-html.js';
import { codePointsOf, pageFonts, type FontFace } from './fonts.js';
import { moduleImages, partnerLogos } from './images.js';
import { pageView, type PageInput } from './page-data.js';
import type { HtmlTemplates } from './templates.js';
import { wordsFor } from './words.js';

export interface PagePlan {
  manual: Manual;
  name: string;
  langs: string[];
  part: 'manual' | 'module';
  modules: Module[];
}

/** The pages of one manual, in a stable order. */
export function planPages(manual: Manual, langs: string[], perModule: boolean): PagePlan[] {
  const pages = (prefix: string, part: PagePlan['part'], modules: Module[]): PagePlan[] => [
    ...langs.map((l) => ({ manual, name: `${prefix}.${l}.html`, langs: [l], part, modules })),
    { manual, name: `${prefix}.html`, langs, part, modules },
  ];
  return [
    ...pages(manual.id, 'manual', manual.modules),
    ...(perModule ? manual.modules.flatMap((m) => pages(`modules/${m.id}`, 'module', [m])) : []),
  ];
}

/** `module:lang` of the modules a file links to (templates/module-html.lua reads links the same way). */
export function linkedTargets(module: Module, file: LangFile): Set<string> {
  const out = new Set<string>([`${module.id}:${file.lang}`]);
  for (const { href } of file.links) {
    if (isExternal(href)) continue;
    const path = href.split('#')[0]!;
    if (path === '') continue;
    const m = /([A-Za-z0-9-]+)\/([A-Za-z]{2,3})\.md$/.exec(path);
    const own = m ? undefined : /^\.?\/?([A-Za-z]{2,3})\.md$/.exec(path);
    if (m) out.add(`${m[1]}:${m[2]}`);
    else if (own) out.add(`${module.id}:${own[1]}`);
  }
  return out;
}

export class HtmlBuilder {
  private readonly conversions = new Map<string, Promise<ModuleHtml>>();
  private readonly images = new Map<string, Promise<Record<string, string>>>();
  private readonly logos = new Map<string, Promise<(string | undefined)[]>>();
  private readonly fonts = new Map<string, FontFace[]>();

  constructor(
    private readonly root: string,
    private readonly templates: HtmlTemplates,
    private readonly sourceDateEpoch: string | undefined,
  ) {}

  private convert(manual: Manual, module: Module, file: LangFile, present: Set<string>): Promise<ModuleHtml> {
    // Only the targets this file links to change its HTML: the same file is shared by pages holding different modules.
    const targets = [...linkedTargets(module, file)].filter((t) => present.has(t)).sort();
    const key = `${manual.id}|${module.id}|${file.lang}|${targets.join(',')}`;
    let p = this.conversions.get(key);
    if (!p) {
      const imageKey = `${manual.id}|${module.id}|${file.lang}`;
      let images = this.images.get(imageKey);
      if (!images) {
        images = moduleImages(manual, module, file.lang, this.root);
        this.images.set(imageKey, images);
      }
      const words = wordsFor(file.lang, manual);
      p = images.then((imgs) => convertModuleHtml({ manual, module, file, labels: { ...words.callouts, table: words.table }, images: imgs, targets }));
      this.conversions.set(key, p);
    }
    return p;
  }

  private subsetFonts(html: string): FontFace[] {
    const points = codePointsOf([html, '\u00a0']);
    // Elements a browser sets in italics: without any, the italic styles would be dead weight.
    const italic = /<(em|i|cite|dfn|var|address)[\s>]/.test(html);
    const key = `${italic}|${points.join(',')}`;
    let faces = this.fonts.get(key);
    if (!faces) {
      faces = pageFonts(points, italic);
      this.fonts.set(key, faces);
    }
    return faces;
  }

  /** What a page is made of, fonts aside; rejects with a PageErrors listing the problems of its sources. */
  async pageInput(plan: PagePlan): Promise<Omit<PageInput, 'fonts'>> {
    const { manual, langs } = plan;
    const errors: PromokitError[] = [];
    const present = new Set(plan.modules.flatMap((m) => langs.map((l) => `${m.id}:${l}`)));
    const converted = new Map<string, Map<string, ModuleHtml>>();
    const jobs: Promise<void>[] = [];
    for (const module of plan.modules) {
      const byLang = new Map<string, ModuleHtml>();
      converted.set(module.id, byLang);
      for (const lang of langs) {
        const file = module.files[lang];
        if (!file) {
          errors.push(new PromokitError(`module ${module.id} has no ${lang}.md, so the ${lang} edition cannot be built`, { file: `${module.relDir}/${lang}.md`, rule: 'language-file-missing' }));
          continue;
        }
        if (!file.meta) {
          errors.push(new PromokitError(`the front matter of ${file.file} is invalid (run "promokit check" for details)`, { file: file.file, line: 1, rule: 'front-matter' }));
          continue;
        }
        jobs.push(
          this.convert(manual, module, file, present).then(
            (html) => void byLang.set(lang, html),
            (err: unknown) => void errors.push(err instanceof PromokitError ? err : new PromokitError(String(err), { file: file.file })),
          ),
        );
      }
    }
    let logos = this.logos.get(manual.id);
    if (!logos) {
      logos = partnerLogos(manual, this.root);
      this.logos.set(manual.id, logos);
    }
    const partnerLogoUris = await logos.catch((err: unknown) => {
      errors.push(err instanceof PromokitError ? err : new PromokitError(String(err), { file: manual.configFile }));
      return [];
    });
    await Promise.all(jobs);
    if (errors.length) throw new PageErrors(errors);

    const seconds = manualTimestamp(manual, this.sourceDateEpoch);
    return {
      manual: plan.modules === manual.modules ? manual : { ...manual, modules: plan.modules },
      langs,
      part: plan.part,
      converted,
      logos: partnerLogoUris,
      css: this.templates.css,
      script: this.templates.script,
      searchScript: this.templates.searchScript,
      date: new Date(seconds * 1000).toISOString().slice(0, 10),
    };
  }

  /** Renders one page; rejects with a PageErrors. */
  async render(plan: PagePlan): Promise<string> {
    const input = await this.pageInput(plan);
    // Rendered once without fonts to learn which characters the page uses.
    const draft = this.templates.page(pageView({ ...input, fonts: [] }));
    return this.templates.page(pageView({ ...input, fonts: this.subsetFonts(draft) }));
  }
}

/** Several source problems of one page. */
export class PageErrors extends Error {
  constructor(readonly errors: PromokitError[]) {
    super(errors.map((e) => e.format()).join('\n'));
  }
}

