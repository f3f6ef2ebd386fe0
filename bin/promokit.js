#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (compiled by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`promokit build --help | head`) closes the pipe:
// that ends the output, it is not an error to print with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
