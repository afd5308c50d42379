/**
 * The run's time bound as the stages that hold the thread see it. A timer cannot fire while
 * classification runs, so those stages read the clock between steps instead; the stages
 * that wait on servers use the signal, whose timer cancels what is pending.
 */
export class Deadline {
  /** Aborted once the time is up, with `reason`; its timer does not keep the process alive. */
  readonly signal: AbortSignal;
  private readonly at: number;

  /**
   * @param ms how long from now
   * @param reason the Error every check throws once the time is up
   * @param now the clock, injectable so tests need not wait
   */
  constructor(
    ms: number,
    private readonly reason: Error,
    private readonly now: () => number = Date.now,
  ) {
    this.at = now() + ms;
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), ms).unref();
    this.signal = controller.signal;
  }

  get passed(): boolean {
    return this.signal.aborted || this.now() >= this.at;
  }

  /** Throws the reason once the time is up. */
  check(): void {
    if (this.passed) throw this.reason;
  }
}
