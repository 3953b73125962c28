// `parallax extract`: what was read from each file, as text, JSON or JSON lines; copies named; bad usage exits 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../../src/cli/main';

let tmp: string;
const story =
  'Velmora ferry adds crossings\n\nThe harbour authority of Velmora said on Monday that the new ferry schedule adds two crossings a day and keeps fares unchanged until the end of the year.\n\nCommuters from the northern islands had asked for an earlier morning departure for several years, the operator said.\n';
const html =
  '<!doctype html><html lang="vi"><head><meta property="og:site_name" content="Báo Sông Lam"><meta property="article:published_time" content="2026-03-05T08:00:00+07:00"><title>Cầu mới thông xe - Báo Sông Lam</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>Cầu Hà Lâm thông xe</h1><p>Chính quyền tỉnh Hà Lâm cho biết cây cầu mới đã thông xe sáng thứ Năm, sau hai năm thi công.</p><p>Cây cầu dài một cây số, nối hai bờ sông và rút ngắn thời gian đi lại khoảng hai mươi phút.</p></article></body></html>';

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-extract-'));
  await fs.writeFile(path.join(tmp, 'a.txt'), story);
  await fs.writeFile(path.join(tmp, 'b.txt'), story);
  await fs.writeFile(path.join(tmp, 'c.html'), html);
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (s: string | Uint8Array) => void (o.out += typeof s === 'string' ? s : Buffer.from(s).toString()),
    stderr: (s: string) => void (o.err += s),
    stderrIsTTY: false,
    cwd: '/',
  };
  return o;
}

describe('parallax extract', () => {
  it('prints one JSON object per line with outlet, title, date, language, body without headline, copies', async () => {
    const o = io();
    expect(await main(['extract', tmp, '--format', 'jsonl'], o)).toBe(0);
    const recs = o.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toHaveLength(3);
    const c = recs.find((r) => r.path === 'c.html')!;
    expect(c.outlet).toBe('Báo Sông Lam');
    expect(c.title).toBe('Cầu Hà Lâm thông xe');
    expect(c.published).toBe('2026-03-05T08:00:00+07:00');
    expect(c.language).toBe('vi');
    expect(c.body).toMatch(/^Chính quyền tỉnh Hà Lâm/);
    expect(c.body).not.toContain('Trang chủ');
    const b = recs.find((r) => r.path === 'b.txt')!;
    expect(b.copyOf).toBe('a.txt');
    expect((b.diagnostics as { code: string }[]).map((d) => d.code)).toContain('outlet-from-folder');
  });

  it('prints readable text and a JSON array', async () => {
    const t = io();
    expect(await main(['extract', path.join(tmp, 'c.html')], t)).toBe(0);
    expect(t.out).toContain('outlet:    Báo Sông Lam');
    const j = io();
    expect(await main(['extract', path.join(tmp, 'a.txt'), '--format=json'], j)).toBe(0);
    expect((JSON.parse(j.out) as unknown[]).length).toBe(1);
  });

  it('rejects a bad format and reports a missing path', async () => {
    const bad = io();
    expect(await main(['extract', tmp, '--format', 'xml'], bad)).toBe(2);
    expect(bad.err).toContain('--format');
    const missing = io();
    expect(await main(['extract', path.join(tmp, 'nope.txt')], missing)).toBe(1);
    expect(missing.err).toContain('cannot read');
  });
});
