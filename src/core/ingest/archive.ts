// Formats analysts archive pages with: MHTML (a browser's single-file page, MIME multipart/related) and WARC
// (Webrecorder, ArchiveWeb.page, wget --warc-file; uncompressed records). Both are unwrapped to the HTML pages they
// hold; every reader is bounded (parts, records, bytes) so a hostile archive cannot run away.

export interface ArchivedPage {
  /** the page's bytes as stored (charset still to be decoded) */
  bytes: Uint8Array;
  /** charset named by the part or the HTTP header, if any */
  charset: string | null;
  url: string | null;
  date: string | null;
}

/** At most this many pages are read from one archive; the rest are reported. */
export const MAX_ARCHIVE_PAGES = 500;

const latin1 = (b: Uint8Array, start = 0, end = b.length): string => {
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 8192)));
  return s;
};

export function looksMhtml(path: string, head: string): boolean {
  if (/\.(mht|mhtml)$/i.test(path)) return true;
  return /^(?:From:[^\n]*\n)?(?:[\w-]+:[^\n]*\n){0,12}MIME-Version:\s*1\.0/i.test(head) && /multipart\/related/i.test(head);
}

export function looksWarc(path: string, head: string): boolean {
  return /\.warc$/i.test(path) || /^WARC\/1\.[01]\r?\n/.test(head);
}

function headers(block: string): Map<string, string> {
  const out = new Map<string, string>();
  let last = '';
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      out.set(last, `${out.get(last)} ${line.trim()}`);
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    out.set(last, line.slice(i + 1).trim());
  }
  return out;
}

function param(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value);
  return m ? m[1].trim() : null;
}

function quotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) {
      if (s[i + 1] === '\r' && s[i + 2] === '\n') {
        i += 2;
        continue;
      }
      if (s[i + 1] === '\n') {
        i += 1;
        continue;
      }
      const hex = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function base64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let n = 0;
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    buf = (buf << 6) | table.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buf >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** The HTML page of an MHTML file (the first text/html part), decoded from its transfer encoding. */
export function mhtmlPage(bytes: Uint8Array): ArchivedPage | null {
  const text = latin1(bytes);
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const top = headers(text.slice(0, split));
  const boundary = param(top.get('content-type'), 'boundary');
  const date = top.get('date') ?? null;
  const topUrl = top.get('snapshot-content-location') ?? top.get('content-location') ?? null;
  if (!boundary) return null;
  const parts = text.split(`--${boundary}`);
  for (const part of parts.slice(1, 1 + MAX_ARCHIVE_PAGES)) {
    const cut = part.search(/\r?\n\r?\n/);
    if (cut < 0) continue;
    const h = headers(part.slice(0, cut).replace(/^\r?\n/, ''));
    const type = h.get('content-type') ?? '';
    if (!/text\/html/i.test(type)) continue;
    let body = part.slice(cut).replace(/^\r?\n\r?\n/, '');
    body = body.replace(/\r?\n?--\s*$/, '');
    const te = (h.get('content-transfer-encoding') ?? '').toLowerCase();
    const raw = te === 'quoted-printable' ? quotedPrintable(body) : te === 'base64' ? base64(body) : Uint8Array.from(body, (ch) => ch.charCodeAt(0) & 0xff);
    return { bytes: raw, charset: param(type, 'charset'), url: h.get('content-location') ?? topUrl, date };
  }
  return null;
}

/** HTML pages in the response records of an uncompressed WARC file (HTTP headers removed). */
export function warcPages(bytes: Uint8Array): { pages: ArchivedPage[]; skipped: number } {
  const pages: ArchivedPage[] = [];
  let skipped = 0;
  let at = 0;
  while (at < bytes.length) {
    // find the end of the WARC header block
    let end = -1;
    for (let i = at; i < Math.min(bytes.length - 3, at + 65536); i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const h = headers(latin1(bytes, at, end));
    const len = Number(h.get('content-length') ?? NaN);
    if (!Number.isFinite(len) || len < 0) break;
    const start = end + 4;
    const stop = Math.min(bytes.length, start + len);
    const type = h.get('warc-type') ?? '';
    if (/^(response|resource)$/i.test(type)) {
      const block = bytes.subarray(start, stop);
      let body = block;
      let ctype = h.get('content-type') ?? '';
      if (/application\/http/i.test(ctype)) {
        // an HTTP response: status line and headers, then the page
        let cut = -1;
        for (let i = 0; i < Math.min(block.length - 3, 65536); i++)
          if (block[i] === 13 && block[i + 1] === 10 && block[i + 2] === 13 && block[i + 3] === 10) {
            cut = i;
            break;
          }
        if (cut >= 0) {
          const http = headers(latin1(block, 0, cut));
          ctype = http.get('content-type') ?? '';
          const enc = http.get('content-encoding') ?? http.get('transfer-encoding') ?? '';
          body = block.subarray(cut + 4);
          if (/gzip|br|deflate|chunked/i.test(enc)) ctype = '';
        }
      }
      if (/text\/html|application\/xhtml/i.test(ctype)) {
        if (pages.length < MAX_ARCHIVE_PAGES)
          pages.push({ bytes: body, charset: param(ctype, 'charset'), url: h.get('warc-target-uri') ?? null, date: h.get('warc-date') ?? null });
        else skipped++;
      }
    }
    at = stop;
    while (at < bytes.length && (bytes[at] === 13 || bytes[at] === 10)) at++;
  }
  return { pages, skipped };
}
