// `node tree-peak.js <command> [args…]`: runs the command with this process's
// stdio, samples the peak memory of its process tree (tree-rss.ts) and, once
// it has ended, writes `treerss=<kB>` to stderr and exits with its status. A
// separate process, so that the sampling does not stop while the caller waits
// synchronously (timed-cli.ts), and its own memory is not counted.
import { spawn } from 'node:child_process';
import { sampleTree } from './tree-rss.js';

const [command, ...args] = process.argv.slice(2);
if (command) {
  const child = spawn(command, args, { stdio: 'inherit' });
  const sampler = sampleTree(child.pid ?? process.pid);
  child.on('exit', (code, signal) => {
    process.stderr.write(`\ntreerss=${sampler.stop()}\n`);
    process.exitCode = code ?? (signal ? 128 : 1);
  });
}
