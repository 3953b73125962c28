// HTTP transport (src/api/http-protocol.ts): POST /api/call/<channel>, events over server-sent events.
// The token travels in the cookie the host set when the page was opened as /?token=...
import { EVENT_NAMES, type Channel, type EventName, type Events, type ParallaxApi, type Req, type Res } from '../../api/contract';
import { API_PREFIX, EVENTS_PATH, type HttpReply } from '../../api/http-protocol';

export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function httpTransport(base = ''): ParallaxApi {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  const ensureSource = () => {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(base + EVENTS_PATH, { withCredentials: true });
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (ev) => {
        let payload: unknown;
        try {
          payload = JSON.parse((ev as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const l of listeners.get(name) ?? []) l(payload);
      });
    }
  };

  return {
    async call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>> {
      const resp = await fetch(base + API_PREFIX + channel, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: req === undefined ? '' : JSON.stringify(req),
      });
      let reply: HttpReply<Res<C>>;
      try {
        reply = (await resp.json()) as HttpReply<Res<C>>;
      } catch {
        throw new ApiError(resp.status === 401 || resp.status === 403 ? 'unauthorized' : 'failed', `HTTP ${resp.status}`);
      }
      if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
      return reply.res;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };
}
