// Worker thread of `npm run eval`: analyses the pages it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { summarizePage, type PageTask } from './page-summary.ts';

parentPort?.on('message', (task: PageTask) => {
  parentPort?.postMessage({ id: task.id, summary: summarizePage(task.file, task.url, task.article === true) });
});
parentPort?.postMessage({ ready: true });
