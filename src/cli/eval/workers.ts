// Runs page tasks on a few worker threads (one DOM alive per worker), or
// inline when workers are unavailable (e.g. under a test runner without the
// TypeScript loader). Results come back in task order, so output is deterministic.

import { Worker } from 'node:worker_threads';
import { summarizePage, type PageSummary, type PageTask } from './page-summary.ts';

type FromWorker = { ready: true } | { id: number; summary: PageSummary };

/** tsx's register API as an absolute URL (an eval'd worker resolves bare names from the cwd). */
function tsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return 'tsx/esm/api';
  }
}

function startWorker(): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Node cannot start a worker from a .ts file by itself: under tsx, a tiny
      // JS bootstrap registers tsx's loader in the worker first.
      const entry = new URL('./worker.ts', import.meta.url).href;
      const code = import.meta.url.endsWith('.ts')
        ? `import(${JSON.stringify(tsxApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`
        : `import(${JSON.stringify(entry.replace(/\.ts$/, '.js'))})`;
      worker = new Worker(code, { eval: true });
    } catch {
      resolve(null);
      return;
    }
    const fail = (): void => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(null);
    };
    const timer = setTimeout(fail, 20000);
    worker.once('error', fail);
    worker.once('message', (m: FromWorker) => {
      clearTimeout(timer);
      worker.off('error', fail);
      resolve('ready' in m ? worker : null);
    });
  });
}

/** How many worker threads the last runPages call used (0: inline). */
export let workersUsed = 0;

export async function runPages(
  tasks: readonly Omit<PageTask, 'id'>[],
  jobs: number,
  onDone: (index: number, summary: PageSummary) => void,
): Promise<PageSummary[]> {
  const results: PageSummary[] = new Array<PageSummary>(tasks.length);
  const workers =
    jobs > 1
      ? (await Promise.all(Array.from({ length: jobs }, startWorker))).filter((w): w is Worker => w !== null)
      : [];
  workersUsed = workers.length;
  if (workers.length === 0) {
    for (const [i, t] of tasks.entries()) {
      const summary = summarizePage(t.file, t.url, t.article === true);
      results[i] = summary;
      onDone(i, summary);
      // jsdom frees a closed window only on a later turn of the event loop:
      // without this wait, 1,000 pages back to back run out of memory.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }
  let next = 0;
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          const send = (): void => {
            const i = next++;
            const t = tasks[i];
            if (!t) {
              resolve();
              return;
            }
            worker.postMessage({ id: i, file: t.file, url: t.url, article: t.article === true });
          };
          worker.on('message', (m: FromWorker) => {
            if ('id' in m) {
              results[m.id] = m.summary;
              onDone(m.id, m.summary);
            }
            send();
          });
          worker.on('error', (e) => {
            // A worker that dies (out of memory on a huge page): its page is an error, the others go on.
            process.stderr.write(`eval: worker failed: ${e.message}\n`);
            resolve();
          });
          send();
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  // Pages a dead worker never answered are errors, not silent gaps.
  tasks.forEach((t, i) => {
    if (!results[i]) {
      const dead: PageSummary = {
        isNews: false,
        newsScore: 0,
        signals: [],
        published: null,
        article: null,
        error: 'worker died',
        parseMs: 0,
        analyzeMs: 0,
        notes: [],
      };
      results[i] = dead;
      onDone(i, dead);
    }
  });
  return results;
}
