// `npm run bench`: speed figures on generated corpora. Not a test: it prints.
import { benchCheck } from './check-bench.js';
import { benchHandout } from './handout-bench.js';
import { benchBuild } from './build-bench.js';
import { benchWatch } from './watch-bench.js';
import { benchJobs } from './jobs-bench.js';
import { benchPackets } from './packet-bench.js';
import { benchLarge } from './large-bench.js';
import { defaultJobs } from '../editions/jobs.js';
import { canSampleTree } from './tree-rss.js';

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const say = (s: string): boolean => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  say(
    canSampleTree()
      ? 'peak RSS: of the whole process tree (main process, worker threads, child processes such as Typst\'s), sampled from /proc every 50 ms'
      : 'peak RSS: of the main process and its worker threads only (no /proc here: child processes are not counted)',
  );
  const l = benchLarge(40);
  const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
  const per = (r: typeof l.cold): string => Object.entries(r.outputs).map(([name, ms]) => `${name.replace(/^large\./, '')} ${fmt(ms)}`).join(', ');
  say(`build, large manual: ${l.modules} modules of about 3,200 words a language, all three editions (${l.cold.pages} pages), fresh CLI processes`);
  say(`  cold:                        ${fmt(l.cold.ms)}   peak RSS ${l.cold.peakRssMb.toFixed(0)} MB${l.cold.ok ? '' : ' (FAILED)'}   (${per(l.cold)})`);
  say(`  warm, nothing changed:       ${fmt(l.warm.ms)}   peak RSS ${l.warm.peakRssMb.toFixed(0)} MB   (${pct(l.warm.ms, l.cold.ms)} of cold; target < 5 %; engines loaded: ${l.warm.engines?.join(', ') || 'none'})`);
  say(
    `  one module changed:          ${fmt(l.oneChanged.ms)}   peak RSS ${l.oneChanged.peakRssMb.toFixed(0)} MB   (median of ${l.oneChangedRuns.map((r) => fmt(r.ms)).join(', ')}; ` +
      `pieces set again: ${l.oneChanged.typeset?.modules ?? '?'}, from the cache: ${l.oneChanged.typeset?.cached ?? '?'}; target < 3 s)`,
  );
  if ('skipped' in l.classic) say(`  pandoc + xelatex (es only):  skipped: ${l.classic.skipped}`);
  else say(`  pandoc + xelatex (es only):  ${fmt(l.classic.ms)}   peak RSS ${l.classic.peakRssMb.toFixed(0)} MB${l.classic.ok ? '' : ' (FAILED)'}   (promokit, all three editions: ${(l.cold.ms / l.classic.ms).toFixed(2)}× its time)`);

  const c = benchCheck(500);
  say(`check, ${c.files} files (500 modules × 2 languages), ${c.diagnostics} findings`);
  say(`  in process (load + rules):   ${fmt(c.inProcessMs)}`);
  say(`  CLI, fresh process:          ${fmt(c.cliMs)}   peak RSS ${c.cliPeakRssMb.toFixed(0)} MB   (target < 1.5 s, < 150 MB)`);

  const b = benchBuild(40);
  say(`build, ${b.modules}-module bilingual manual (${b.cold.built} PDFs, ${b.cold.pages} pages), fresh CLI processes, default --jobs (${defaultJobs()} here)`);
  say(`  cold:                        ${fmt(b.cold.ms)}   (target < 30 s)`);
  say(`  warm, nothing changed:       ${fmt(b.warm.ms)}   (${((100 * b.warm.ms) / b.cold.ms).toFixed(1)} % of cold; target < 10 %)`);
  say(`  one module changed:          ${fmt(b.oneChanged.ms)}`);
  if (b.samples) say(`  sample manuals, cold:        ${fmt(b.samples.ms)}   (${b.samples.built} PDFs, ${b.samples.pages} pages)`);

  const j = benchJobs(40, [1, 2], 3);
  say(`build --jobs, ${j.modules}-module bilingual manual, cold, fresh CLI processes (median of ${j.runs[0]?.all.length ?? 0} runs in turns)`);
  for (const r of j.runs) {
    say(`  ${r.jobs} job${r.jobs > 1 ? 's' : ' '}:                      ${fmt(r.ms)}   peak RSS ${r.peakRssMb.toFixed(0)} MB${r.ok ? '' : ' (FAILED)'}   (runs: ${r.all.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`);
  }
  const [one, two] = j.runs;
  if (one && two) say(`  speed-up on ${two.jobs} threads:       ${(one.ms / two.ms).toFixed(2)}×`);

  const w = await benchWatch(40);
  say(`watch, ${w.modules}-module manual: one saved module re-rendered (pandoc and Typst warm)`);
  say(`  re-render:                   ${fmt(w.rerenderMs)}   (${w.converted} conversion, ${w.compiled} compile; target < 1.5 s)`);

  const p = benchPackets(300);
  say(`packets, sample conference, ${p.attendees} attendees${p.ok ? '' : ' (FAILED)'}`);
  say(`  all packets and print.pdf:   ${fmt(p.ms)}   peak RSS ${p.peakRssMb.toFixed(0)} MB   (target < 60 s, < 1 GB)`);

  const h = await benchHandout({ slides: 200, perPage: 6 });
  say(`handout, ${h.slides}-slide 16:9 deck, ${h.perPage} per page → ${h.pages} pages`);
  say(`  n-up handout:                ${fmt(h.handoutMs)}   (target < 2 s)`);
}

await main();
