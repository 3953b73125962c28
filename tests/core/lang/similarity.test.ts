import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createSimilarity, toSimplified, nameSketch, vietKey, numberTokens, parseChineseNumber, detectLang, emptyLangData } from '../../../src/core/lang';
import { loadLangData } from '../../../src/node/lang-data';
import { readNtrex, ntrexDir } from '../../../bench/match';

const data = loadLangData();
const hasShared = existsSync(ntrexDir);

describe('script and sound normalization', () => {
  it('converts Traditional to Simplified with OpenCC', () => {
    expect(toSimplified('兩國外長在大使館會談後發表聲明')).toBe('两国外长在大使馆会谈后发表声明');
    expect(toSimplified('already simplified 会谈')).toBe('already simplified 会谈');
  });

  it('gives transliterated names the same consonant sketch across scripts', () => {
    expect(nameSketch('拉夫罗夫', 'zh-Hans')).toBe('LFLF');
    expect(nameSketch('拉夫羅夫', 'zh-Hant')).toBe('LFLF');
    expect(nameSketch('Lavrov', 'en')).toBe('LFLF');
    expect(nameSketch('Лавров', 'ru')).toBe('LFLF');
    expect(nameSketch('伊斯坦布尔', 'zh-Hans')).toBe('STNPL');
    expect(nameSketch('Istanbul', 'en')).toBe('STNPL');
    expect(nameSketch('特朗普', 'zh-Hans')).toBe(nameSketch('Trump', 'en'));
    expect(nameSketch('莫斯科', 'zh-Hans')).toBe(nameSketch('Moscow', 'en'));
    expect(nameSketch('Lavrov', 'en')).not.toBe(nameSketch('Istanbul', 'en'));
    // Russian names through English and Cyrillic spellings
    expect(nameSketch('達爾奇耶夫', 'zh-Hant')).toBe(nameSketch('Darchiev', 'en'));
    expect(nameSketch('Дарчиев', 'ru')).toBe(nameSketch('Darchiev', 'en'));
    expect(nameSketch('乌沙科夫', 'zh-Hans')).toBe(nameSketch('Ushakov', 'en'));
    expect(nameSketch('德米特里耶夫', 'zh-Hans')).toBe(nameSketch('Dmitriev', 'en'));
    expect(nameSketch('庫爾特', 'zh-Hant')).toBe(nameSketch('Coulter', 'en'));
  });

  it('normalizes Vietnamese syllables whatever the tone placement or i/y spelling', () => {
    expect(vietKey('hòa')).toBe(vietKey('hoà'));
    expect(vietKey('lý')).toBe(vietKey('lí'));
    expect(vietKey('hội')).toBe('hooij');
    expect(vietKey('đàm')).toBe('ddamf');
    expect(vietKey('Trưởng')).toBe('trwowngr');
    // NFD input (combining marks) gives the same key as precomposed
    expect(vietKey('quốc'.normalize('NFD'))).toBe(vietKey('quốc'));
    expect(vietKey('hello!')).toBe('');
  });

  it('reads Hán-Việt readings for both character forms', () => {
    expect(data.readings.get('會')).toContain('hooij');
    expect(data.readings.get('会')).toContain('hooij');
    expect(data.readings.get('談')).toContain('ddamf');
    expect(data.bridge.get('hooij ddamf')).toContain('会谈');
    expect(data.gloss.get('会谈')).toContain('talk');
  });
});

describe('numbers, dates and durations', () => {
  it('parses Chinese numerals', () => {
    expect(parseChineseNumber('一百二十三')).toBe(123);
    expect(parseChineseNumber('两万五千')).toBe(25000);
    expect(parseChineseNumber('十五')).toBe(15);
    expect(parseChineseNumber('三点五')).toBe(3.5);
    expect(parseChineseNumber('会谈')).toBeNull();
  });

  it('normalizes durations the same way in four languages', () => {
    expect(numberTokens('双方谈了四个半小时', 'zh-Hans')).toContain('4.5h');
    expect(numberTokens('雙方談了4個半小時', 'zh-Hant')).toContain('4.5h');
    expect(numberTokens('Hai bên đã trao đổi trong 4 tiếng rưỡi', 'vi')).toContain('4.5h');
    expect(numberTokens('The two sides talked for four and a half hours', 'en')).toContain('4.5h');
  });

  it('normalizes dates, weekdays, large numbers and percentages', () => {
    expect(numberTokens('会议于3月14日（星期五）举行', 'zh-Hans')).toEqual(expect.arrayContaining(['d3-14', 'wd5']));
    expect(numberTokens('Cuộc họp diễn ra hôm thứ Sáu, ngày 14/3', 'vi')).toEqual(expect.arrayContaining(['d3-14', 'wd5']));
    expect(numberTokens('The meeting took place on Friday, March 14', 'en')).toEqual(expect.arrayContaining(['d3-14', 'wd5']));
    expect(numberTokens('援助金额达3.2亿美元', 'zh-Hans')).toContain('320000000');
    expect(numberTokens('khoản viện trợ 320 triệu USD', 'vi')).toContain('320000000');
    expect(numberTokens('an aid package of 320 million dollars', 'en')).toContain('320000000');
    expect(numberTokens('失业率为百分之七', 'zh-Hans')).toContain('7%');
    expect(numberTokens('tỷ lệ thất nghiệp là 7%', 'vi')).toContain('7%');
    // a Vietnamese decimal comma and thousands dot
    expect(numberTokens('1.250 người và 2,5 giờ', 'vi')).toEqual(expect.arrayContaining(['1250', '2.5h']));
  });

  it('gives both ends of a range their unit', () => {
    expect(numberTokens('会谈预计持续五到六个小时', 'zh-Hans')).toEqual(expect.arrayContaining(['5h', '6h']));
    expect(numberTokens('dự kiến kéo dài từ 5 đến 6 giờ', 'vi')).toEqual(expect.arrayContaining(['5h', '6h']));
    expect(numberTokens('expected to last five to six hours', 'en')).toEqual(expect.arrayContaining(['5h', '6h']));
  });

  it('does not read ordinary words as numbers', () => {
    expect(numberTokens('一些代表希望统一意见', 'zh-Hans')).toEqual([]);
  });
});

describe('cross-language similarity', () => {
  const sim = createSimilarity(data);
  const hant = '俄羅斯外長拉夫羅夫週四在伊斯坦布爾與美國代表團會談了六個半小時。';
  const hans = '俄罗斯外长拉夫罗夫周四在伊斯坦布尔同美国代表团会谈约六个半小时。';
  const vi = 'Ngoại trưởng Nga Lavrov đã hội đàm với phái đoàn Mỹ tại Istanbul hôm thứ Năm trong khoảng 6 tiếng rưỡi.';
  const en = 'Russian Foreign Minister Lavrov held talks with the US delegation in Istanbul on Thursday for about six and a half hours.';
  const offTopicZh = '这家面包店每天早上七点开门，周末还供应热巧克力。';
  const offTopicVi = 'Tiệm bánh này mở cửa lúc bảy giờ sáng và bán sô-cô-la nóng vào cuối tuần.';

  it('scores a translation far above an unrelated sentence', () => {
    const f = {
      hant: sim.features(hant, 'zh-Hant'),
      hans: sim.features(hans, 'zh-Hans'),
      vi: sim.features(vi, 'vi'),
      en: sim.features(en, 'en'),
      offZh: sim.features(offTopicZh, 'zh-Hans'),
      offVi: sim.features(offTopicVi, 'vi'),
    };
    sim.fit(Object.values(f));
    const pairs: [keyof typeof f, keyof typeof f, keyof typeof f][] = [
      ['hant', 'hans', 'offZh'],
      ['hans', 'vi', 'offVi'],
      ['hant', 'vi', 'offVi'],
      ['vi', 'en', 'offZh'],
      ['hans', 'en', 'offVi'],
      ['en', 'hant', 'offZh'],
    ];
    for (const [a, b, off] of pairs) {
      const good = sim.score(f[a], f[b]);
      const bad = sim.score(f[a], f[off]);
      expect(good, `${a}~${b}`).toBeGreaterThan(0.2);
      expect(good, `${a}~${b} vs ${off}`).toBeGreaterThan(bad * 2);
      expect(good).toBeLessThanOrEqual(1);
    }
    // symmetric
    expect(sim.score(f.hans, f.vi)).toBeCloseTo(sim.score(f.vi, f.hans), 10);
    // and explainable: the score, per-signal cosines and the shared evidence
    const why = sim.explain(f.hans, f.vi);
    expect(why.score).toBeCloseTo(sim.score(f.hans, f.vi), 10);
    expect(why.signals.hanVietPair).toBeGreaterThan(0);
    expect(why.signals.char).toBeUndefined();
    expect(why.shared).toEqual(expect.arrayContaining(['n:6.5h', 's:STNPL']));
  });

  it('shares Hán-Việt, gloss, name and number tokens between Chinese and Vietnamese', () => {
    const a = new Set(sim.tokens(sim.features(hans, 'zh-Hans')));
    const b = sim.tokens(sim.features(vi, 'vi'));
    const shared = b.filter((t) => a.has(t));
    expect(shared).toEqual(expect.arrayContaining(['hb:hooij ddamf', 'hb:ngoaij trwowngr', 'n:6.5h', 'n:wd4', 's:STNPL']));
  });

  it('matches lines across languages and leaves lines without counterpart unmatched', () => {
    const zh = [
      '两国外长在日内瓦举行会谈，讨论停火协议。',
      '这家面包店每天早上七点开门。',
      '联合国秘书长呼吁各方保持克制。',
      '会谈结束后，双方没有举行记者会。',
    ];
    const viLines = [
      'Tổng thư ký Liên Hợp Quốc kêu gọi các bên kiềm chế.',
      'Sau cuộc hội đàm, hai bên không tổ chức họp báo.',
      'Ngoại trưởng hai nước hội đàm tại Geneva để thảo luận về thỏa thuận ngừng bắn.',
      'Giá vàng trong nước tăng mạnh.',
    ];
    const res = sim.match(
      zh.map((t) => sim.features(t, 'zh-Hans')),
      viLines.map((t) => sim.features(t, 'vi')),
    );
    expect(res.map((r) => r.b)).toEqual([2, null, 0, 1]);
    for (const r of res) expect(r.score).toBeGreaterThanOrEqual(0);
  });

  it('maps Taiwan usage to mainland usage (川普 / 特朗普, 伊斯坦堡 / 伊斯坦布尔)', () => {
    const tw = sim.features('川普表示，雙方代表在伊斯坦堡會談。', 'zh-Hant');
    const cn = sim.features('特朗普表示，双方代表在伊斯坦布尔会谈。', 'zh-Hans');
    const a = sim.tokens(tw).filter((t) => t.startsWith('cb:'));
    const b = sim.tokens(cn).filter((t) => t.startsWith('cb:'));
    expect(a.sort()).toEqual(b.sort());
  });

  it('gives blocking anchors shared across languages, without common tokens once fitted', () => {
    const s2 = createSimilarity(data);
    const zh = s2.features(hans, 'zh-Hans');
    const v = s2.features(vi, 'vi');
    const names = (f: typeof zh) => new Set([...s2.anchors(f)].map((id) => s2.tokens({ ...f, ids: Int32Array.of(id), tf: Float32Array.of(1) })[0]));
    const a = names(zh);
    const shared = [...names(v)].filter((t) => a.has(t));
    expect(shared).toEqual(expect.arrayContaining(['hb:hooij ddamf', 'n:6.5h', 's:STNPL']));
    expect([...a].some((t) => t.startsWith('c:') || t.startsWith('h:'))).toBe(false);
    // once fitted on a corpus where a token is everywhere, it is no longer an anchor
    const corpus = [zh, v, ...Array.from({ length: 40 }, (_, i) => s2.features(`会谈第${i}轮`, 'zh-Hans'))];
    s2.fit(corpus);
    const after = names(zh);
    expect(after.has('hb:hooij ddamf')).toBe(false);
    expect(after.has('n:6.5h')).toBe(true);
  });

  it('ignores inline pinyin annotations in Chinese text', () => {
    const plain = sim.tokens(sim.features('双方进行了会谈。', 'zh-Hans'));
    const annotated = sim.tokens(sim.features('雙方進(jìn)行了會(huì)談(tán)。', 'zh-Hant'));
    expect(annotated.filter((t) => t.startsWith('l:'))).toEqual([]);
    expect(annotated.sort()).toEqual(plain.sort());
  });

  it('works on other languages with Latin tokens and numbers, and on empty data', () => {
    const s2 = createSimilarity(emptyLangData());
    const fr = s2.features('Sergueï Lavrov a rencontré la délégation à Istanbul le 27 février 2025.', 'fr');
    const de = s2.features('Sergej Lawrow traf die Delegation am 27. Februar 2025 in Istanbul.', 'de');
    const other = s2.features('Le marché boursier a chuté de 3 % hier.', 'fr');
    expect(s2.score(fr, de)).toBeGreaterThan(s2.score(other, de));
    expect(s2.features('', 'vi').ids.length).toBe(0);
    expect(s2.score(s2.features('', 'en'), s2.features('', 'vi'))).toBe(0);
  });

  it('detects the language of a text', () => {
    expect(detectLang(hant)).toBe('zh-Hant');
    expect(detectLang(hans)).toBe('zh-Hans');
    expect(detectLang(vi)).toBe('vi');
    expect(detectLang(en)).toBe('en');
    expect(detectLang('Лавров провёл переговоры в Стамбуле')).toBe('ru');
  });
});

describe('NTREX slice', () => {
  it.skipIf(!hasShared)('finds the translation among 300 candidates (needs ../shared/data/ntrex; skipped when absent)', () => {
    const sim = createSimilarity(data);
    const n = 300;
    const pairs: [string, string, number][] = [
      ['zh-Hant', 'zh-Hans', 0.9],
      ['zh-Hans', 'vi', 0.8],
      ['vi', 'en', 0.8],
      ['zh-Hans', 'en', 0.8],
    ];
    for (const [a, b, min] of pairs) {
      const A = readNtrex(a).slice(0, n).map((l) => sim.features(l, a));
      const B = readNtrex(b).slice(0, n).map((l) => sim.features(l, b));
      const res = sim.match(A, B, { threshold: 0 });
      const p1 = res.filter((r) => r.best === r.a).length / n;
      expect(p1, `${a}->${b}`).toBeGreaterThanOrEqual(min);
      // with only the first half of B present, the other half of A must mostly stay unmatched
      const half = n / 2;
      const res2 = sim.match(A, B.slice(0, half));
      const leftAlone = res2.filter((r) => r.a >= half && r.b === null).length / half;
      const found = res2.filter((r) => r.a < half && r.b === r.a).length / half;
      expect(leftAlone, `${a}->${b} unmatched`).toBeGreaterThanOrEqual(0.85);
      expect(found, `${a}->${b} matched`).toBeGreaterThanOrEqual(0.7);
    }
  });
});

it('keeps the repository path of the shared data consistent', () => {
  expect(path.basename(ntrexDir)).toBe('ntrex');
});
