import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

// Process plumbing for the bench: progress lines, ordered cleanup, and the forked children.

const t0 = Date.now();

/** A progress line on stderr, so stdout carries only the report. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops everything started so far, newest first, once; a failing step does not skip the others. */
export class Cleanup {
  private readonly steps: Array<{ name: string; run: () => Promise<unknown> }> = [];
  private running: Promise<void> | undefined;

  push(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.splice(0).reverse()) {
        await step
          .run()
          .catch((err: unknown) =>
            progress(`cleanup of ${step.name} failed: ${err instanceof Error ? err.message : String(err)}`),
          );
      }
    })();
    return this.running;
  }
}

/** A forked bench script (raw-handler.js, load-client.js) answering one message at a time. */
export class Child {
  private readonly process: ChildProcess;
  private exited = false;

  constructor(
    readonly name: string,
    script: string,
  ) {
    // No inherited --cpu-prof/--inspect: the children are not what is being profiled.
    this.process = fork(join(__dirname, script), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.process.once('exit', () => (this.exited = true));
  }

  ask<T extends { type: string }>(message: object, answer: T['type']): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: T | { type: 'error'; message: string }) => {
        if (reply.type !== answer && reply.type !== 'error') return;
        done();
        if (reply.type === 'error') reject(new Error(`${this.name}: ${(reply as { message: string }).message}`));
        else resolve(reply as T);
      };
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`${this.name} exited (code ${code})`));
      };
      const done = () => {
        this.process.off('message', onMessage);
        this.process.off('exit', onExit);
      };
      this.process.on('message', onMessage);
      this.process.once('exit', onExit);
      this.process.send(message);
    });
  }

  /** Asks it to stop; kills it (this child only, by its pid) if it has not exited within 5 s. */
  async stop(message: object): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    if (this.process.connected) this.process.send(message);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
