/**
 * Everything a benchmark starts (host processes, browsers, temp folders) is registered here as it is
 * made and undone in reverse order, whether the section finished, threw, or the run was interrupted.
 */
export class Cleanup {
  private readonly steps: { label: string; undo: () => unknown }[] = [];
  private closed = false;
  /** Undo steps of things made after the cleanup had already run (an interrupted section still starting them). */
  private late: Promise<unknown>[] = [];

  /** Registers an undo step; returns the value it guards, for `const x = cleanup.add(await make(), …)`. */
  add<T>(value: T, label: string, undo: (value: T) => unknown): T {
    if (this.closed) {
      // The run was interrupted while this was being made: undo it now and stop the section here.
      this.late.push(
        Promise.resolve()
          .then(() => undo(value))
          .catch(() => undefined),
      );
      throw new Error(`interrupted while starting ${label}`);
    }
    this.steps.push({ label, undo: () => undo(value) });
    return value;
  }

  /** Runs every step, newest first; a failing step is reported and the rest still run. Later add()s are undone at once. */
  async run(log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<void> {
    this.closed = true;
    await Promise.all(this.late.splice(0));
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await withTimeout(Promise.resolve(step.undo()), 30_000, `cleanup of ${step.label}`);
      } catch (error) {
        log(`bench: cleanup of ${step.label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
