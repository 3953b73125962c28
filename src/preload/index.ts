// The preload (sandboxed, CommonJS, bundled): exposes `window.parallax` with exactly one function per
// channel of CHANNELS, each bound to its own fixed channel, plus `on` for the known EVENT_NAMES. Nothing
// generic: the page never gets ipcRenderer or a way to name an arbitrary channel.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_NAMES, type Channel, type EventName } from '../api/contract';

function invoker(channel: Channel) {
  return (req?: unknown): Promise<unknown> => ipcRenderer.invoke(channel, req);
}

const api: Record<string, unknown> = {};
for (const channel of CHANNELS) api[channel] = invoker(channel);

api.on = (event: string, listener: (payload: unknown) => void): (() => void) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new Error('listener must be a function');
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event as EventName, wrapped);
  return () => {
    ipcRenderer.removeListener(event as EventName, wrapped);
  };
};

// the absolute path of a file dropped on the window (drag and drop of folders)
api.pathForFile = (file: File): string => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('parallax', Object.freeze(api));
