import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLangData, defaultLangDataDir } from '../../src/node/lang-data';
import { parseLangData } from '../../src/core/lang';

describe('loadLangData', () => {
  it('loads the committed resources/lang data and caches it', () => {
    const dir = defaultLangDataDir();
    expect(path.basename(dir)).toBe('lang');
    const data = loadLangData();
    expect(loadLangData()).toBe(data);
    expect(data.readings.size).toBeGreaterThan(10_000);
    expect(data.readings.get('國')).toContain('quoocs');
    expect(data.gloss.size).toBeGreaterThan(50_000);
    expect(data.gloss.get('大使馆')).toContain('embassi');
    expect(data.bridge.get('ddaij sws')).toContain('大使');
    expect(data.bridge.get('sws quans')).toContain('使馆');
    expect(data.maxGlossLen).toBeGreaterThanOrEqual(4);
  });

  it('reads a folder with missing or partial files (lexicon only)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-lang-'));
    writeFileSync(path.join(dir, 'hanviet.tsv'), 'hooij\t會会\nddamf\t談谈\n');
    writeFileSync(path.join(dir, 'lexicon.tsv'), '# comment\nngwowif\t人\tperson peopl\nngwowif\t人们\t\n');
    const data = loadLangData(dir);
    expect(data.readings.get('会')).toEqual(['hooij']);
    expect(data.gloss.size).toBe(0);
    expect(data.lexicon.get('ngwowif')).toEqual([
      { zh: ['人'], en: ['person', 'peopl'] },
      { zh: ['人们'], en: [] },
    ]);
    expect(data.maxLexiconLen).toBe(1);
  });

  it('decodes multi-syllable lexicon keys', () => {
    const d = parseLangData({ hanviet: '', gloss: '会谈\ttalk discuss\n', bridge: '', lexicon: 'hoj baos\t记者会\tpress confer\n' });
    expect(d.maxLexiconLen).toBe(2);
    expect(d.gloss.get('会谈')).toEqual(['talk', 'discuss']);
  });
});
