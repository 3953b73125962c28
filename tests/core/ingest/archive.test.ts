// Archive formats: MHTML (a browser's single-file page) and WARC (web archive records), built here from invented pages.
import { describe, it, expect } from 'vitest';
import { ingestBytes } from '../../../src/core/ingest/index';

const enc = (s: string) => new TextEncoder().encode(s);
const page = (lang: string, title: string, paras: string[]) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2026 Example</footer></body></html>`;

function qp(s: string): string {
  // quoted-printable of UTF-8 text, lines folded at 76 with soft breaks, as browsers write MHTML
  let out = '';
  let line = 0;
  for (const b of enc(s)) {
    const t = b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + t.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += t;
    line += t.length;
  }
  return out;
}

describe('archives', () => {
  it('reads the HTML page of an MHTML file (quoted-printable, zh-Hant)', () => {
    const html = page('zh-Hant', '北港新碼頭啟用', [
      '北港市政府週五表示，新碼頭正式啟用，可同時停靠四艘貨輪，預計每年增加三成吞吐量。',
      '市府指出，碼頭工程歷時三年，總經費約十二億元，由中央與地方共同負擔。',
    ]);
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example.tw/a/1',
      'Subject: =?utf-8?Q?x?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc123----"',
      '',
      '',
      '------MultipartBoundary--abc123----',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example.tw/a/1',
      '',
      qp(html),
      '',
      '------MultipartBoundary--abc123----',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://news.example.tw/logo.png',
      '',
      'iVBORw0KGgo=',
      '',
      '------MultipartBoundary--abc123------',
      '',
    ].join('\r\n');
    const [d] = ingestBytes('saved.mhtml', enc(mhtml));
    expect(d.format).toBe('html');
    expect(d.title).toBe('北港新碼頭啟用');
    expect(d.text).toContain('北港市政府週五表示，新碼頭正式啟用');
    expect(d.text).not.toContain('World');
    expect(d.url).toBe('https://news.example.tw/a/1');
    expect(d.language).toBe('zh-Hant');
  });

  it('reads every HTML response of a WARC file as its own document (ru, vi), skipping other records', () => {
    const record = (type: string, uri: string, ctype: string, block: Uint8Array) =>
      [
        enc(`WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-03-01T10:00:00Z\r\nContent-Type: ${ctype}\r\nContent-Length: ${block.length}\r\n\r\n`),
        block,
        enc('\r\n\r\n'),
      ];
    const http = (html: string) => enc(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
    const ru = page('ru', 'В Лесогорске открыли мост', [
      'Мост через реку Лесная в Лесогорске открыли в четверг после двух лет строительства, сообщили в мэрии.',
      'По словам чиновников, новый мост сократит путь между районами города примерно на двадцать минут.',
    ]);
    const vi = page('vi', 'Cầu Hà Lâm thông xe', [
      'Chính quyền tỉnh Hà Lâm cho biết cây cầu mới đã thông xe sáng thứ Năm, sau hai năm thi công.',
      'Cây cầu dài một cây số, nối hai bờ sông và rút ngắn thời gian đi lại khoảng hai mươi phút.',
    ]);
    const parts = [
      ...record('warcinfo', '', 'application/warc-fields', enc('software: test\r\n')),
      ...record('response', 'https://ru.example/most', 'application/http; msgtype=response', http(ru)),
      ...record('response', 'https://ru.example/logo.png', 'application/http; msgtype=response', enc('HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\x00\x00\x01')),
      ...record('response', 'https://vi.example/cau', 'application/http; msgtype=response', http(vi)),
    ];
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    const docs = ingestBytes('crawl.warc', all);
    expect(docs).toHaveLength(2);
    expect(docs[0].path).toBe('crawl.warc#0');
    expect(docs[0].text).toContain('Мост через реку Лесная в Лесогорске открыли в четверг');
    expect(docs[0].url).toBe('https://ru.example/most');
    expect(docs[0].language).toBe('ru');
    expect(docs[1].title).toBe('Cầu Hà Lâm thông xe');
    expect(docs[1].language).toBe('vi');
    expect(new Set(docs.map((d) => d.id)).size).toBe(2);
  });
});
