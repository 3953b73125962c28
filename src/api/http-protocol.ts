// The HTTP transport of the API contract (src/host serves it, src/renderer/transport/http.ts calls it).
//
//   POST /api/call/<channel>   body: JSON request (or empty for void)   →  200 {"ok":true,"res":...}
//                                                                        400 {"ok":false,"error":{"code":"invalid","message":...}}
//                                                                        500 {"ok":false,"error":{"code":"failed","message":...}}
//   GET  /api/events            server-sent events: `event: <EventName>` + `data: <json>`
//   GET  /* everything else     the built renderer (index.html for unknown paths)
//
// Every request must carry the per-launch token: header `Authorization: Bearer <token>`, or the cookie
// TOKEN_COOKIE (set by the host when the page is first opened as /?token=<token>, then redirected to /).
// Missing token → 401, wrong token → 403. The host binds 127.0.0.1 only and rejects foreign Host headers.
export const API_PREFIX = '/api/call/';
export const EVENTS_PATH = '/api/events';
export const TOKEN_COOKIE = 'parallax_token';
export const TOKEN_QUERY = 'token';

export interface HttpOk<T> {
  ok: true;
  res: T;
}
export interface HttpErr {
  ok: false;
  error: { code: 'invalid' | 'failed' | 'not-found' | 'cancelled'; message: string };
}
export type HttpReply<T> = HttpOk<T> | HttpErr;
