// A messy folder generated at test time: every broken file yields its diagnostic while the rest is read.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  mkdtempSync,
  writeFileSync,
  mkdirSync,
  symlinkSync,
  chmodSync,
  rmSync,
  openSync,
  closeSync,
  ftruncateSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readAllSources, readSources } from '../../../src/node/ingest/index';
import type { CleanDocument } from '../../../src/core/model';

/** A one-page PDF with a text layer, written by hand (offsets computed, so the xref table is valid). */
function tinyPdf(text: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let dir: string;
let docs: CleanDocument[];
const byPath = (p: string) => docs.filter((d) => d.path === p || d.path.startsWith(p + '#'));
const codes = (p: string) => byPath(p).flatMap((d) => d.diagnostics.map((x) => x.code));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-ingest-'));
  const w = (rel: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  };
  w(
    'gb18030.txt',
    iconv.encode(
      '新华社北京3月1日电 两国代表团在日内瓦举行了长达五个小时的会谈，双方同意继续对话。\n\n会谈结束后，双方没有发表联合声明。',
      'gb18030',
    ),
  );
  w(
    'big5.txt',
    iconv.encode(
      '中央社台北3月1日電 兩國代表團在日內瓦舉行了長達五個小時的會談，雙方同意繼續對話。\n\n會談結束後，雙方沒有發表聯合聲明。',
      'big5',
    ),
  );
  w(
    'utf16.txt',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(
        'Delegations met in Geneva for five hours on Saturday, officials said.\n\nNo joint statement was issued after the talks ended.',
        'utf16le',
      ),
    ]),
  );
  w(
    'vi-decomposed.txt',
    Buffer.from(
      'Ðoàn đại biểu hai nước đã gặp nhau tại Geneva trong năm giờ đồng hồ.\n\nHai bên đồng ý tiếp tục đối thoại vào tuần tới.'.normalize(
        'NFD',
      ),
      'utf8',
    ),
  );
  // Windows-1258 stores vowel letters (ê, ơ, ă ...) precomposed and tone marks as combining characters
  const cp1258Form = (s: string) => s.normalize('NFD').replace(/[A-Za-z][\u0302\u0306\u031b]/g, (m) => m.normalize('NFC'));
  w('vi-1258.txt', iconv.encode(cp1258Form('Hai bên đồng ý tiếp tục đối thoại vào tuần tới tại thủ đô của nước chủ nhà.'), 'windows-1258'));
  w('empty.txt', '');
  w(
    'binary.txt',
    Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x11, 0x12, 0x00, 0x7f, 0x05, 0x06, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x99]),
  );
  w('report.pdf', tinyPdf('Delegations met in Geneva for five hours.'));
  const full = tinyPdf('This file will be cut short.');
  w('truncated.pdf', full.subarray(0, Math.floor(full.length * 0.45)));
  w(
    'broken.html',
    '<html><head><title>Talks end - Example News</title></head><body><div class="nav"><a href="/">Home</a> <a href="/world">World</a></div><article><h1>Talks end without a statement</h1><p>GENEVA — Delegations from the two countries met for five hours on Saturday, officials said.<p>The talks will resume next week, according to a spokesperson, who declined to give details.<div class="related"><h3>Related</h3><ul><li><a href="/a">Other story one</a><li><a href="/b">Other story two</a></ul></div>',
  );
  w(
    'feed.xml',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title><item><title>First item headline</title><link>https://example.org/1</link><pubDate>Thu, 27 Feb 2025 16:19:43 GMT</pubDate><description><![CDATA[<p>The first item says the meeting lasted five hours, officials said.</p>]]></description></item><item><title>Second item headline</title><link>https://example.org/2</link><pubDate>Fri, 28 Feb 2025 08:00:00 GMT</pubDate><description>The second item reports that both sides agreed to meet again.</description></item></channel></rss>`,
  );
  w(
    'export.jsonl',
    [
      {
        title: 'JSON line one',
        text: 'The delegations met for five hours in Geneva, officials said.',
        url: 'https://example.org/j1',
        published: '2025-02-27T10:00:00+03:00',
        outlet: 'Example Wire',
      },
      { title: 'JSON line two', text: 'A second report said the talks would continue next week.' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n') + '\n{broken json\n',
  );
  w('sub/parallax.json', JSON.stringify({ outlet: 'Folder Outlet', outlets: { 'named.md': 'Named Outlet' }, ignore: ['notes.txt'] }));
  w('sub/notes.txt', 'Private notes of the analyst, not a source.');
  w('sub/named.md', '# A markdown headline\n\nThe markdown body says the talks lasted five hours, officials said.\n');
  w('sub/plain.txt', 'A plain text body that says the talks lasted five hours, officials said.\n');
  w(
    'front.md',
    '---\ntitle: Front matter headline\noutlet: Front Outlet\ndate: 2025-02-27\n---\nBody text of the front matter document, which says the talks lasted five hours.\n',
  );
  w('.hidden.txt', 'should never be read');
  w('Thumbs.db', 'system file');
  // a 25 MB file (over the 20 MB default limit), written sparsely
  const fd = openSync(path.join(dir, 'huge.txt'), 'w');
  ftruncateSync(fd, 25 * 1024 * 1024);
  closeSync(fd);
  // symlink loop: loop/back → the folder itself
  mkdirSync(path.join(dir, 'loop'));
  writeFileSync(path.join(dir, 'loop', 'inside.txt'), 'A file inside the looped folder says the talks lasted five hours.');
  symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'back'));
  symlinkSync(path.join(dir, 'self-link'), path.join(dir, 'self-link'));
  w('locked.txt', 'You should not be able to read this file, officials said.');
  chmodSync(path.join(dir, 'locked.txt'), 0o000);
  docs = await readAllSources([dir]);
});

afterAll(() => {
  try {
    chmodSync(path.join(dir, 'locked.txt'), 0o644);
  } catch {
    /* already gone */
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('readSources on a messy folder', () => {
  it('decodes GB18030, Big5, UTF-16 and Windows-1258 and reports the encoding', () => {
    const gb = byPath('gb18030.txt')[0];
    expect(gb.encoding).toBe('GB18030');
    expect(gb.text).toContain('两国代表团在日内瓦');
    expect(gb.language).toBe('zh-Hans');
    expect(gb.dateline).toBe('北京');
    const b5 = byPath('big5.txt')[0];
    expect(b5.encoding).toBe('Big5');
    expect(b5.text).toContain('兩國代表團在日內瓦');
    expect(b5.language).toBe('zh-Hant');
    const u16 = byPath('utf16.txt')[0];
    expect(u16.encoding).toMatch(/UTF-16LE/);
    expect(u16.text).toContain('Delegations met in Geneva');
    expect(u16.language).toBe('en');
    const v = byPath('vi-1258.txt')[0];
    expect(v.encoding).toBe('windows-1258');
    expect(v.text).toContain('Hai bên đồng ý tiếp tục đối thoại');
    expect(v.language).toBe('vi');
  });

  it('composes decomposed Vietnamese (NFC) and repairs Ð look-alikes', () => {
    const d = byPath('vi-decomposed.txt')[0];
    expect(d.text).toContain('Đoàn đại biểu hai nước');
    expect(d.text).toBe(d.text.normalize('NFC'));
    expect(codes('vi-decomposed.txt')).toEqual(expect.arrayContaining(['unicode-normalized', 'lookalike-repaired']));
    expect(d.language).toBe('vi');
  });

  it('reports empty, binary, too-large, truncated PDF and unparseable JSON lines', () => {
    expect(codes('empty.txt')).toContain('empty-after-cleaning');
    expect(codes('binary.txt')).toContain('binary');
    expect(codes('huge.txt')).toContain('too-large');
    expect(codes('truncated.pdf')).toContain('truncated');
    expect(codes('export.jsonl')).toContain('parse-error');
  });

  it('reads the PDF text layer', () => {
    const d = byPath('report.pdf')[0];
    expect(d.format).toBe('pdf');
    expect(d.text).toContain('Delegations met in Geneva for five hours.');
  });

  it('extracts the main content of broken HTML and drops navigation and related links', () => {
    const d = byPath('broken.html')[0];
    expect(d.title).toBe('Talks end without a statement');
    expect(d.text).toContain('Delegations from the two countries met for five hours');
    expect(d.text).toContain('The talks will resume next week');
    expect(d.text).not.toContain('Other story');
    expect(d.text).not.toContain('Home');
    expect(d.dateline).toBe('Geneva');
  });

  it('splits an RSS feed and a JSON Lines export into one document per item', () => {
    const feed = byPath('feed.xml');
    expect(feed).toHaveLength(2);
    expect(feed[0].path).toBe('feed.xml#0');
    expect(feed[0].title).toBe('First item headline');
    expect(feed[0].published).toBe('2025-02-27T16:19:43Z');
    expect(feed[0].url).toBe('https://example.org/1');
    expect(feed[0].text).toContain('the meeting lasted five hours');
    expect(feed[1].text).toContain('both sides agreed to meet again');
    const jl = byPath('export.jsonl');
    expect(jl).toHaveLength(2);
    expect(jl[0].outlet).toBe('Example Wire');
    expect(jl[0].published).toBe('2025-02-27T10:00:00+03:00');
    expect(jl[1].text).toContain('talks would continue next week');
  });

  it('names outlets from the sidecar, front matter and folder name', () => {
    expect(byPath('sub/named.md')[0].outlet).toBe('Named Outlet');
    expect(byPath('sub/named.md')[0].title).toBe('A markdown headline');
    expect(byPath('sub/plain.txt')[0].outlet).toBe('Folder Outlet');
    expect(byPath('sub/notes.txt')).toHaveLength(0);
    const fm = byPath('front.md')[0];
    expect(fm.outlet).toBe('Front Outlet');
    expect(fm.title).toBe('Front matter headline');
    expect(fm.published).toBe('2025-02-27');
    expect(byPath('gb18030.txt')[0].outlet).toBe(path.basename(dir));
  });

  it('skips hidden and system files and survives symlink loops', () => {
    expect(docs.some((d) => d.path.includes('hidden') || d.path.includes('Thumbs'))).toBe(false);
    expect(byPath('loop/inside.txt')).toHaveLength(1);
    expect(codes('loop/back')).toContain('symlink-loop');
    expect(codes('self-link')).toContain('symlink-loop');
  });

  it.skipIf(isRoot)('reports a file without read permission (skipped as root: chmod 000 does not block root)', () => {
    expect(codes('locked.txt')).toContain('unreadable');
  });

  it('gives every document a stable id, a relative path and offsets that point into the original', () => {
    const ids = new Set(docs.map((d) => d.id));
    expect(ids.size).toBe(docs.length);
    for (const d of docs) {
      expect(d.path.startsWith('/')).toBe(false);
      for (const r of d.offsets) if (r.len) expect(d.text.slice(r.clean, r.clean + r.len)).toBe(d.original.slice(r.orig, r.orig + r.len));
    }
  });

  it('streams with progress and stops when aborted', async () => {
    const seen: number[] = [];
    const ac = new AbortController();
    let n = 0;
    await expect(
      (async () => {
        for await (const _d of readSources([dir], { signal: ac.signal, onProgress: (p) => seen.push(p.done) })) {
          n++;
          if (n === 3) ac.abort();
        }
      })(),
    ).rejects.toThrow();
    expect(n).toBe(3);
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a single file input with its base name as path', async () => {
    const [d] = await readAllSources([path.join(dir, 'sub', 'plain.txt')]);
    expect(d.path).toBe('plain.txt');
    expect(d.outlet).toBe('Folder Outlet');
    expect(readFileSync(path.join(dir, 'sub', 'plain.txt'), 'utf8')).toContain(d.text.split('\n')[0].slice(0, 20));
  });
});
