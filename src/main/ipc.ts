// IPC transport of the API contract: one ipcMain.handle per channel of CHANNELS, each going through
// `dispatch` (which validates the request) after checking that the sender frame is our renderer.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, ValidationError, type Channel } from '../api/contract';
import { dispatch, type Handlers } from '../api/handlers';

export interface IpcOptions {
  handlers: Handlers;
  isTrustedSender(url: string | undefined): boolean;
  log?: (message: string) => void;
}

/** Errors cross the IPC boundary as plain messages prefixed with a code the renderer can show. */
function describe(e: unknown): Error {
  if (e instanceof ValidationError) return new Error(`invalid: ${e.message}`);
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'failed';
  return new Error(`${code}: ${e instanceof Error ? e.message : String(e)}`);
}

export function registerIpc(opts: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown) => {
      const url = event.senderFrame?.url;
      if (!opts.isTrustedSender(url)) {
        opts.log?.(`refused ${channel} from ${url ?? 'unknown frame'}`);
        throw new Error('forbidden: request from an untrusted frame');
      }
      try {
        return await dispatch(opts.handlers, channel as Channel, arg);
      } catch (e) {
        throw describe(e);
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
