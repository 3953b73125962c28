// Loads the precompiled language data (resources/lang/, built by `npm run build:lang`) synchronously, once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLangData, type LangData } from '../core/lang/data';
import { PACKS } from '../core/lang/packs';
import { resourceCandidates } from './resources';

const FILES = ['hanviet', 'gloss', 'bridge', 'lexicon', 'pinyin', 'regional'] as const;
const cache = new Map<string, LangData>();

/** Candidate folders for resources/lang: the PARALLAX_LANG_DIR override, then those of src/node/resources.ts. */
export function langDataDirs(): string[] {
  return [...(process.env.PARALLAX_LANG_DIR ? [process.env.PARALLAX_LANG_DIR] : []), ...resourceCandidates('lang')];
}

export function defaultLangDataDir(): string {
  for (const d of langDataDirs()) if (existsSync(path.join(d, 'hanviet.tsv'))) return d;
  throw new Error(`language data not found (looked in ${langDataDirs().join(', ')}); run npm run build:lang`);
}

/** Language data from `dir` (default: the packaged or repository resources/lang), cached per folder. */
export function loadLangData(dir?: string): LangData {
  const d = path.resolve(dir ?? defaultLangDataDir());
  const hit = cache.get(d);
  if (hit) return hit;
  const read = (name: string) => {
    const f = path.join(d, `${name}.tsv`);
    return existsSync(f) ? readFileSync(f, 'utf8') : '';
  };
  const [hanviet, gloss, bridge, lexicon, pinyin, regional] = FILES.map(read);
  // word-gloss tables named by the packs (resources/lang/gloss-<name>.tsv)
  const wordGloss: Record<string, string> = {};
  for (const p of PACKS) {
    const name = p.similarity?.glossTable;
    if (name && !(name in wordGloss)) wordGloss[name] = read(`gloss-${name}`);
  }
  const data = parseLangData({ hanviet, gloss, bridge, lexicon, pinyin, regional, wordGloss });
  cache.set(d, data);
  return data;
}
