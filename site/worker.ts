import { parentPort, workerData } from 'node:worker_threads';
import { buildGroup, type GroupJob } from './group.js';

// A worker thread of `grantspec build`: one share of the grants (see build.ts). A throw here
// reaches the main thread as the worker's 'error' event.
parentPort?.postMessage(await buildGroup(workerData as GroupJob));
