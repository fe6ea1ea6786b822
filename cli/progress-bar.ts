/** A progress bar on stderr for long runs (only on a terminal), redrawn at most ten times a second. */
export class ProgressBar {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = stream.isTTY === true && total > 20,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} articles, ${rate.toFixed(0)}/s `);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
  }
}
