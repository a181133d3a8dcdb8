/**
 * Orders the calls reaching the backend. Most run side by side (each is short, or waits only on
 * parsing); an exclusive call, one that holds a database transaction open across awaits (TMX
 * import), first lets the calls already running finish, then holds new ones back until it is done,
 * so no other write can join its transaction or be rolled back with it.
 */
export class CallGate {
  private running = 0;
  private drained: (() => void) | null = null;
  private exclusiveTail: Promise<unknown> = Promise.resolve();

  async shared<T>(call: () => Promise<T> | T): Promise<T> {
    let tail: Promise<unknown>;
    do {
      tail = this.exclusiveTail;
      await tail;
    } while (tail !== this.exclusiveTail);
    this.running++;
    try {
      return await call();
    } finally {
      this.running--;
      if (this.running === 0) this.drained?.();
    }
  }

  exclusive<T>(call: () => Promise<T> | T): Promise<T> {
    const result = this.exclusiveTail.then(async () => {
      await this.drain();
      return call();
    });
    this.exclusiveTail = result.catch(() => undefined);
    return result;
  }

  private async drain(): Promise<void> {
    if (this.running === 0) return;
    await new Promise<void>((resolve) => {
      this.drained = resolve;
    });
    this.drained = null;
  }
}
