// IPC transport: the Electron preload's `window.parallax` object, wrapped as ParallaxApi.
import type { Channel, EventName, Events, ParallaxApi, Req, Res } from '../../api/contract';
import type { PreloadApi } from '../global';

export function ipcTransport(bridge: PreloadApi): ParallaxApi {
  return {
    call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>> {
      const fn = bridge[channel] as unknown as ((r: Req<C>) => Promise<Res<C>>) | undefined;
      if (typeof fn !== 'function') return Promise.reject(new Error(`IPC channel not exposed: ${channel}`));
      return fn(req);
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      return bridge.on(event, listener);
    },
  };
}
