// Chooses the transport at start-up: Electron IPC when the preload exposed `window.parallax`, else HTTP.
import type { ParallaxApi } from '../../api/contract';
import { httpTransport } from './http';
import { ipcTransport } from './ipc';

export function createApi(): ParallaxApi {
  if (typeof window !== 'undefined' && window.parallax) return ipcTransport(window.parallax);
  return httpTransport();
}
export { ApiError } from './http';
