/**
 * Debounced saving of target cells. Typing schedules a save; the latest text of each
 * cell is sent once the typist pauses, on blur, or when the page is hidden or closed.
 */
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

export class SaveQueue<Key extends string> {
  private readonly pending = new Map<Key, { text: string; timer?: ReturnType<typeof setTimeout> }>();
  /** Saves on their way to the backend (each settles, never rejects). */
  private readonly sending = new Set<Promise<void>>();
  private lastError: string | null = null;

  private readonly save: (key: Key, text: string) => Promise<void>;
  private readonly onState: (state: SaveState) => void;
  private readonly delayMs: number;

  constructor(save: (key: Key, text: string) => Promise<void>, onState: (state: SaveState) => void, delayMs = 400) {
    this.save = save;
    this.onState = onState;
    this.delayMs = delayMs;
  }

  schedule(key: Key, text: string): void {
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous.timer);
    this.pending.set(key, { text, timer: setTimeout(() => void this.flush(key), this.delayMs) });
    this.report();
  }

  /**
   * Sends the pending text of one cell, or of every cell, now, and waits for the saves already
   * on their way too, so what the caller does next (confirm, undo, export) sees every save.
   */
  async flush(key?: Key): Promise<void> {
    const keys = key === undefined ? [...this.pending.keys()] : [key];
    await Promise.all([...this.sending, ...keys.map((each) => this.send(each))]);
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.sending.size > 0;
  }

  private async send(key: Key): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    const sending = this.deliver(key, entry.text);
    this.sending.add(sending);
    this.report();
    await sending;
    this.sending.delete(sending);
    this.report();
  }

  private async deliver(key: Key, text: string): Promise<void> {
    try {
      await this.save(key, text);
      this.lastError = null;
    } catch (error) {
      // Keep the text queued so a retry sends it; nothing typed is dropped.
      if (!this.pending.has(key)) this.pending.set(key, { text });
      this.lastError = error instanceof Error ? error.message : String(error);
    }
  }

  private report(): void {
    if (this.lastError !== null && this.sending.size === 0) this.onState({ kind: 'error', message: this.lastError });
    else this.onState(this.hasPending() ? { kind: 'saving' } : { kind: 'saved' });
  }
}
