// Progress on stderr: one live line on a terminal, sparse lines otherwise
// (CI logs should not fill with carriage returns).

export class Progress {
  private done = 0;
  private readonly t0 = Date.now();
  private lastPrinted = -1;
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  /** Call after each item; `name` is what was just done. */
  tick(name: string, failed = false): void {
    this.done++;
    const elapsed = (Date.now() - this.t0) / 1000;
    const eta = this.done > 0 ? (elapsed / this.done) * (this.total - this.done) : 0;
    const head = `${this.label} ${this.done}/${this.total} ${elapsed.toFixed(0)}s eta ${eta.toFixed(0)}s`;
    if (this.tty) {
      const cols = this.out.columns ?? 100;
      const line = `${head} ${failed ? 'ERROR ' : ''}${name}`.slice(0, Math.max(20, cols - 1));
      this.out.write(`\r\x1b[K${line}`);
      if (this.done === this.total) this.out.write('\n');
      return;
    }
    // Every 10% and at the end, plus every failure.
    const step = Math.floor((this.done * 10) / Math.max(1, this.total));
    if (failed) this.out.write(`${head} ERROR ${name}\n`);
    else if (step !== this.lastPrinted || this.done === this.total) {
      this.lastPrinted = step;
      this.out.write(`${head}\n`);
    }
  }

  /** Clears the live line so that a message prints cleanly. */
  note(message: string): void {
    this.out.write(this.tty ? `\r\x1b[K${message}\n` : `${message}\n`);
  }
}
