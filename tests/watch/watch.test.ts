import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { merge, targetOf, watchProject, type RebuildEvent, type Watcher } from '../../src/watch/watch.js';
import { demoManual, PICTURE_SVG, writeProject } from '../editions/fixture.js';

let watcher: Watcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

function start(root: string): { events: RebuildEvent[]; next: () => Promise<RebuildEvent>; ready: Promise<void> } {
  const events: RebuildEvent[] = [];
  const waiters: ((e: RebuildEvent) => void)[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((r) => (onReady = r));
  watcher = watchProject({
    root,
    out: join(root, 'out'),
    debounceMs: 80,
    onReady,
    onRebuild: (e) => {
      events.push(e);
      waiters.shift()?.(e);
    },
  });
  return { events, ready, next: () => new Promise((r) => waiters.push(r)) };
}

describe('watch', () => {
  it('maps changed paths to what they affect', () => {
    expect(targetOf('/p', '/p/manuals/m/modules/02-x/es.md')).toEqual({ manual: 'm', module: '02-x', lang: 'es', part: 'pages' });
    expect(targetOf('/p', '/p/manuals/m/modules/02-x/slides.en.md')).toEqual({ manual: 'm', module: '02-x', lang: 'en', part: 'slides' });
    expect(targetOf('/p', '/p/manuals/m/modules/02-x/img/a.svg')).toEqual({ manual: 'm', module: '02-x' });
    expect(targetOf('/p', '/p/manuals/m/manual.yaml')).toEqual({ manual: 'm' });
    expect(targetOf('/p', '/p/manuals/m/modules/02-x/.es.md.swp')).toBeUndefined();
    expect(targetOf('/p', '/p/out/m/x.pdf')).toBeUndefined();
  });

  it('rebuilds only the saved module, reports an error and stays alive, survives rename-saves', async () => {
    const root = writeProject(demoManual('demo', 3));
    const es = join(root, 'manuals/demo/modules/02-tema-2/es.md');
    const w = start(root);
    await w.ready;

    // 1. A save: only that module and language is converted and compiled.
    let next = w.next();
    writeFileSync(es, readFileSync(es, 'utf8').replace('## Objetivos', 'Una frase nueva.\n\n## Objetivos'));
    let e = await next;
    expect(e.target).toEqual({ manual: 'demo', module: '02-tema-2', lang: 'es', part: 'pages' });
    expect(e.slides).toBeUndefined();
    expect(e.failures).toEqual([]);
    expect(e.result!.outputs.map((o) => o.path.replace(root, ''))).toEqual(['/out/demo/modules/02-tema-2.es.pdf']);
    expect(e.result!.stats).toMatchObject({ converted: 1, compiled: 1 });

    // 2. A broken save: reported, the watcher goes on.
    next = w.next();
    writeFileSync(es, `${readFileSync(es, 'utf8')}\n![Un mapa](img/no-existe.png)\n`);
    e = await next;
    expect(e.failures.length).toBeGreaterThan(0);
    expect(e.failures[0]!.format()).toContain('manuals/demo/modules/02-tema-2/es.md');

    // 3. An editor that saves by rename: fixed, rebuilt.
    next = w.next();
    const tmp = `${es}.new`;
    writeFileSync(tmp, readFileSync(es, 'utf8').replace('\n![Un mapa](img/no-existe.png)\n', '\nOtra frase.\n'));
    renameSync(tmp, es);
    e = await next;
    expect(e.failures).toEqual([]);
    expect(e.result!.outputs).toHaveLength(1);
    expect(e.result!.stats.converted).toBe(1);
  }, 60_000);

  it('merges saves of one module: pages and slides of one language, or everything of the module', () => {
    const pages = { manual: 'm', module: '02-x', lang: 'es', part: 'pages' } as const;
    const slides = { manual: 'm', module: '02-x', lang: 'es', part: 'slides' } as const;
    expect(merge(pages, pages)).toEqual(pages);
    expect(merge(pages, slides)).toEqual({ manual: 'm', module: '02-x' });
    expect(merge(pages, { manual: 'm', module: '03-y', lang: 'es', part: 'pages' })).toEqual({ manual: 'm' });
  });

  it("a saved slides file rebuilds that deck and its handout alone; a module image, the module's pages and slides", async () => {
    const files = demoManual('demo', 3);
    const slides = (lang: string): string => `---\ntitle: Diapositivas ${lang}\n---\n\n## Uno\n\n- Punto\n\n::: notes\nNota.\n:::\n\n## Dos\n\n![Un dibujo](img/picture.svg)\n`;
    files['manuals/demo/modules/02-tema-2/slides.es.md'] = slides('es');
    files['manuals/demo/modules/02-tema-2/slides.en.md'] = slides('en');
    const root = writeProject(files);
    const w = start(root);
    await w.ready;
    const rel = (p: string): string => p.replace(root, '');

    let next = w.next();
    const deck = join(root, 'manuals/demo/modules/02-tema-2/slides.es.md');
    writeFileSync(deck, `${readFileSync(deck, 'utf8')}\n## Tres\n\n- Otro punto\n`);
    let e = await next;
    expect(e.target).toEqual({ manual: 'demo', module: '02-tema-2', lang: 'es', part: 'slides' });
    expect(e.failures).toEqual([]);
    expect(e.result).toBeUndefined();
    expect(e.slides!.outputs.map((o) => [rel(o.path), o.pages])).toEqual([
      ['/out/demo/slides/02-tema-2.es.pdf', 4],
      ['/out/demo/handouts/02-tema-2.es.pdf', 2],
    ]);

    next = w.next();
    writeFileSync(join(root, 'manuals/demo/modules/02-tema-2/img/picture.svg'), PICTURE_SVG.replace('#2e7d32', '#1565c0'));
    e = await next;
    expect(e.target).toEqual({ manual: 'demo', module: '02-tema-2' });
    expect(e.failures).toEqual([]);
    expect(e.result!.outputs.map((o) => rel(o.path))).toEqual(['/out/demo/modules/02-tema-2.es.pdf', '/out/demo/modules/02-tema-2.en.pdf']);
    expect(e.slides!.outputs.map((o) => rel(o.path)).sort()).toEqual([
      '/out/demo/handouts/02-tema-2.en.pdf',
      '/out/demo/handouts/02-tema-2.es.pdf',
      '/out/demo/slides/02-tema-2.en.pdf',
      '/out/demo/slides/02-tema-2.es.pdf',
    ]);
  }, 60_000);
});
