// What a transport needs from the services: one async handler per channel, and a sink for events.
// src/node/service.ts builds the handlers; src/main (IPC) and src/host (HTTP) route requests to them
// through `dispatch`, which validates every request first.
import type { Channel, EventName, Events, Req, Res } from './contract';
import { validate } from './schema';

export type Handlers = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> };
export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Validates `rawReq` for `channel` and runs its handler. Throws ValidationError on bad input. */
export async function dispatch<C extends Channel>(handlers: Handlers, channel: C, rawReq: unknown): Promise<Res<C>> {
  const req = validate(channel, rawReq);
  return handlers[channel](req);
}
