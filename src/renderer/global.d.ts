// What the Electron preload exposes on `window.parallax` (via contextBridge): one function per channel of
// CHANNELS in src/api/contract.ts, keyed by channel name, plus `on` for EVENT_NAMES.
import type { Channel, EventName, Events, Req, Res } from '../api/contract';

export type PreloadCalls = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> };

export interface PreloadApi extends PreloadCalls {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** optional: absolute path of a dropped File (Electron's webUtils.getPathForFile) */
  pathForFile?: (file: File) => string;
}

declare global {
  interface Window {
    parallax?: PreloadApi;
  }
}
