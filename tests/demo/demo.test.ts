// The demo corpus (resources/demo) is a fixture for the engine, UI and e2e tests: check it is well formed,
// that the legacy-encoded files really are legacy-encoded and regenerate byte-for-byte from resources/demo-src,
// and that every phrase in the answer key (EXPECTED.md) occurs in the decoded file it names.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ENCODED_DEMO_FILES, demoDir, demoSrcDir, encodeDemoFile } from '../../scripts/build-demo';

const encodingOf = new Map<string, string>(ENCODED_DEMO_FILES.map((f) => [f.output, f.encoding]));

function decoded(file: string): string {
  const bytes = readFileSync(path.join(demoDir, file));
  const enc = encodingOf.get(file);
  return enc ? iconv.decode(bytes, enc) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const articleFiles = readdirSync(demoDir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'EXPECTED.md');

/** `- \`FILE\`: \`phrase\` \`phrase\`` lines of EXPECTED.md */
function expectedPhrases(): { file: string; phrase: string; line: number }[] {
  const out: { file: string; phrase: string; line: number }[] = [];
  readFileSync(path.join(demoDir, 'EXPECTED.md'), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^- `([^`]+)`: (.*)$/.exec(line);
      if (!m) return;
      for (const p of m[2].matchAll(/`([^`]+)`/g)) out.push({ file: m[1], phrase: p[1], line: i + 1 });
    });
  return out;
}

describe('demo corpus', () => {
  it('has six reports in txt, md and html, in four language variants', () => {
    expect(articleFiles.sort()).toEqual([
      'beian-observer-2024-vienna.md',
      'continental-dispatch-wire.txt',
      'haiwan-news-big5.txt',
      'lakeside-wire-geneva-talks.html',
      'thoi-su-phuong-nam.md',
      'yuanzhou-daily-gb18030.txt',
    ]);
    const texts = Object.fromEntries(articleFiles.map((f) => [f, decoded(f)]));
    expect(texts['thoi-su-phuong-nam.md']).toMatch(/hội đàm/);
    expect(texts['haiwan-news-big5.txt']).toMatch(/會談/); // Traditional
    expect(texts['yuanzhou-daily-gb18030.txt']).toMatch(/会谈/); // Simplified
    expect(texts['lakeside-wire-geneva-talks.html']).toMatch(/<article>[\s\S]*<\/article>/);
  });

  it('keeps every UTF-8 file NFC-normalised and BOM-free', () => {
    for (const f of articleFiles.filter((f) => !encodingOf.has(f))) {
      const bytes = readFileSync(path.join(demoDir, f));
      expect(isValidUtf8(bytes), f).toBe(true);
      const text = bytes.toString('utf8');
      expect(text.charCodeAt(0), f).not.toBe(0xfeff);
      expect(text, f).toBe(text.normalize('NFC'));
    }
  });

  it('stores the GB18030 and Big5 reports in their legacy encodings (not valid UTF-8)', () => {
    expect(ENCODED_DEMO_FILES.map((f) => f.encoding).sort()).toEqual(['big5', 'gb18030']);
    for (const f of ENCODED_DEMO_FILES) {
      const bytes = readFileSync(path.join(demoDir, f.output));
      expect(isValidUtf8(bytes), f.output).toBe(false);
      // decodes without replacement characters to exactly the UTF-8 source
      const text = iconv.decode(bytes, f.encoding);
      expect(text).not.toContain('\uFFFD');
      expect(text).toBe(readFileSync(path.join(demoSrcDir, f.source), 'utf8'));
    }
    expect(decoded('yuanzhou-daily-gb18030.txt')).toContain('签署了三份谅解备忘录');
    expect(decoded('haiwan-news-big5.txt')).toContain('雙方簽署四項協議');
  });

  it('regenerates the encoded files byte-for-byte from resources/demo-src (npm run build:demo is current)', () => {
    for (const f of ENCODED_DEMO_FILES) {
      const fresh = encodeDemoFile(f);
      expect(Buffer.compare(fresh, readFileSync(path.join(demoDir, f.output))), f.output).toBe(0);
    }
  });

  it('has a parallax.json sidecar naming an outlet for every report and only for existing files', () => {
    const side = JSON.parse(readFileSync(path.join(demoDir, 'parallax.json'), 'utf8')) as { outlets: Record<string, string>; ignore: string[] };
    // the answer key sits beside the reports but is not a report: the sidecar tells readers to skip it
    expect(side.ignore).toEqual(['EXPECTED.md']);
    for (const f of side.ignore) expect(existsSync(path.join(demoDir, f)), f).toBe(true);
    expect(readdirSync(demoDir).sort()).toEqual([...articleFiles, 'EXPECTED.md', 'parallax.json'].sort());
    expect(Object.keys(side.outlets).sort()).toEqual([...articleFiles].sort());
    for (const [file, outlet] of Object.entries(side.outlets)) {
      expect(existsSync(path.join(demoDir, file)), file).toBe(true);
      expect(outlet.trim().length, file).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(side.outlets)).size).toBe(articleFiles.length);
  });

  it('contains every phrase EXPECTED.md quotes, in the file it names', () => {
    const phrases = expectedPhrases();
    expect(phrases.length).toBeGreaterThan(80);
    const cache = new Map<string, string>();
    const missing: string[] = [];
    for (const { file, phrase, line } of phrases) {
      expect(articleFiles, `EXPECTED.md:${line} names an unknown file`).toContain(file);
      if (!cache.has(file)) cache.set(file, decoded(file));
      if (!cache.get(file)!.includes(phrase)) missing.push(`EXPECTED.md:${line} ${file}: ${phrase}`);
    }
    expect(missing).toEqual([]);
  });

  it('ships a score.mjs-format gold whose anchors, noise and keep phrases occur in the files they name', () => {
    interface Gold {
      sources: Record<string, { language: string }>;
      groups: { id: string; members: [string, string][]; status: string[] }[];
      isolated: string[];
      noise: Record<string, string[]>;
      keep: Record<string, string[]>;
    }
    const gold = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-gold.json'), 'utf8')) as Gold;
    expect(Object.keys(gold.sources).sort()).toEqual([...articleFiles].sort());
    // the scorer keys sources by the first three letters of the file name: they must be unique
    const byKey = new Map(articleFiles.map((f) => [f.slice(0, 3), f]));
    expect(byKey.size).toBe(articleFiles.length);
    const squash = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
    const text = new Map(articleFiles.map((f) => [f.slice(0, 3), squash(decoded(f))]));
    const missing: string[] = [];
    const check = (k: string, phrase: string, where: string) => {
      if (!text.has(k)) missing.push(`${where}: unknown source key ${k}`);
      else if (!text.get(k)!.includes(squash(phrase))) missing.push(`${where}: ${k} lacks ${phrase}`);
    };
    expect(gold.groups.length).toBeGreaterThanOrEqual(20);
    for (const g of gold.groups) {
      expect(g.members.length, g.id).toBeGreaterThanOrEqual(2);
      expect(new Set(g.members.map(([k]) => k)).size, g.id).toBe(g.members.length);
      expect(g.members.some(([k]) => gold.isolated.includes(k)), g.id).toBe(false);
      for (const [k, anchor] of g.members) check(k, anchor, g.id);
    }
    for (const [k, list] of Object.entries(gold.noise)) for (const n of list) check(k, n, 'noise');
    for (const [k, list] of Object.entries(gold.keep)) for (const n of list) check(k, n, 'keep');
    expect(missing).toEqual([]);
    expect(gold.isolated).toEqual(['bei']);
  });

  it('plants each discrepancy in at least two reports of the main event', () => {
    const text = readFileSync(path.join(demoDir, 'EXPECTED.md'), 'utf8');
    const sections = text.split(/^### /m).slice(1);
    expect(sections.map((s) => s.slice(0, 3))).toEqual(['D1 ', 'D2 ', 'D3 ', 'D4a', 'D4b', 'D5 ']);
    for (const s of sections) {
      const files = new Set([...s.matchAll(/^- `([^`]+)`:/gm)].map((m) => m[1]));
      files.delete('beian-observer-2024-vienna.md');
      expect(files.size, s.split('\n')[0]).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps each report between 8 and 20 sentences of body text', () => {
    // crude count of sentence ends in paragraphs that look like body text (long lines, not link lists)
    for (const f of articleFiles) {
      let body = decoded(f);
      if (f.endsWith('.html')) body = (/<article>([\s\S]*)<\/article>/.exec(body)?.[1] ?? '').replace(/<[^>]+>/g, '\n');
      const lines = body.split('\n').filter((l) => l.trim().length > 18 && !/^\s*[-‧·*[]/.test(l));
      const ends = lines.join(' ').match(/[.!?](?=["”)\s]|$)|[。！？]/g) ?? [];
      expect(ends.length, f).toBeGreaterThanOrEqual(8);
      expect(ends.length, f).toBeLessThanOrEqual(24);
    }
  });

  it('the HTML page carries the hostile markup the ingester must neutralise', () => {
    const html = decoded('lakeside-wire-geneva-talks.html');
    for (const tag of ['<nav', '<article>', '<aside class="related">', '<footer>', '<script>', 'onerror=']) expect(html).toContain(tag);
  });
});
