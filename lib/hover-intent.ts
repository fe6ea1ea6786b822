/**
 * Hover intent for popovers, in the manner of Wikipedia's page previews: open after a short dwell
 * on a target, stay open while the pointer travels into the card, close after a grace period once
 * the pointer has left both; one card at a time; a click pins it. Pure: timers are injected.
 */

export const OPEN_DELAY_MS = 350;
export const CLOSE_GRACE_MS = 300;

export interface HoverIntentEvents<T> {
  open(target: T): void;
  close(): void;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class HoverIntent<T> {
  private openTarget: T | null = null;
  private pendingTarget: T | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private overCard = false;
  private pinned = false;

  constructor(
    private readonly events: HoverIntentEvents<T>,
    private readonly same: (a: T, b: T) => boolean = Object.is,
    private readonly timers: Timers = realTimers,
    private readonly openDelay = OPEN_DELAY_MS,
    private readonly closeGrace = CLOSE_GRACE_MS,
  ) {}

  get current(): T | null {
    return this.openTarget;
  }

  /** The pointer is over a target (or over no target: null). */
  pointerAt(target: T | null): void {
    if (target !== null && this.openTarget !== null && this.same(target, this.openTarget)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (target === null) {
      this.cancelOpen();
      if (this.openTarget !== null && !this.overCard && !this.pinned) this.scheduleClose();
      return;
    }
    // A different target: wait for the dwell before switching (pinned cards stay until dismissed).
    if (this.pinned) return;
    if (this.pendingTarget !== null && this.same(target, this.pendingTarget)) return;
    this.cancelOpen();
    this.pendingTarget = target;
    this.openTimer = this.timers.set(() => {
      this.openTimer = null;
      this.pendingTarget = null;
      this.show(target);
    }, this.openDelay);
    if (this.openTarget !== null && !this.overCard) this.scheduleClose();
  }

  /** The pointer entered or left the card itself. */
  cardHover(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.cancelClose();
    else if (this.openTarget !== null && !this.pinned) this.scheduleClose();
  }

  /** Opens at once (click, focus, keyboard), optionally pinned. */
  openNow(target: T, pin: boolean): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = pin;
    this.show(target);
  }

  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = false;
    this.overCard = false;
    if (this.openTarget !== null) {
      this.openTarget = null;
      this.events.close();
    }
  }

  dispose(): void {
    this.cancelOpen();
    this.cancelClose();
    this.openTarget = null;
  }

  private show(target: T): void {
    this.cancelClose();
    this.openTarget = target;
    this.events.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = null;
      if (this.overCard || this.pinned) return;
      this.openTarget = null;
      this.events.close();
    }, this.closeGrace);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clear(this.openTimer);
    this.openTimer = null;
    this.pendingTarget = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
