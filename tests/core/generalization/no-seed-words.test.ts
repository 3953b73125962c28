// No seed knowledge in code or data: the people, departments and phrases of the development seeds must be found by
// patterns, never typed into src/, scripts/ or resources/. The demo corpus (resources/demo, resources/demo-src) is
// fiction written for Parallax and is not searched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const SEED_WORDS = /Coulter|Darchi|庫爾特|库尔特|達爾奇耶夫|达尔奇耶夫|北大西洋司|Minchenko|明琴科|馬爾科夫|马尔科夫|Tammy Bruce|Zhovkva|若夫克瓦|chẳng mảy may/;
const SKIP = new Set(['resources/demo', 'resources/demo-src']);
const TEXT = /\.(?:ts|tsx|js|mjs|cjs|json|tsv|txt|md|html|css|csv|yml|yaml)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (SKIP.has(relative(root, p))) continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (TEXT.test(name)) yield p;
  }
}

describe('no seed words in code or data', () => {
  it('src/, scripts/ and resources/ name no seed person, department or phrase', () => {
    const hits: string[] = [];
    for (const top of ['src', 'scripts', 'resources'])
      for (const f of files(join(root, top))) {
        const m = SEED_WORDS.exec(readFileSync(f, 'utf8'));
        if (m) hits.push(`${relative(root, f)}: ${m[0]}`);
      }
    expect(hits).toEqual([]);
  });
});
