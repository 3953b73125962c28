// A browser's "page, complete" save (the page read, its `_files` folder skipped) and a gzipped WARC, from disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDocuments } from '../../src/node/service/sources';

let tmp: string;
const html =
  '<!doctype html><html lang="en"><head><title>Tarnfield opens a night market</title></head><body><article><h1>Tarnfield opens a night market</h1><p>The city of Tarnfield opened a night market on Friday, with sixty stalls selling food and crafts, organisers said.</p><p>The market will run every weekend until October, and the council hopes it will draw visitors from the coast.</p></article></body></html>';

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-saved-'));
  await fs.writeFile(path.join(tmp, 'Night market.html'), html);
  await fs.mkdir(path.join(tmp, 'Night market_files'));
  await fs.writeFile(path.join(tmp, 'Night market_files', 'widget.html'), '<html><body><p>Subscribe to our newsletter for the latest deals and offers every week.</p></body></html>');
  await fs.writeFile(path.join(tmp, 'Night market_files', 'app.js'), 'var x = 1;');
  const rec = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const len = new TextEncoder().encode(rec).length;
  const warc = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://tarnfield.example/market\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${len}\r\n\r\n${rec}\r\n\r\n`;
  await fs.mkdir(path.join(tmp, 'archive'));
  await fs.writeFile(path.join(tmp, 'archive', 'crawl.warc.gz'), gzipSync(Buffer.from(warc)));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('saved pages', () => {
  it('reads the saved page, skips its _files folder, and unpacks a WARC.gz', async () => {
    const docs = await readDocuments([tmp]);
    const paths = docs.map((d) => d.path).sort();
    expect(paths).toEqual(['Night market.html', 'archive/crawl.warc.gz#0']);
    const w = docs.find((d) => d.path.endsWith('#0'))!;
    expect(w.text).toContain('opened a night market on Friday');
    expect(w.url).toBe('https://tarnfield.example/market');
  });
});
