import { describe, expect, it } from 'vitest';
import { SaveQueue, type SaveState } from '../../renderer/src/save-queue.ts';

/** Lets every promise callback that is ready run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the save queue', () => {
  /** A queue whose saves wait until the test lets them through, so one can be caught on its way. */
  function queue() {
    const saved: string[] = [];
    const states: SaveState['kind'][] = [];
    const waiting: (() => void)[] = [];
    const saves = new SaveQueue<string>(
      (key, text) =>
        new Promise<void>((resolve) =>
          waiting.push(() => {
            saved.push(`${key}=${text}`);
            resolve();
          }),
        ),
      (state) => states.push(state.kind),
      60_000,
    );
    return { saves, saved, states, release: () => waiting.splice(0).forEach((done) => done()) };
  }

  it('waits in flush for a save that is already on its way, not only for the pending ones', async () => {
    const { saves, saved, states, release } = queue();
    saves.schedule('1:en', 'typed');
    void saves.flush();
    await settle();
    expect(saves.hasPending()).toBe(true);

    let flushed = false;
    const flushing = saves.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    release();
    await flushing;
    expect(saved).toEqual(['1:en=typed']);
    expect(saves.hasPending()).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('sends the latest text of each cell once, when flushed', async () => {
    const { saves, saved, release } = queue();
    saves.schedule('1:en', 'a');
    saves.schedule('1:en', 'ab');
    saves.schedule('2:en', 'c');
    const flushing = saves.flush();
    await settle();
    release();
    await flushing;
    expect(saved.sort()).toEqual(['1:en=ab', '2:en=c']);
  });
});
