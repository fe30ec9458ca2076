/**
 * One worker thread that answers requests in turn: build work that would otherwise hold the main thread, on which
 * Astro renders every page. The thread keeps the process alive only while it has work.
 */
import { Worker } from 'node:worker_threads';

interface Reply<R> {
  id: number;
  result?: R;
  error?: string;
}

export class WorkerThread<Q, R> {
  #worker: Worker | undefined;
  #pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  #next = 0;
  readonly file: string;

  /** `file`: a module that answers each `{ id, request }` message with `{ id, result }` or `{ id, error }`. */
  constructor(file: string) {
    this.file = file;
  }

  run(request: Q): Promise<R> {
    const worker = (this.#worker ??= this.#start());
    const id = this.#next++;
    if (this.#pending.size === 0) worker.ref();
    return new Promise<R>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  #start(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', ({ id, result, error }: Reply<R>) => {
      const waiting = this.#pending.get(id);
      this.#pending.delete(id);
      if (this.#pending.size === 0) worker.unref();
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(result as R);
    });
    // A thread that fails to start or dies fails every request it holds, and the next request starts a new one.
    const fail = (error: Error) => {
      if (this.#worker !== worker) return;
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`${this.file}: luồng xử lý dừng (mã ${code})`)));
    return worker;
  }
}
