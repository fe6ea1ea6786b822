/**
 * Runs audit tasks on worker threads, a few in flight per worker so none waits for the next one.
 * A worker that dies (out of memory on a pathological page) fails only its own tasks, which are
 * reported as skipped, and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { skipped, type ArticleResult } from '../lib/audit/article-result';
import type { InputKind } from './input-kinds';

export type AuditTask = { id: number } & (
  | { type: 'file'; path: string; maxBytes: number }
  | { type: 'bytes'; source: string; bytes: Uint8Array; kind: InputKind; charset?: string }
);
export type NewTask = AuditTask extends infer T ? (T extends AuditTask ? Omit<T, 'id'> : never) : never;

const IN_FLIGHT = 4;

interface Slot {
  worker: Worker;
  running: Map<number, AuditTask>;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: AuditTask[] = [];
  private waiting = new Map<number, (r: ArticleResult) => void>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly workerUrl: URL,
    size: number,
    private readonly resourceLimits = { maxOldGenerationSizeMb: 2048 },
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerUrl, { resourceLimits: this.resourceLimits }), running: new Map() };
    slot.worker.on('message', ({ id, result }: { id: number; result: ArticleResult }) => {
      slot.running.delete(id);
      this.settle(id, result);
      this.pump();
    });
    const fail = (error: Error | number) => {
      if (this.closed) return;
      const message = typeof error === 'number' ? `exit code ${error}` : error.message;
      for (const task of slot.running.values()) {
        const source = task.type === 'file' ? task.path : task.source;
        this.settle(task.id, skipped(source, 'crashed', `the worker reading it stopped (${message})`));
      }
      slot.running.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(code));
    return slot;
  }

  private settle(id: number, result: ArticleResult) {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(result);
  }

  private pump() {
    for (const slot of this.slots) {
      while (this.queue.length && slot.running.size < IN_FLIGHT) {
        const task = this.queue.shift()!;
        slot.running.set(task.id, task);
        slot.worker.postMessage(task, task.type === 'bytes' ? [task.bytes.buffer as ArrayBuffer] : []);
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
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
