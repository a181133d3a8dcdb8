import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../core/api/channels.ts';
import { methodNames } from '../../core/api/contract.ts';
import type { AppEvent } from '../../core/api/events.ts';
import { buildBridge, buildEventsBridge } from '../../electron/preload/bridge.ts';

describe('preload bridge', () => {
  it('exposes one function per contract method and nothing else', () => {
    const bridge = buildBridge(async () => ({ ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge || 'send' in bridge || 'on' in bridge).toBe(false);
  });

  it('sends each call on its own channel with the payload untouched', async () => {
    const sent: [string, unknown][] = [];
    const bridge = buildBridge(async (channel, payload) => {
      sent.push([channel, payload]);
      return { ok: true, value: channel };
    });
    expect(await bridge.getDocument({ documentId: 4 })).toEqual({ ok: true, value: ipcChannel('getDocument') });
    expect(sent).toEqual([[ipcChannel('getDocument'), { documentId: 4 }]]);
  });

  it('exposes events through one subscribe function that can be undone', () => {
    const listeners = new Set<(event: AppEvent) => void>();
    const events = buildEventsBridge((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    expect(Object.keys(events)).toEqual(['subscribe']);
    const seen: AppEvent[] = [];
    const unsubscribe = events.subscribe((event) => seen.push(event));
    listeners.forEach((l) => l({ type: 'help' }));
    unsubscribe();
    listeners.forEach((l) => l({ type: 'find' }));
    expect(seen).toEqual([{ type: 'help' }]);
  });
});
