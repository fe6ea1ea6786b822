/**
 * Runs audit tasks on worker threads, a few in flight per worker so none waits for the next one.
 * A worker that dies (out of memory on a pathological page) or hangs on one input is replaced;
 * the tasks it had in flight are tried again one at a time, so that only the input that kills a
 * worker twice is reported (as `crashed`) and the others are audited normally.
 */
import { Worker } from 'node:worker_threads';
import { skipped, type ArticleResult } from '../lib/audit/article-result';
import type { InputKind } from './input-kinds';

export type AuditTask = { id: number; retried?: boolean } & (
  | { type: 'file'; path: string; maxBytes: number }
  | { type: 'bytes'; source: string; bytes: Uint8Array; kind: InputKind; charset?: string }
);
export type NewTask = AuditTask extends infer T ? (T extends AuditTask ? Omit<T, 'id' | 'retried'> : never) : never;

const IN_FLIGHT = 4;

interface Slot {
  worker: Worker;
  /** In dispatch order: the worker takes them in that order, so the first is the one under way. */
  running: Map<number, AuditTask>;
  /** Fires when the worker has finished nothing for the timeout while it has work. */
  watchdog?: NodeJS.Timeout;
  dead: boolean;
}

const sourceOf = (task: AuditTask) => (task.type === 'file' ? task.path : task.source);

export interface WorkerPoolOptions {
  size: number;
  /** An input a worker spends longer than this on is given up on (the worker is replaced). */
  taskTimeoutMs?: number;
  resourceLimits?: ConstructorParameters<typeof Worker>[1] extends infer O ? (O extends { resourceLimits?: infer R } ? R : never) : never;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: AuditTask[] = [];
  private waiting = new Map<number, (r: ArticleResult) => void>();
  private nextId = 0;
  private readonly taskTimeoutMs: number;

  constructor(
    private readonly workerUrl: URL,
    private readonly options: WorkerPoolOptions,
  ) {
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, { resourceLimits: this.options.resourceLimits ?? { maxOldGenerationSizeMb: 2048 } });
    const slot: Slot = { worker, running: new Map(), dead: false };
    worker.on('message', ({ id, result }: { id: number; result: ArticleResult }) => {
      if (!slot.running.delete(id)) return;
      this.watch(slot, true);
      this.settle(id, result);
      this.pump();
    });
    worker.on('error', (error: Error) => this.replace(slot, `the worker reading it failed: ${error.message}`));
    worker.on('exit', (code) => this.replace(slot, `the worker reading it stopped (exit code ${code})`));
    return slot;
  }

  /** Ends a dead or stuck worker: `culprit` (if known) is reported, the others tried again. */
  private replace(slot: Slot, why: string, culprit?: number) {
    if (slot.dead) return;
    slot.dead = true;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const retry: AuditTask[] = [];
    clearTimeout(slot.watchdog);
    for (const task of slot.running.values()) {
      if (task.id === culprit || task.retried) this.settle(task.id, skipped(sourceOf(task), 'crashed', why));
      else retry.push({ ...task, retried: true });
    }
    slot.running.clear();
    this.queue.unshift(...retry);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    this.pump();
  }

  private settle(id: number, result: ArticleResult) {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(result);
  }

  /** (Re)starts the slot's watchdog after progress, or stops it when the slot is idle. */
  private watch(slot: Slot, progress: boolean) {
    if (progress || !slot.running.size) {
      clearTimeout(slot.watchdog);
      slot.watchdog = undefined;
    }
    if (slot.running.size && !slot.watchdog) {
      slot.watchdog = setTimeout(() => {
        const current = slot.running.keys().next().value;
        this.replace(slot, `gave up after ${Math.round(this.taskTimeoutMs / 1000)} s`, current);
      }, this.taskTimeoutMs);
    }
  }

  private dispatch(slot: Slot, task: AuditTask) {
    slot.running.set(task.id, task);
    this.watch(slot, false);
    slot.worker.postMessage(task, task.type === 'bytes' ? [task.bytes.buffer as ArrayBuffer] : []);
  }

  private pump() {
    for (const slot of this.slots) {
      while (this.queue.length && slot.running.size < IN_FLIGHT) {
        // A task being tried again runs alone, so that a second failure is its own.
        const soloRunning = [...slot.running.values()].some((t) => t.retried);
        if (soloRunning || (this.queue[0]!.retried && slot.running.size)) break;
        this.dispatch(slot, this.queue.shift()!);
      }
    }
  }

  run(task: NewTask): Promise<ArticleResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.queue.push({ ...task, id } as AuditTask);
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      slot.dead = true;
      clearTimeout(slot.watchdog);
      slot.worker.removeAllListeners();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
