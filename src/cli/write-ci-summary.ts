// `node dist/cli/write-ci-summary.js [--check check.json] [--build build.json]`:
// the job summary the GitHub Action appends to $GITHUB_STEP_SUMMARY, on
// stdout. A report file that is not there is a step that did not run.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ciSummary } from './ci-summary.js';

const { values } = parseArgs({ options: { check: { type: 'string' }, build: { type: 'string' } } });
const read = (file: string | undefined): string | undefined => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
process.stdout.write(ciSummary({ check: read(values.check), build: read(values.build) }));
