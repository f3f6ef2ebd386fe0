// A worker thread of check-project.ts: checks its share of the manuals and
// sends back the findings and outlines (plain data, cloned once).
import { parentPort, workerData } from 'node:worker_threads';
import { checkManualDirs, type WorkerInput } from './check-manuals.js';

const input = workerData as WorkerInput;
parentPort?.postMessage(await checkManualDirs(input.root, input.dirs, input.filter, input.today, input.passiveEveryManual));
