// `npm run bench`: speed figures on generated corpora. Not a test: it prints.
import { benchCheck } from './check-bench.js';

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function main(): void {
  const c = benchCheck(500);
  process.stdout.write(
    `check, ${c.files} files (500 modules × 2 languages), ${c.diagnostics} findings\n` +
      `  in process (load + rules):   ${fmt(c.inProcessMs)}\n` +
      `  CLI, fresh process:          ${fmt(c.cliMs)}   peak RSS ${c.cliPeakRssMb.toFixed(0)} MB   (target < 1.5 s, < 150 MB)\n`,
  );
}

main();
