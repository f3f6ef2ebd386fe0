import { demoManual, writeProject, load } from './fixture.js';
import { buildManuals } from '../../src/build/build.js';
const root = writeProject(demoManual('demo', 3));
const project = load(root);
console.log(root, project.manuals.map(m => m.id));
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  const r = await buildManuals(project, { out: root + '/out', layout: (process.argv[2] as any) ?? 'parallel' });
  console.log(performance.now() - t, JSON.stringify(r.outputs.map(o => [o.path, o.pages, o.upToDate])), r.failures.map(f => f.format()), r.stats);
}
