import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { targetOf, watchProject, type RebuildEvent, type Watcher } from '../../src/build/watch.js';
import { demoManual, writeProject } from './fixture.js';

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
    expect(targetOf('/p', '/p/manuals/m/modules/02-x/es.md')).toEqual({ manual: 'm', module: '02-x', lang: 'es' });
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
    expect(e.target).toEqual({ manual: 'demo', module: '02-tema-2', lang: 'es' });
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
});
