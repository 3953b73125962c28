// Locale completeness: every UI language has exactly the keys English has, none empty, with the same
// {{placeholders}}; every key the renderer uses exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/api/contract';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const localeDir = path.join(repoRoot, 'src/renderer/locales');

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}
const load = (lang: string) => flatten(JSON.parse(readFileSync(path.join(localeDir, `${lang}.json`), 'utf8')) as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('locales', () => {
  const en = load('en');

  it('has a file for each UI language and no other', () => {
    const files = readdirSync(localeDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...UI_LANGUAGES].sort());
  });

  it('English has a few hundred non-empty strings', () => {
    expect(en.size).toBeGreaterThan(150);
  });

  for (const lang of UI_LANGUAGES) {
    it(`${lang}: same keys as en, none empty, same placeholders`, () => {
      const loc = load(lang);
      const missing = [...en.keys()].filter((k) => !loc.has(k));
      const extra = [...loc.keys()].filter((k) => !en.has(k));
      const empty = [...loc].filter(([, v]) => !v.trim()).map(([k]) => k);
      const badPlaceholders = [...en]
        .filter(([k, v]) => loc.has(k) && placeholders(v).join() !== placeholders(loc.get(k)!).join())
        .map(([k]) => k);
      expect({ missing, extra, empty, badPlaceholders }).toEqual({ missing: [], extra: [], empty: [], badPlaceholders: [] });
    });
  }

  it('the translations are translated (Chinese locales contain CJK, zh-Hant differs from zh-Hans)', () => {
    const hans = load('zh-Hans');
    const hant = load('zh-Hant');
    const vi = load('vi');
    expect(hans.get('views.side')).toMatch(/\p{Script=Han}/u);
    expect(hant.get('views.side')).toMatch(/\p{Script=Han}/u);
    const differ = [...hans].filter(([k, v]) => hant.get(k) !== v).length;
    expect(differ).toBeGreaterThan(hans.size / 3);
    // names and sample paths stay the same in every language
    const sameOnPurpose = new Set(['app.title', 'open.pathPlaceholder', ]);
    const same = [...vi].filter(([k, v]) => en.get(k) === v && /[a-z]{4}/i.test(v) && !sameOnPurpose.has(k)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('every literal key used by the renderer exists in en', () => {
    const used = new Set<string>();
    for (const f of sourceFiles(path.join(repoRoot, 'src/renderer'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(80);
    const pluralOk = (k: string) => en.has(k) || (en.has(`${k}_one`) && en.has(`${k}_other`));
    expect([...used].filter((k) => !pluralOk(k))).toEqual([]);
  });

  it('covers every value of the dynamic keys (statuses, fact kinds, qualifiers, phases, views)', () => {
    const need = [
      ...['agreement', 'partial', 'conflict', 'unaligned', 'not-reported', 'single', 'not-same'].map((s) => `status.${s}`),
      ...['date', 'time', 'duration', 'number', 'money', 'percent', 'person', 'role', 'organization', 'place', 'quote', 'wording'].map(
        (s) => `factKind.${s}`,
      ),
      ...['exact', 'approximate', 'at-least', 'at-most', 'expected', 'reported', 'range'].map((s) => `qualifier.${s}`),
      ...['reading', 'analysing', 'done', 'cancelled', 'failed'].map((s) => `analysis.phase.${s}`),
      ...['sources', 'side', 'matrix', 'events'].map((s) => `views.${s}`),
      ...['info', 'warning', 'error'].map((s) => `diagLevel.${s}`),
    ];
    expect(need.filter((k) => !en.has(k))).toEqual([]);
  });
});
