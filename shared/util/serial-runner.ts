/**
 * Runs an async save one at a time, never two in flight: a call while one runs marks it to run
 * once more and returns the running loop, so edits made meanwhile are sent next, in order, and
 * none is lost or overtaken by an older request. Pure (no React), so the ordering is unit-tested;
 * the score sheet's and the grid's autosave use it through `useSerialSaves`.
 */
export class SerialRunner {
  private current: Promise<void> | null = null;
  private again = false;

  /**
   * @param saveOnce one request; resolving `true` means part of its batch is left to send now.
   * @param canStart asked before a new loop (e.g. no conflict, sheet not submitted).
   * @param keepGoing asked before each repeat.
   */
  constructor(
    private saveOnce: () => Promise<unknown> = () => Promise.resolve(),
    private canStart: () => boolean = () => false,
    private keepGoing: () => boolean = () => false,
  ) {}

  /** Swaps in newer callbacks (a React editor's latest ones); the loop in flight keeps going. */
  configure(
    saveOnce: () => Promise<unknown>,
    canStart: () => boolean,
    keepGoing: () => boolean,
  ): void {
    this.saveOnce = saveOnce;
    this.canStart = canStart;
    this.keepGoing = keepGoing;
  }

  /** The loop in flight, if any. */
  get running(): Promise<void> | null {
    return this.current;
  }

  run(): Promise<void> {
    if (!this.canStart()) return Promise.resolve();
    if (this.current) {
      this.again = true;
      return this.current;
    }
    const job = (async () => {
      let more: unknown;
      do {
        this.again = false;
        more = await this.saveOnce();
      } while ((this.again || more === true) && this.keepGoing());
    })();
    this.current = job.finally(() => {
      this.current = null;
    });
    return this.current;
  }
}
