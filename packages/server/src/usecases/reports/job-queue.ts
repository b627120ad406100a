/**
 * The in-process queue of generation jobs: at most MAX_CONCURRENT run at once (rendering a PDF
 * is CPU work; the API stays responsive). WORKER_ID names this process on the rows it runs.
 */
import { randomUUID } from 'node:crypto';

export const MAX_CONCURRENT = 2;
export const WORKER_ID = randomUUID();

type Task = () => Promise<void>;

const waiting: Task[] = [];
let running = 0;
let idleWaiters: (() => void)[] = [];

function pump(): void {
  while (running < MAX_CONCURRENT && waiting.length > 0) {
    const task = waiting.shift();
    if (!task) break;
    running += 1;
    task()
      .catch((e: unknown) => console.error('kinerja: tugas laporan gagal', e))
      .finally(() => {
        running -= 1;
        pump();
      });
  }
  if (running === 0 && waiting.length === 0) {
    const done = idleWaiters;
    idleWaiters = [];
    for (const resolve of done) resolve();
  }
}

export function enqueue(task: Task): void {
  waiting.push(task);
  pump();
}

/** Resolves when no job runs or waits (tests and a clean shutdown wait for it). */
export function whenIdle(): Promise<void> {
  if (running === 0 && waiting.length === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}
