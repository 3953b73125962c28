// Russian (and Arabic) in cross-language similarity: sentences written for this test (invented officials, towns and
// figures), matched to their English and Chinese counterparts among distractors.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimilarity, langFamily, nameSketch } from '../../../src/core/lang';
import { loadLangData, defaultLangDataDir } from '../../../src/node/lang-data';
import { DEFAULT_SIMILARITY_SETTINGS } from '../../../src/core/engine/settings';

const data = loadLangData();

// [ru, en, zh-Hans]: the same report in three languages
const TRIPLES: [string, string, string][] = [
  [
    'Губернатор Степан Журавлёв открыл в Красногорье новую больницу на 450 коек.',
    'Governor Stepan Zhuravlyov opened a new hospital with 450 beds in Krasnogorye.',
    '州长斯捷潘·茹拉夫廖夫在克拉斯诺戈里耶开设了一家拥有450张床位的新医院。',
  ],
  [
    'Министры иностранных дел двух стран провели переговоры в Женеве и договорились о новом раунде.',
    'The foreign ministers of the two countries held talks in Geneva and agreed on a new round.',
    '两国外交部长在日内瓦举行会谈，并商定举行新一轮谈判。',
  ],
  [
    'Наводнение затопило шесть деревень, эвакуированы около 2000 жителей.',
    'The flood inundated six villages, and about 2,000 residents were evacuated.',
    '洪水淹没了六个村庄，约2000名居民被疏散。',
  ],
  [
    'Цены на нефть выросли на 4 процента после сокращения добычи.',
    'Oil prices rose by 4 percent after production was cut.',
    '减产后，石油价格上涨了4%。',
  ],
  [
    'Сборная по хоккею выиграла чемпионат мира, победив в финале Канаду.',
    'The national hockey team won the world championship, beating Canada in the final.',
    '国家冰球队在决赛中击败加拿大，赢得了世界锦标赛冠军。',
  ],
  [
    'Учёные обнаружили в озере неизвестный вид рыбы.',
    'Scientists discovered an unknown species of fish in the lake.',
    '科学家在湖中发现了一种未知的鱼类。',
  ],
];

// Distractors: same topics and words, other facts
const EN_DISTRACTORS = [
  'The governor closed an old school in the north of the region.',
  'The defence ministers met in Vienna to discuss the budget.',
  'A drought destroyed the harvest in nine villages.',
  'Gold prices fell by 2 percent on Monday.',
  'The football club lost the cup final to a team from Spain.',
  'Doctors found a new treatment for a rare disease.',
];
const ZH_DISTRACTORS = [
  '州长关闭了该地区北部的一所旧学校。',
  '国防部长们在维也纳会晤，讨论预算问题。',
  '干旱摧毁了九个村庄的收成。',
  '周一金价下跌了2%。',
  '这家足球俱乐部在杯赛决赛中输给了一支西班牙球队。',
  '医生发现了一种治疗罕见疾病的新方法。',
];

describe('Russian in cross-language similarity', () => {
  it('has its own family and a gloss table compiled by build:lang', () => {
    expect(langFamily('ru')).toBe('ru');
    expect(langFamily('ru-RU')).toBe('ru');
    expect(langFamily('ar')).toBe('ar');
    expect(langFamily('zh-Hant')).toBe('zh');
    expect(data.wordGloss.ru?.get('министр')).toContain('minist');
    expect(data.wordGloss.ar?.size ?? 0).toBeGreaterThan(1000);
  });

  it('matches Russian sentences to their English counterparts among distractors', () => {
    const sim = createSimilarity(data);
    const A = TRIPLES.map(([ru]) => sim.features(ru, 'ru'));
    const B = [...EN_DISTRACTORS, ...TRIPLES.map(([, en]) => en)].map((t) => sim.features(t, 'en'));
    const res = sim.match(A, B, { threshold: 0 });
    expect(res.map((r) => r.best)).toEqual(TRIPLES.map((_, i) => EN_DISTRACTORS.length + i));
    // and English to Russian
    const back = sim.match(
      TRIPLES.map(([, en]) => sim.features(en, 'en')),
      [...TRIPLES.map(([ru]) => sim.features(ru, 'ru'))],
      { threshold: 0 },
    );
    expect(back.map((r) => r.best)).toEqual(TRIPLES.map((_, i) => i));
  });

  it('matches Russian sentences to their Chinese counterparts through the English gloss pivot', () => {
    const sim = createSimilarity(data);
    const A = TRIPLES.map(([ru]) => sim.features(ru, 'ru'));
    const B = [...ZH_DISTRACTORS, ...TRIPLES.map(([, , zh]) => zh)].map((t) => sim.features(t, 'zh-Hans'));
    const res = sim.match(A, B, { threshold: 0 });
    expect(res.map((r) => r.best)).toEqual(TRIPLES.map((_, i) => ZH_DISTRACTORS.length + i));
    // the explanation names shared English glosses, not only numbers
    const why = sim.explain(A[3], B[ZH_DISTRACTORS.length + 3]);
    expect(why.shared.some((t) => t === 'e:oil' || t === 'e:petroleum')).toBe(true);
  });

  it('finds perfective verbs under their imperfective dictionary entry', () => {
    const sim = createSimilarity(data);
    // обсудили (perfective) is listed as обсуждать; сократил as сокращать
    const discussed = sim.tokens(sim.features('Стороны обсудили поставки.', 'ru'));
    expect(discussed).toContain('e:discuss');
    const cut = sim.tokens(sim.features('Завод сократил выпуск.', 'ru'));
    expect(cut.some((t) => t === 'e:shrink' || t === 'e:contract' || t === 'e:abbrevi' || t === 'e:reduc' || t === 'e:cut')).toBe(true);
  });

  it('reads news abbreviations through the Russian glossary (США, МИД, ООН)', () => {
    const sim = createSimilarity(data);
    const ru = sim.features('МИД России призвал США вернуться в ООН к обсуждению.', 'ru');
    const en = sim.features('The Russian foreign ministry urged the United States to return to the UN discussion.', 'en');
    const zh = sim.features('俄罗斯外交部敦促美国回到联合国进行讨论。', 'zh-Hans');
    const toks = sim.tokens(ru);
    for (const t of ['e:unit', 'e:state', 'e:nation', 'e:foreign', 'e:ministri']) expect(toks).toContain(t);
    expect(sim.explain(ru, en).shared).toEqual(expect.arrayContaining(['e:state', 'e:foreign']));
    expect(sim.explain(ru, zh).shared).toEqual(expect.arrayContaining(['e:state', 'e:nation']));
  });

  it('scores a translation above an unrelated sentence that shares its numbers', () => {
    const sim = createSimilarity(data);
    const ru = sim.features('Завод выпустил 350 тракторов в марте.', 'ru');
    const en = sim.features('The plant produced 350 tractors in March.', 'en');
    const other = sim.features('The museum received 350 visitors in March.', 'en');
    expect(sim.score(ru, en)).toBeGreaterThan(sim.score(ru, other));
  });

  it('reads Cyrillic names into the shared name sketch (Latin and Chinese transliterations)', () => {
    // invented surnames: Cyrillic, Latin and Chinese spellings give one consonant sketch
    expect(nameSketch('Белозерцев')).toBe(nameSketch('Belozertsev'));
    expect(nameSketch('别洛泽尔采夫', 'zh', data.pinyin)).toBe(nameSketch('Белозерцев'));
    expect(nameSketch('Панкратов')).toBe(nameSketch('潘克拉托夫', 'zh', data.pinyin));
    const sim = createSimilarity(data);
    // a declined name ("with Pankratov") still meets the Latin and Chinese spellings
    const ru = sim.features('Посол встретился с Панкратовым в Омске.', 'ru');
    const en = sim.features('The ambassador met Pankratov in Omsk.', 'en');
    const zh = sim.features('大使在鄂木斯克会见了潘克拉托夫。', 'zh-Hans');
    const sketch = `s:${nameSketch('Pankratov')}`;
    expect(sim.explain(ru, en).shared).toContain(sketch);
    expect(sim.explain(ru, zh).shared).toContain(sketch);
  });

  it('matches Arabic to English through the FreeDict gloss table and numbers', () => {
    const sim = createSimilarity(data);
    const ar = ['ارتفعت أسعار الذهب بنسبة 5 في المئة.', 'أعلنت الحكومة بناء مستشفى جديد في المدينة.'].map((t) => sim.features(t, 'ar'));
    const en = ['The government announced a new hospital in the city.', 'Gold prices rose by 5 percent.', 'The team lost the match.'].map((t) =>
      sim.features(t, 'en'),
    );
    expect(sim.match(ar, en, { threshold: 0 }).map((r) => r.best)).toEqual([1, 0]);
  });

  it('takes its thresholds and weights from SimilaritySettings', () => {
    const ru = 'Цены на нефть выросли на 4 процента.';
    const en = 'Oil prices rose by 4 percent.';
    const base = createSimilarity(data);
    const strict = createSimilarity(data, { settings: { threshold: 0.99 } });
    const noGloss = createSimilarity(data, {
      settings: { weights: { ...DEFAULT_SIMILARITY_SETTINGS.weights, 'ru-en': { ...DEFAULT_SIMILARITY_SETTINGS.weights['ru-en'], gloss: 0 } } },
    });
    expect(base.match([base.features(ru, 'ru')], [base.features(en, 'en')])[0].b).toBe(0);
    expect(strict.match([strict.features(ru, 'ru')], [strict.features(en, 'en')])[0].b).toBeNull();
    expect(strict.threshold).toBe(0.99);
    // without glosses only the shared number is left to match on: the words no longer count
    const ruWords = 'Цены на нефть резко выросли на мировых рынках.';
    const enWords = 'Oil prices rose sharply on world markets.';
    expect(noGloss.score(noGloss.features(ruWords, 'ru'), noGloss.features(enWords, 'en'))).toBeLessThan(
      base.score(base.features(ruWords, 'ru'), base.features(enWords, 'en')),
    );
  });

  it('records every compiled gloss table and its source and licence in NOTICE.md', () => {
    const dir = defaultLangDataDir();
    const notice = readFileSync(path.join(dir, 'NOTICE.md'), 'utf8');
    for (const f of readdirSync(dir).filter((n) => /^gloss-.*\.tsv$/.test(n))) expect(notice).toContain(f);
    for (const source of ['mueller7-dict', 'dict-freedict-eng-rus', 'dict-freedict-ara-eng', 'snowball-stemmers']) expect(notice).toContain(source);
    expect(notice).toMatch(/GNU General Public License, version 2/);
  });
});
