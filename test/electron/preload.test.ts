import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../core/api/channels.ts';
import { methodNames } from '../../core/api/contract.ts';
import { buildBridge } from '../../electron/preload/bridge.ts';

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
});
