// The IPC transport wraps the preload's `window.parallax` bridge (one function per channel + `on`).
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Events } from '../../src/api/contract';
import type { PreloadApi } from '../../src/renderer/global';
import { ipcTransport } from '../../src/renderer/transport/ipc';

function fakeBridge(): { bridge: PreloadApi; calls: [string, unknown][]; emit: <E extends keyof Events>(e: E, p: Events[E]) => void } {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const bridge: Record<string, unknown> = {};
  for (const c of CHANNELS)
    bridge[c] = (req: unknown) => {
      calls.push([c, req]);
      return Promise.resolve(c === 'app:get-recent' ? ['/a', '/b'] : { channel: c });
    };
  bridge.on = (event: string, l: (p: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(l);
    return () => listeners.get(event)!.delete(l);
  };
  return { bridge: bridge as unknown as PreloadApi, calls, emit: (e, p) => listeners.get(e)?.forEach((l) => l(p)) };
}

describe('IPC transport', () => {
  it('routes each call to the bridge function of its channel, with its request', async () => {
    const { bridge, calls } = fakeBridge();
    const api = ipcTransport(bridge);
    expect(await api.call('app:get-recent', undefined)).toEqual(['/a', '/b']);
    await api.call('tag:set', { alignmentId: 'a1', status: 'conflict', note: 'checked' });
    expect(calls).toEqual([
      ['app:get-recent', undefined],
      ['tag:set', { alignmentId: 'a1', status: 'conflict', note: 'checked' }],
    ]);
  });

  it('rejects a channel the bridge does not expose', async () => {
    const { bridge } = fakeBridge();
    delete (bridge as unknown as Record<string, unknown>)['export:write'];
    await expect(ipcTransport(bridge).call('export:write', { format: 'json', scope: 'all', language: 'en' })).rejects.toThrow(
      /not exposed/,
    );
  });

  it('delivers events until unsubscribed', () => {
    const { bridge, emit } = fakeBridge();
    const seen: number[] = [];
    const off = ipcTransport(bridge).on('analysis:progress', (p) => seen.push(p.done));
    emit('analysis:progress', { jobId: 'j', phase: 'reading', done: 1, total: 3 });
    off();
    emit('analysis:progress', { jobId: 'j', phase: 'reading', done: 2, total: 3 });
    expect(seen).toEqual([1]);
  });
});
