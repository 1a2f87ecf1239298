import type { LayoutFeature, SpecProblem } from '../../core/layout/index.ts';

// The page's side of ./compile-worker.ts: the layout editor's check runs there, so that typing
// (or pasting a megabyte) never holds up the page while a spec compiles.

export interface CompileRequest {
  /** Increases with each request; the answer carries it back. */
  id: number;
  text: string;
  /** The page's base URL: the worker loads data/gazetteer.json and data/china-counties.topo.json from it. */
  base: string;
  /** How many problems to send back (the rest are only counted). */
  listed: number;
}

export type CompileAnswer =
  | { id: number; features: LayoutFeature[]; problems: SpecProblem[]; total: number }
  /** The gazetteer or the boundaries could not be loaded: the error in each language, naming the file. */
  | { id: number; broken: { zh: string; en: string } };

/** What a check gives the editor: its answer, 'stale' when a newer text overtook it, 'no-worker' when the page must check it itself. */
export type CompileOutcome = CompileAnswer | 'stale' | 'no-worker';

/**
 * One worker kept for the editor's life (it holds the gazetteer and counties). One text is checked
 * at a time: a text given while another is being checked waits, and a newer one replaces it (the
 * replaced one resolves 'stale'), so only the latest text is checked once the worker is free.
 */
export class OffPageCompiler {
  private worker: Worker | null | undefined;
  private ids = 0;
  private running: { id: number; resolve: (o: CompileOutcome) => void } | null = null;
  private waiting: { text: string; resolve: (o: CompileOutcome) => void } | null = null;

  constructor(
    private readonly base: string,
    private readonly listed: number,
  ) {}

  /** Whether checks still go to a worker (false once it could not start or broke down). */
  get available(): boolean {
    return this.worker !== null;
  }

  check(text: string): Promise<CompileOutcome> {
    const worker = this.start();
    if (!worker) return Promise.resolve('no-worker');
    return new Promise((resolve) => {
      this.waiting?.resolve('stale');
      this.waiting = { text, resolve };
      this.next();
    });
  }

  /** Ends the worker (the editor is gone): a check under way or waiting resolves 'stale'. */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running?.resolve('stale');
    this.waiting?.resolve('stale');
    this.running = this.waiting = null;
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<CompileAnswer>) => {
        if (this.running?.id !== event.data.id) return;
        const { resolve } = this.running;
        this.running = null;
        resolve(event.data);
        this.next();
      });
      worker.addEventListener('error', (event) => {
        // The worker did not start (its script refused) or broke down: the page checks from now on.
        event.preventDefault();
        worker.terminate();
        this.fail();
      });
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private next(): void {
    if (this.running || !this.waiting || !this.worker) return;
    const { text, resolve } = this.waiting;
    this.waiting = null;
    const id = ++this.ids;
    this.running = { id, resolve };
    this.worker.postMessage({ id, text, base: this.base, listed: this.listed } satisfies CompileRequest);
  }

  private fail(): void {
    this.worker = null;
    this.running?.resolve('no-worker');
    this.waiting?.resolve('no-worker');
    this.running = this.waiting = null;
  }
}
