// The real noisy captures in ../shared/seeds: every keep phrase survives, no noise phrase does, language is right.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ingestBytes } from '../../../src/core/ingest/index';

const repoRoot = path.resolve(__dirname, '../../..');
const shared = path.resolve(repoRoot, '../shared');
const hasShared = existsSync(path.join(shared, 'seeds')) && existsSync(path.join(shared, 'eval/seeds-dev-gold.json'));
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

interface Gold {
  sources: Record<string, { language: string }>;
  noise: Record<string, string[]>;
  keep: Record<string, string[]>;
}

describe('seeds', () => {
  const gold: Gold | null = hasShared ? JSON.parse(readFileSync(path.join(shared, 'eval/seeds-dev-gold.json'), 'utf8')) : null;
  const files = hasShared ? readdirSync(path.join(shared, 'seeds')).sort() : [];

  it.skipIf(!hasShared)(
    'keeps every content phrase, drops every noise phrase, gets the language (needs ../shared/seeds; skipped when absent)',
    () => {
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const docs = ingestBytes(f, readFileSync(path.join(shared, 'seeds', f)), { outlet: 'seeds' });
        expect(docs).toHaveLength(1);
        const d = docs[0];
        const k = f.slice(0, 3);
        const t = squash(d.text);
        for (const p of gold!.keep[k] ?? []) expect(t, `${f} lost "${p}"`).toContain(squash(p));
        for (const p of gold!.noise[k] ?? []) expect(t, `${f} leaked "${p}"`).not.toContain(squash(p));
        if (gold!.sources[f]) expect(d.language, f).toBe(gold!.sources[f].language);
        // provenance: copied runs are verbatim pieces of the decoded original
        for (const r of d.offsets) if (r.len) expect(d.text.slice(r.clean, r.clean + r.len)).toBe(d.original.slice(r.orig, r.orig + r.len));
      }
    },
  );

  it.skipIf(!hasShared)('reads seed metadata: headline, date-time, outlet, dateline (needs ../shared/seeds; skipped when absent)', () => {
    const read = (prefix: string) => {
      const f = files.find((x) => x.startsWith(prefix))!;
      return ingestBytes(f, readFileSync(path.join(shared, 'seeds', f)), { outlet: 'seeds' })[0];
    };
    const xinhua = read('000');
    expect(xinhua.published).toBe('2025-02-28T20:18:06');
    expect(xinhua.dateline).toBe('北京');
    expect(xinhua.text.startsWith(xinhua.title!)).toBe(true);
    expect(xinhua.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]{1,6}\)/);
    expect(xinhua.text).toContain('當地時間27日晚');
    expect(xinhua.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['artifacts-removed', 'noise-removed']));
    const voa = read('003');
    expect(voa.published).toBe('2025-02-27T16:19:43Z');
    expect(voa.url).toMatch(/^https:\/\/www\.voachinese\.com\//);
    expect(voa.text).not.toMatch(/<|weserv|https?:/);
    const vi = read('004');
    expect(vi.published).toBe('2025-02-27T11:45');
    expect(vi.title).toMatch(/Ukraine\?$/);
    expect(read('001').dateline).toBe('利雅得');
  });
});
