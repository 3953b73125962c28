// Hand-written language data (resources/lang/src/*.tsv): parse both lexicons and check their shape, so the
// build of the similarity tables (which reads them) never meets a malformed line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/lang/src');
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
const LATIN_VI = /^[\p{Script=Latin}0-9 ,.'()/\-–]+$/u;

interface Row {
  vi: string;
  zh: string[];
  en: string[];
  line: number;
  raw: string;
}

function parse(file: string): { rows: Row[]; problems: string[] } {
  const rows: Row[] = [];
  const problems: string[] = [];
  const text = readFileSync(path.join(srcDir, file), 'utf8');
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (cols.length !== 3 || cols.some((c) => c.trim() === '')) {
      problems.push(`${file}:${line}: expected 3 non-empty tab-separated columns: ${JSON.stringify(raw)}`);
      return;
    }
    if (cols.some((c) => c !== c.trim())) problems.push(`${file}:${line}: stray whitespace around a column`);
    const [vi, zh, en] = cols;
    const zhAlts = zh.split('|');
    const enAlts = en.split('|');
    if (zhAlts.some((a) => a.trim() === '') || enAlts.some((a) => a.trim() === '')) problems.push(`${file}:${line}: empty alternative`);
    if (zhAlts.some((a) => !HAN.test(a))) problems.push(`${file}:${line}: Chinese alternative without Han characters: ${zh}`);
    if (HAN.test(vi) || HAN.test(en)) problems.push(`${file}:${line}: Han characters outside the Chinese column`);
    if (!LATIN_VI.test(vi)) problems.push(`${file}:${line}: Vietnamese column has unexpected characters: ${vi}`);
    if (vi !== vi.normalize('NFC')) problems.push(`${file}:${line}: Vietnamese not NFC`);
    rows.push({ vi, zh: zhAlts, en: enAlts, line, raw });
  });
  return { rows, problems };
}

function lookup(rows: Row[], vi: string): Row[] {
  return rows.filter((r) => r.vi === vi);
}

describe.each([
  ['vi-native.tsv', 2000],
  ['glossary.tsv', 1000],
])('%s', (file, minEntries) => {
  const { rows, problems } = parse(file);

  it('parses: three non-empty columns, Han characters in the Chinese column, NFC Vietnamese', () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(minEntries);
  });

  it('has no line repeating the Vietnamese and Chinese columns of an earlier line', () => {
    const seen = new Map<string, number>();
    const dups: string[] = [];
    for (const r of rows) {
      const key = `${r.vi}\t${r.zh.join('|')}`;
      const prev = seen.get(key);
      if (prev !== undefined) dups.push(`${file}:${r.line} repeats vi+zh of line ${prev}`);
      else seen.set(key, r.line);
    }
    expect(dups).toEqual([]);
  });

  it('has no duplicate identical lines', () => {
    const seen = new Map<string, number>();
    const dups: string[] = [];
    for (const r of rows) {
      const prev = seen.get(r.raw);
      if (prev !== undefined) dups.push(`${file}:${r.line} repeats line ${prev}`);
      else seen.set(r.raw, r.line);
    }
    expect(dups).toEqual([]);
  });
});

describe('lexicon content', () => {
  const native = parse('vi-native.tsv').rows;
  const glossary = parse('glossary.tsv').rows;
  const has = (rows: Row[], vi: string, zh: string) => lookup(rows, vi).some((r) => r.zh.includes(zh));

  it('maps core native news words to their Chinese equivalents', () => {
    expect(has(native, 'người', '人')).toBe(true);
    expect(has(native, 'nói', '说')).toBe(true);
    expect(has(native, 'nước', '国')).toBe(true);
    expect(has(native, 'nước', '水')).toBe(true);
    expect(has(native, 'cho biết', '表示')).toBe(true);
    expect(has(native, 'hôm qua', '昨天')).toBe(true);
    expect(has(native, 'giờ', '小时')).toBe(true);
    expect(has(native, 'kéo dài', '持续')).toBe(true);
    expect(has(native, 'gặp', '会见')).toBe(true);
  });

  it('maps diplomatic titles, institutions and country names', () => {
    expect(has(glossary, 'ngoại trưởng', '外长')).toBe(true);
    expect(has(glossary, 'thứ trưởng', '副部长')).toBe(true);
    expect(has(glossary, 'trợ lý ngoại trưởng', '助理国务卿')).toBe(true);
    expect(has(glossary, 'người phát ngôn', '发言人')).toBe(true);
    expect(has(glossary, 'Nhà Trắng', '白宫')).toBe(true);
    expect(has(glossary, 'Nga', '俄罗斯')).toBe(true);
    expect(has(glossary, 'Thổ Nhĩ Kỳ', '土耳其')).toBe(true);
    expect(has(glossary, 'lệnh ngừng bắn', '停火')).toBe(true);
    expect(has(glossary, 'dẫn lời', '援引')).toBe(true);
  });
});
