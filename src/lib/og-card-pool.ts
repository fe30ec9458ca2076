/**
 * Draws share cards on worker threads. Astro renders pages in one thread, so on a machine with two cores the
 * second one is idle while pages render; cards asked for ahead (`prefetch`, from the card route's
 * getStaticPaths, which Astro runs before it renders any page) are drawn there in the meantime, and writing
 * them into dist/ at the end of the build (share-card-files.ts) then mostly collects finished cards. One worker
 * fewer than there are cores, so page rendering keeps a core of its own; a card asked for before a worker has
 * started on it is drawn by the asking thread, which would otherwise only wait. If a worker cannot run, cards
 * are drawn in the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardPng, type CardText } from './og-card.ts';
import type { CardJob, CardReply } from './og-card-worker.ts';

interface Job {
  id: number;
  text: CardText;
  png: Promise<Buffer>;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
  /** Waiting for a worker, sent to one, or drawn by the thread that asked for it. */
  state: 'queued' | 'sent' | 'here';
}

interface Thread {
  worker: Worker;
  running: Map<number, Job>;
}

/** Jobs sent to one worker at a time: two, so its next title is laid out while zlib compresses the last one. */
const PER_WORKER = 2;

export class CardPool {
  readonly #workerFile: string | undefined;
  readonly #cacheDir: string | undefined;
  readonly #size: number;
  readonly #threads: Thread[] = [];
  readonly #queue: Job[] = [];
  /** Cards asked for and not yet collected, by their text. */
  readonly #pending = new Map<string, Job>();
  #nextId = 0;
  #broken = false;
  /** How many cards each side drew (tests and measurements read it). */
  readonly drawn = { workers: 0, mainThread: 0 };

  /**
   * @param workerFile path of og-card-worker.ts; without it every card is drawn in the calling thread.
   * @param cacheDir where drawn cards are kept between builds (see cardPng).
   */
  constructor(workerFile: string | undefined, cacheDir?: string, size = Math.min(4, availableParallelism() - 1)) {
    this.#workerFile = workerFile;
    this.#cacheDir = cacheDir;
    this.#size = Math.max(1, size);
  }

  /** Starts drawing these cards in the background; `card` collects them. */
  prefetch(texts: Iterable<CardText>): void {
    for (const text of texts) {
      const key = JSON.stringify(text);
      if (this.#pending.has(key)) continue;
      const job = this.#job(text);
      this.#pending.set(key, job);
      this.#queue.push(job);
    }
    this.#pump();
  }

  /** The card for `text`: collected if a worker drew or is drawing it, drawn here if not. */
  card(text: CardText): Promise<Buffer> {
    const key = JSON.stringify(text);
    const job = this.#pending.get(key) ?? this.#job(text);
    this.#pending.delete(key);
    if (job.state === 'queued') {
      job.state = 'here';
      this.#drawHere(job);
    }
    return job.png;
  }

  #job(text: CardText): Job {
    let resolve!: Job['resolve'], reject!: Job['reject'];
    const png = new Promise<Buffer>((yes, no) => ((resolve = yes), (reject = no)));
    // A prefetched card nobody has asked for yet must not fail the build as an unhandled rejection;
    // the error still reaches whoever collects it.
    png.catch(() => {});
    return { id: this.#nextId++, text, png, resolve, reject, state: 'queued' };
  }

  #pump(): void {
    // Without workers, queued cards wait for `card` to draw them one by one as they are asked for.
    if (this.#broken || !this.#workerFile) return;
    while (this.#queue.length > 0) {
      if (this.#queue[0]!.state !== 'queued') {
        this.#queue.shift();
        continue;
      }
      let thread = this.#threads.find((t) => t.running.size < PER_WORKER);
      if (!thread && this.#threads.length < this.#size) thread = this.#start(this.#workerFile);
      if (!thread) return;
      const job = this.#queue.shift()!;
      job.state = 'sent';
      thread.running.set(job.id, job);
      // Only a worker with work keeps the process alive; an idle one must not hold the build open.
      thread.worker.ref();
      thread.worker.postMessage({ id: job.id, text: job.text, cacheDir: this.#cacheDir } satisfies CardJob);
    }
  }

  #start(file: string): Thread {
    const thread: Thread = { worker: new Worker(file), running: new Map() };
    thread.worker.on('message', (reply: CardReply) => {
      const job = thread.running.get(reply.id);
      if (!job) return;
      thread.running.delete(reply.id);
      if (thread.running.size === 0) thread.worker.unref();
      if ('png' in reply) {
        this.drawn.workers++;
        job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      } else {
        job.reject(new Error(`share card "${job.text.title}": ${reply.error}`));
      }
      this.#pump();
    });
    const fail = (reason: string) => {
      if (this.#broken) return;
      this.#broken = true;
      console.warn(`share cards: a worker thread stopped (${reason}); drawing the remaining cards in the main thread`);
      for (const t of this.#threads) {
        for (const job of t.running.values()) {
          job.state = 'here';
          this.#drawHere(job);
        }
        t.running.clear();
        void t.worker.terminate();
      }
    };
    thread.worker.on('error', (error) => fail(error.message));
    thread.worker.on('exit', (code) => {
      if (thread.running.size > 0) fail(`exit code ${code}`);
    });
    this.#threads.push(thread);
    return thread;
  }

  #drawHere(job: Job): void {
    cardPng(job.text, this.#cacheDir).then((png) => {
      this.drawn.mainThread++;
      job.resolve(png);
    }, job.reject);
  }

  /** Stops the workers (tests; a build's process simply exits). */
  async close(): Promise<void> {
    await Promise.all(this.#threads.splice(0).map((t) => t.worker.terminate()));
  }
}
