import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/facts';
import type { EntityValue } from '../../../src/core/model';

const keys = (text: string, kind: 'person' | 'place') =>
  extractFacts(text, { language: 'zh-Hant', published: '2025-02-28' })
    .filter((f) => f.kind === kind)
    .map((f) => (f.value as EntityValue).key);

describe('Taiwan and Hong Kong usage', () => {
  it('gives regional transliterations the same keys as mainland ones', () => {
    const mainland = (text: string) =>
      extractFacts(text, { language: 'zh-Hans', published: '2025-02-28' })
        .filter((f) => f.kind === 'person')
        .map((f) => (f.value as EntityValue).key);
    expect(keys('外長盧比歐與外長拉夫羅夫會談。', 'person')).toEqual(mainland('外长鲁比奥与外长拉夫罗夫会谈。'));
    expect(keys('總統澤倫斯基表示反對。', 'person')).toEqual(mainland('总统泽连斯基表示反对。'));
  });
  it('reads 沙烏地阿拉伯 and 伊斯坦堡 as places, not people', () => {
    expect(keys('雙方在沙烏地阿拉伯首都利雅德會談。', 'place')).toEqual(expect.arrayContaining(['saudi-arabia', 'riyadh']));
    expect(keys('雙方在沙烏地阿拉伯首都利雅德會談。', 'person')).toEqual([]);
    expect(keys('代表團在伊斯坦堡會面。', 'person')).toEqual([]);
  });
});

describe('counts with 国', () => {
  it('reads 兩國官員 as two countries, not two officials', () => {
    const nums = extractFacts('兩國官員在利雅德接觸，三名外交官出席。', { language: 'zh-Hant', published: '2025-02-28' }).filter((f) => f.kind === 'number');
    expect(nums.map((f) => [f.text, (f.value as { unit?: string }).unit])).toEqual([
      ['兩國', 'countries'],
      ['三名', 'diplomats'],
    ]);
  });
});
