import { describe, expect, it } from 'vitest';
import { extractDocumentFacts, extractFacts, type FactContext, type PersonValue } from '../../../src/core/facts';
import { parseEnNumber, parseViNumber, parseZhNumber } from '../../../src/core/facts/numbers';
import { nameSketch } from '../../../src/core/facts/names';
import type { DateValue, DurationValue, EntityValue, Fact, FactKind, NumberValue, QuoteValue } from '../../../src/core/model';

const PUB = '2025-02-28'; // a Friday
const zhT: FactContext = { language: 'zh-Hant', published: PUB };
const zhS: FactContext = { language: 'zh-Hans', published: PUB };
const vi: FactContext = { language: 'vi', published: PUB };
const en: FactContext = { language: 'en', published: PUB };

function facts(text: string, ctx: FactContext, kind?: FactKind): Fact[] {
  const all = extractFacts(text, ctx);
  for (const f of all) expect(text.slice(f.start, f.end)).toBe(f.text);
  return kind ? all.filter((f) => f.kind === kind) : all;
}
function one(text: string, ctx: FactContext, kind: FactKind): Fact {
  const fs = facts(text, ctx, kind);
  expect(fs.length, `${kind} in ${text}: ${JSON.stringify(facts(text, ctx))}`).toBeGreaterThanOrEqual(1);
  return fs[0];
}
function dates(text: string, ctx: FactContext): string[] {
  return facts(text, ctx, 'date').map((f) => (f.value as DateValue | undefined)?.date ?? '?');
}
/** The person whose key is `who`, or whose words contain `who`. */
function person(text: string, ctx: FactContext, who: string): PersonValue {
  const p = facts(text, ctx, 'person').find((f) => (f.value as EntityValue).key === who || f.text.includes(who));
  expect(p, `${who} in ${JSON.stringify(facts(text, ctx, 'person'))}`).toBeDefined();
  return p!.value as PersonValue;
}
/** The cross-script key of a person name that no list contains. */
const sk = (name: string, lang: string): string => '~' + nameSketch(name, lang);

describe('numbers', () => {
  it('parses Chinese numerals, mixes and large units', () => {
    expect(parseZhNumber('两')).toBe(2);
    expect(parseZhNumber('十二')).toBe(12);
    expect(parseZhNumber('三千五百')).toBe(3500);
    expect(parseZhNumber('1.5万')).toBe(15000);
    expect(parseZhNumber('3千5百万')).toBe(35_000_000);
    expect(parseZhNumber('两亿')).toBe(200_000_000);
    expect(parseZhNumber('一百零五')).toBe(105);
    expect(parseZhNumber('二〇二五')).toBe(2025);
  });
  it('parses Vietnamese and English number words', () => {
    expect(parseViNumber('ba mươi')).toBe(30);
    expect(parseViNumber('hai mươi lăm')).toBe(25);
    expect(parseViNumber('một trăm linh năm')).toBe(105);
    expect(parseViNumber('5 triệu')).toBe(5_000_000);
    expect(parseViNumber('1,5 tỷ')).toBe(1_500_000_000);
    expect(parseViNumber('hai nghìn')).toBe(2000);
    expect(parseEnNumber('twenty-five')).toBe(25);
    expect(parseEnNumber('a dozen')).toBe(12);
    expect(parseEnNumber('three hundred thousand')).toBe(300_000);
    expect(parseEnNumber('1.5 million')).toBe(1_500_000);
  });
});

describe('durations and qualifiers', () => {
  const dur = (text: string, ctx: FactContext): [DurationValue, string | undefined, string] => {
    const f = one(text, ctx, 'duration');
    return [f.value as DurationValue, f.qualifier, f.text];
  };
  it('Chinese: approximate, expected range, exact halves, at-least', () => {
    expect(dur('雙方進行了約6個半小時的閉門會談。', zhT)).toEqual([{ min: 6.5, max: 6.5, unit: 'hour' }, 'approximate', '約6個半小時']);
    expect(dur('电视台称，会谈预计持续五到六个小时。', zhS)).toEqual([{ min: 5, max: 6, unit: 'hour' }, 'expected', '五到六个小时']);
    expect(dur('两国代表举行了四个半小时会谈。', zhS)).toEqual([{ min: 4.5, max: 4.5, unit: 'hour' }, 'exact', '四个半小时']);
    expect(dur('会谈持续了超过三小时。', zhS)[0]).toEqual({ min: 3, max: null, unit: 'hour' });
    expect(dur('会谈持续了3个多小时。', zhS)).toEqual([{ min: 3, max: null, unit: 'hour' }, 'at-least', '3个多小时']);
    expect(dur('代表团将在当地停留三天。', zhS)[0]).toEqual({ min: 3, max: 3, unit: 'day' });
    expect(dur('谈判进行了近两周。', zhS)).toEqual([{ min: null, max: 2, unit: 'week' }, 'at-most', '近两周']);
    expect(dur('休息了半小时左右。', zhS)).toEqual([{ min: 0.5, max: 0.5, unit: 'hour' }, 'approximate', '半小时左右']);
  });
  it('Chinese: month dates and years are not durations', () => {
    expect(facts('2月18日，会谈在利雅得举行。', zhS, 'duration')).toEqual([]);
    expect(facts('条约于2010年签署。', zhS, 'duration')).toEqual([]);
  });
  it('Vietnamese: hơn, khoảng, gần, tiếng rưỡi, dự kiến', () => {
    expect(dur('Cuộc đàm phán kéo dài hơn 4 giờ.', vi)).toEqual([{ min: 4, max: null, unit: 'hour' }, 'at-least', 'hơn 4 giờ']);
    expect(dur('Cuộc họp kéo dài khoảng 3 tiếng.', vi)).toEqual([{ min: 3, max: 3, unit: 'hour' }, 'approximate', 'khoảng 3 tiếng']);
    expect(dur('Hai bên làm việc hai tiếng rưỡi.', vi)[0]).toEqual({ min: 2.5, max: 2.5, unit: 'hour' });
    expect(dur('Cuộc gặp kéo dài gần 5 giờ.', vi)[0]).toEqual({ min: null, max: 5, unit: 'hour' });
    expect(dur('Cuộc họp dự kiến kéo dài 5-6 giờ.', vi)).toEqual([{ min: 5, max: 6, unit: 'hour' }, 'expected', '5-6 giờ']);
    expect(dur('Họ sống sót sau 55 ngày trên biển.', vi)[0]).toEqual({ min: 55, max: 55, unit: 'day' });
  });
  it('Vietnamese: a clock time is not a duration', () => {
    expect(facts('Cuộc họp bắt đầu lúc 9 giờ sáng.', vi, 'duration')).toEqual([]);
    expect(one('Cuộc họp bắt đầu lúc 9 giờ sáng.', vi, 'time').value).toMatchObject({ time: '09:00', part: 'morning' });
  });
  it('English: more than, about, nearly, half an hour, expected', () => {
    expect(dur('The talks lasted more than four hours.', en)).toEqual([{ min: 4, max: null, unit: 'hour' }, 'at-least', 'more than four hours']);
    expect(dur('They met for about 6.5 hours.', en)).toEqual([{ min: 6.5, max: 6.5, unit: 'hour' }, 'approximate', 'about 6.5 hours']);
    expect(dur('The session ran nearly 5 hours.', en)).toEqual([{ min: null, max: 5, unit: 'hour' }, 'at-most', 'nearly 5 hours']);
    expect(dur('A break of half an hour followed.', en)[0]).toEqual({ min: 0.5, max: 0.5, unit: 'hour' });
    expect(dur('The meeting is expected to last five to six hours.', en)).toEqual([{ min: 5, max: 6, unit: 'hour' }, 'expected', 'five to six hours']);
    expect(dur('The visit lasted three days.', en)[0]).toEqual({ min: 3, max: 3, unit: 'day' });
  });
});

describe('dates relative to the publication date', () => {
  it('Chinese absolute, partial and bare-day dates', () => {
    expect(dates('2025年2月27日，两国代表团会面。', zhS)).toEqual(['2025-02-27']);
    expect(dates('俄美代表团2月27日在伊斯坦布尔会谈。', zhS)).toEqual(['2025-02-27']);
    expect(dates('俄美代表团27日在伊斯坦布尔会谈。', zhS)).toEqual(['2025-02-27']);
    expect(dates('条约框架下的工作从2020年初开始暂停。', zhS)).toEqual(['2020']);
    expect(dates('该大使于2024年10月离任。', zhS)).toEqual(['2024-10']);
  });
  it('a bare day after the publication day falls in the previous month', () => {
    expect(dates('双方28日举行会谈。', { language: 'zh-Hans', published: '2025-03-02' })).toEqual(['2025-02-28']);
    expect(dates('双方1日举行会谈。', { language: 'zh-Hans', published: '2025-03-02' })).toEqual(['2025-03-01']);
    expect(dates('双方27日举行会谈。', { language: 'zh-Hans', published: '2025-03-02' })).toEqual(['2025-02-27']);
  });
  it('Chinese weekdays, last week, yesterday, and N days later', () => {
    expect(dates('双方周二在利雅得会谈。', zhS)).toEqual(['2025-02-25']);
    expect(dates('雙方週二在利雅得會談。', zhT)).toEqual(['2025-02-25']);
    expect(dates('雙方星期五發表聲明。', zhT)).toEqual(['2025-02-28']);
    expect(dates('双方下周二再次会谈。', zhS)).toEqual(['2025-03-04']);
    expect(dates('两国总统上周通电话。', zhS)).toEqual(['2025-02-17']);
    expect(facts('两国总统上周通电话。', zhS, 'date')[0].value).toMatchObject({ relative: true, granularity: 'week' });
    expect(dates('外长昨天抵达。', zhS)).toEqual(['2025-02-27']);
    expect(dates('两国总统2月12日通电话，六天后双方官员会面。', zhS)).toEqual(['2025-02-12', '2025-02-18']);
    expect(dates('三天前双方已接触。', zhS)).toEqual(['2025-02-25']);
  });
  it('carries the last absolute date into the next statement (六天后)', () => {
    const out = extractDocumentFacts(['两国总统2月12日进行了电话交谈。', '六天后双方的高级官员举行了会谈。'], zhS);
    expect((out[1].find((f) => f.kind === 'date')!.value as DateValue).date).toBe('2025-02-18');
  });
  it('Vietnamese dates', () => {
    expect(dates('Phái đoàn hai nước gặp nhau ngày 27/2.', vi)).toEqual(['2025-02-27']);
    expect(dates('Hai bên đã gặp nhau hôm 18/2 tại Riyadh.', vi)).toEqual(['2025-02-18']);
    expect(dates('Ngày 27/2/2025, hai bên gặp nhau.', vi)).toEqual(['2025-02-27']);
    expect(dates('Ông rời nhiệm sở hồi tháng 10/2024.', vi)).toEqual(['2024-10']);
    expect(dates('Hôm qua, bộ trưởng đã phát biểu.', vi)).toEqual(['2025-02-27']);
    expect(dates('Hai bên gặp nhau vào thứ Ba.', vi)).toEqual(['2025-02-25']);
    expect(dates('Sự kiện diễn ra ngày 5 tháng 3 năm 2024.', vi)).toEqual(['2024-03-05']);
  });
  it('English dates', () => {
    expect(dates('The delegations met on February 27, 2025.', en)).toEqual(['2025-02-27']);
    expect(dates('The delegations met on Feb. 27 in Istanbul.', en)).toEqual(['2025-02-27']);
    expect(dates('They met on Thursday.', en)).toEqual(['2025-02-27']);
    expect(dates('The minister arrived yesterday.', en)).toEqual(['2025-02-27']);
    expect(dates('The presidents spoke on 12 February; six days later their ministers met.', en)).toEqual(['2025-02-12', '2025-02-18']);
    expect(dates('The ambassador left in October 2024.', en)).toEqual(['2024-10']);
    expect(facts('They met on Thursday.', en, 'date')[0].value).toEqual({ date: '2025-02-27', relative: true });
  });
  it('other languages get ISO and numeric dates', () => {
    expect(dates('Встреча состоялась 27.02.2025 в Стамбуле.', { language: 'ru', published: PUB })).toEqual(['2025-02-27']);
    expect(dates('Réunion le 2025-02-27 à Istanbul.', { language: 'fr', published: PUB })).toEqual(['2025-02-27']);
  });
  it('without a publication date, relative dates carry no value', () => {
    const f = facts('双方周二会谈。', { language: 'zh-Hans', published: null }, 'date');
    expect(f).toHaveLength(1);
    expect(f[0].value).toBeUndefined();
  });
});

describe('times', () => {
  it('Chinese local time with part of day, and clock times', () => {
    const t = one('當地時間27日晚，美國國務院發表聲明。', zhT, 'time');
    expect(t.text).toBe('當地時間27日晚');
    expect(t.value).toMatchObject({ date: '2025-02-27', part: 'evening', zone: 'local' });
    expect(one('会谈于下午3点开始。', zhS, 'time').value).toMatchObject({ time: '15:00' });
    expect(one('会谈于下午3点半开始。', zhS, 'time').value).toMatchObject({ time: '15:30' });
  });
  it('clock times in Vietnamese and English', () => {
    expect(one('Cập nhật 11:45 27/02/2025', vi, 'time').value).toMatchObject({ time: '11:45' });
    expect(dates('Cập nhật 11:45 27/02/2025', vi)).toEqual(['2025-02-27']);
    expect(one('The talks began at 10:30 a.m. local time.', en, 'time').value).toMatchObject({ time: '10:30' });
    expect(one('The talks ended at 5 pm.', en, 'time').value).toMatchObject({ time: '17:00' });
  });
});

describe('counts, money and percents', () => {
  const num = (text: string, ctx: FactContext, kind: FactKind = 'number'): NumberValue => one(text, ctx, kind).value as NumberValue;
  it('Chinese counts with what is counted', () => {
    expect(num('464名议员中有358人出席。', zhS)).toEqual({ min: 464, max: 464, unit: 'lawmakers' });
    expect(num('袭击造成至少5人死亡。', zhS)).toEqual({ min: 5, max: null, unit: 'people' });
    expect(num('双方驱逐了十二名外交官。', zhS)).toEqual({ min: 12, max: 12, unit: 'diplomats' });
    expect(num('两国代表团在利雅得会谈。', zhS)).toEqual({ min: 2, max: 2, unit: 'delegations' });
    expect(num('约1.5万人参加了集会。', zhS)).toEqual({ min: 15000, max: 15000, unit: 'people' });
    expect(facts('这是第一步，一些问题仍待解决。', zhS, 'number')).toEqual([]);
  });
  it('Vietnamese and English counts', () => {
    expect(num('Hơn 30 nhà ngoại giao bị trục xuất.', vi)).toEqual({ min: 30, max: null, unit: 'diplomats' });
    expect(num('Ba mươi người đã tham dự.', vi)).toEqual({ min: 30, max: 30, unit: 'people' });
    expect(num('Two dozen delegates attended.', en)).toEqual({ min: 24, max: 24, unit: 'delegates' });
    expect(num('Some 3,000 people attended.', en)).toEqual({ min: 3000, max: 3000, unit: 'people' });
    expect(num('The sides signed two agreements.', en)).toEqual({ min: 2, max: 2, unit: 'agreements' });
  });
  it('money in 美元, USD, đô la and $', () => {
    expect(num('项目投资3千5百万美元。', zhS, 'money')).toEqual({ min: 35_000_000, max: 35_000_000, unit: 'USD' });
    expect(num('援助总额达1.5亿美元。', zhS, 'money')).toEqual({ min: 150_000_000, max: 150_000_000, unit: 'USD' });
    expect(num('Gói viện trợ trị giá 5 triệu USD.', vi, 'money')).toEqual({ min: 5_000_000, max: 5_000_000, unit: 'USD' });
    expect(num('Khoản vay 200 triệu đô la.', vi, 'money')).toEqual({ min: 200_000_000, max: 200_000_000, unit: 'USD' });
    expect(num('The package is worth $1.5 billion.', en, 'money')).toEqual({ min: 1_500_000_000, max: 1_500_000_000, unit: 'USD' });
  });
  it('percents: 百分之五, 5%, phần trăm, percent', () => {
    expect(num('关税提高百分之五。', zhS, 'percent')).toEqual({ min: 5, max: 5, unit: 'percent' });
    expect(num('再加征10%关税。', zhS, 'percent')).toEqual({ min: 10, max: 10, unit: 'percent' });
    expect(num('Thuế tăng 5 phần trăm.', vi, 'percent')).toEqual({ min: 5, max: 5, unit: 'percent' });
    expect(num('Tariffs rose by 25 percent.', en, 'percent')).toEqual({ min: 25, max: 25, unit: 'percent' });
  });
});

describe('persons, roles and organizations', () => {
  it('the same person gets the same key across Traditional, Simplified, Latin and Vietnamese forms', () => {
    const key = sk('Vesterlin', 'en');
    expect(person('負責俄羅斯和中歐事務的副助理國務卿韋斯特林率領代表團。', zhT, key).role).toBe('deputy-assistant-secretary');
    expect(person('副助理国务卿奥尔加·韦斯特林（Olga Vesterlin）率领代表团。', zhS, key).role).toBe('deputy-assistant-secretary');
    expect(person('Deputy Assistant Secretary of State Olga Vesterlin led the team.', en, key).role).toBe('deputy-assistant-secretary');
    const lav = sk('Lavrov', 'en');
    expect(person('Ngoại trưởng Nga Sergei Lavrov xác nhận cuộc gặp.', vi, lav)).toMatchObject({ role: 'foreign-minister', country: 'russia' });
    expect(person('俄外长拉夫罗夫表示会谈很有用。', zhS, lav)).toMatchObject({ role: 'foreign-minister', country: 'russia' });
    expect(person('Sergei Lavrov, Russia’s foreign minister, spoke first.', en, lav)).toMatchObject({ role: 'foreign-minister', country: 'russia' });
  });
  it('department keys tell 南大西洋司 from 北美司 on the same person', () => {
    const key = sk('Parmintsev', 'en');
    const a = person('俄羅斯代表團由俄外交部南大西洋司司長帕爾明采夫率領。', zhT, key);
    const b = person('俄罗斯代表团由外交部北美司司长亚历山大·帕尔明采夫率领。', zhS, key);
    expect(a).toMatchObject({ role: 'department-director', organization: 'department:south-atlantic' });
    expect(b).toMatchObject({ role: 'department-director', organization: 'department:north-america' });
    const c = person('The Russian side was led by Alexander Parmintsev, director of the North America Department.', en, key);
    expect(c).toMatchObject({ role: 'department-director', organization: 'department:north-america' });
  });
  it('a role with its portfolio is more precise than the bare role', () => {
    const full = person('負責俄羅斯和中歐事務的副助理國務卿韋斯特林率領。', zhT, '韋斯特林');
    const bare = person('副助理国务卿韦斯特林率领。', zhS, '韦斯特林');
    expect(full.role).toBe(bare.role);
    expect(full.portfolio).toBe('central-europe+russia');
    expect(bare.portfolio).toBeUndefined();
  });
  it('unknown transliterated names get a cross-script sketch key', () => {
    const zh = facts('俄罗斯政治学者马克西姆·沃尔科夫认为会谈有益。', zhS, 'person')[0].value as PersonValue;
    const lat = facts('Political scientist Maxim Volkov said the talks helped.', en, 'person')[0].value as PersonValue;
    expect(zh.key).toBe(lat.key);
    expect(zh.key.startsWith('~')).toBe(true);
    expect(zh.role).toBe('political-scientist');
  });
  it('Vietnamese names after ông/bà and titles, and Đại sứ', () => {
    expect(person('Đại sứ trước đây Anatoly Vernadin rời nhiệm sở.', vi, 'Vernadin').role).toBe('ambassador');
    const p = facts('Ông Lavrov hy vọng cuộc họp sẽ hiệu quả.', vi, 'person');
    expect(p.map((f) => (f.value as EntityValue).key)).toEqual([sk('Lavrov', 'en')]);
    expect(facts('Bà Nguyễn Thị Lan phát biểu tại hội nghị.', vi, 'person').map((f) => f.text)).toEqual(['Nguyễn Thị Lan']);
  });
  it('organizations and places share keys across scripts', () => {
    const keys = (text: string, ctx: FactContext, kind: FactKind): string[] => facts(text, ctx, kind).map((f) => (f.value as EntityValue).key);
    expect(keys('美國國務院發表聲明。', zhT, 'organization')).toEqual(['us-state-department']);
    expect(keys('Bộ Ngoại giao Mỹ cho hay.', vi, 'organization')).toEqual(['us-state-department']);
    expect(keys('The State Department said so.', en, 'organization')).toEqual(['us-state-department']);
    expect(keys('克里姆林宫发言人说。', zhS, 'organization')).toEqual(['kremlin']);
    expect(keys('Điện Kremlin cho biết.', vi, 'organization')).toEqual(['kremlin']);
    expect(keys('塔斯社报道。路透社报道。', zhS, 'organization')).toEqual(['tass', 'reuters']);
    // a city no list contains gets its sound sketch, the same in every script
    const istanbul = keys('雙方在土耳其伊斯坦布爾會談。', zhT, 'place');
    expect(istanbul[0]).toBe('turkey');
    expect(istanbul[1]).toMatch(/^@/);
    expect(keys('Hai bên gặp nhau tại Istanbul (Thổ Nhĩ Kỳ).', vi, 'place')).toEqual([istanbul[1], 'turkey']);
    expect(keys('会谈在利雅得德拉伊耶宫（Diriyah Palace）举行。', zhS, 'place')).toEqual(['riyadh', 'palace']);
    expect(keys('The talks were held at the Diriyah Palace in Riyadh.', en, 'place')).toEqual(['palace', 'riyadh']);
  });
  it('venues: the consul general’s residence in every language', () => {
    const key = (text: string, ctx: FactContext): string[] =>
      facts(text, ctx, 'place')
        .map((f) => (f.value as EntityValue).key)
        .filter((k) => k.includes('residence'));
    expect(key('雙方在美國駐伊斯坦布爾領事官邸進行會談。', zhT)).toEqual(['consul-general-residence']);
    expect(key('会议在伊斯坦布尔的美国总领事官邸举行。', zhS)).toEqual(['consul-general-residence']);
    expect(key('The talks were held at the U.S. consul general’s residence in Istanbul.', en)).toEqual(['consul-general-residence']);
  });
});

describe('quotes', () => {
  it('speaker and via: 援引 / dẫn lời / quoted', () => {
    const q1 = one('美國有線電視新聞網26日援引美國國務院一名發言人的話報道說，“烏克蘭問題不在議程中”。', zhT, 'quote');
    expect(q1.value).toEqual({ speaker: 'us-state-department/spokesperson', via: 'cnn' });
    expect(q1.qualifier).toBe('reported');
    const q2 = one('Hãng thông tấn TASS dẫn lời một người phát ngôn nhấn mạnh: "Chúng ta sẽ sớm biết kết quả".', vi, 'quote');
    expect(q2.value).toMatchObject({ speaker: 'spokesperson', via: 'tass' });
    const q3 = one('CNN quoted a State Department spokesperson as saying "Ukraine is not on the agenda."', en, 'quote');
    expect(q3.value).toEqual({ speaker: 'us-state-department/spokesperson', via: 'cnn' });
  });
  it('speaker before or after the quotation', () => {
    const lav = sk('Lavrov', 'en');
    expect(one('外长拉夫罗夫评价，此次会谈“非常有用”。', zhS, 'quote').value).toEqual({ speaker: lav } satisfies QuoteValue);
    expect(one('「我們會盡力而為，」馬羅夫說。', zhT, 'quote').value).toMatchObject({ speaker: sk('Marov', 'en') });
    expect(one('"We will do our best," Marov said.', en, 'quote').value).toMatchObject({ speaker: sk('Marov', 'en') });
    expect(one('Ông Lavrov nói: "Cuộc họp rất hữu ích".', vi, 'quote').value).toMatchObject({ speaker: lav });
  });
});

describe('reported qualifier', () => {
  it('据…报道 / theo / reportedly mark exact quantities as reported', () => {
    expect(one('据塔斯社报道，会谈持续了四小时。', zhS, 'duration').qualifier).toBe('reported');
    expect(one('Theo TASS, cuộc gặp kéo dài 4 giờ.', vi, 'duration').qualifier).toBe('reported');
    expect(one('The meeting reportedly lasted 4 hours.', en, 'duration').qualifier).toBe('reported');
  });
});

describe('role chains', () => {
  it('外交部长 is a role even after a country-specific ministry name', () => {
    expect(person('俄罗斯外交部长拉夫罗夫说。', zhS, '拉夫罗夫')).toMatchObject({ role: 'foreign-minister', country: 'russia' });
  });
  it('a generic ministry only becomes an organization key when the country is stated', () => {
    expect(person('外交部发言人扎哈罗娃说。', zhS, '扎哈罗娃').organization).toBeUndefined();
    expect(person('俄罗斯外交部发言人扎哈罗娃说。', zhS, '扎哈罗娃').organization).toBe('russia-mfa');
    expect(person('俄外交部发言人扎哈罗娃说。', zhS, '扎哈罗娃').organization).toBe('russia-mfa');
    expect(person('诺尔瓦尼亚外交部发言人扎哈罗娃说。', zhS, '扎哈罗娃').organization).toBeUndefined();
  });
});

describe('number edge cases', () => {
  it('English-style thousands in Vietnamese text, bare years are not counts', () => {
    expect(one('Khoảng 10,000 người đã tham gia.', vi, 'number').value).toEqual({ min: 10000, max: 10000, unit: 'people' });
    expect(facts('Tòa nhà được xây dựng từ 1870.', vi, 'number')).toEqual([]);
    expect(facts('The building dates from 1870.', en, 'number')).toEqual([]);
  });
});

describe('English and Vietnamese role phrases', () => {
  it('role after the name, with portfolio or department', () => {
    expect(person('The U.S. team was led by Olga Vesterlin, deputy assistant secretary of state for Russian and Central European affairs.', en, 'Vesterlin')).toMatchObject({
      role: 'deputy-assistant-secretary',
      portfolio: 'central-europe+russia',
    });
    expect(person('Alexander Parmintsev, head of the North America Department at the Russian Foreign Ministry, led the Russian side.', en, 'Parmintsev')).toMatchObject({
      role: 'department-director',
      organization: 'department:north-america',
    });
    expect(person('Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said so.', en, 'Zakharova')).toMatchObject({ role: 'spokesperson', organization: 'russia-mfa' });
  });
  it('role before the name in Vietnamese, with phụ trách portfolio and Vụ department', () => {
    expect(person('Phái đoàn Mỹ do Phó trợ lý Ngoại trưởng phụ trách Nga và Trung Âu Olga Vesterlin dẫn đầu.', vi, 'Vesterlin')).toMatchObject({
      role: 'deputy-assistant-secretary',
      portfolio: 'central-europe+russia',
    });
    expect(person('Phía Nga do Vụ trưởng Vụ Bắc Mỹ Alexander Parmintsev dẫn đầu.', vi, 'Parmintsev')).toMatchObject({ role: 'department-director', organization: 'department:north-america' });
    expect(person('Người phát ngôn Điện Kremlin Dmitry Peskov cho biết.', vi, 'Peskov')).toMatchObject({ role: 'spokesperson', organization: 'kremlin' });
    expect(person('Kremlin spokesman Dmitry Peskov said the talks were useful.', en, 'Peskov')).toMatchObject({ role: 'spokesperson', organization: 'kremlin' });
  });
});

describe('Chinese titles after the name', () => {
  it('奥斯特曼总统 and 拉夫罗夫外长 carry the title written after the name', () => {
    expect(person('外长奥斯特曼总统本人发表讲话。', zhS, '奥斯特曼').role).toBe('foreign-minister');
    expect(person('记者说，奥斯特曼总统本人发表讲话。', zhS, '奥斯特曼').role).toBe('president');
    expect(person('拉夫罗夫外长表示会谈有用。', zhS, '拉夫罗夫').role).toBe('foreign-minister');
    expect(person('总统助理乌沙科夫说。', zhS, '乌沙科夫').role).toBe('presidential-aide');
  });
});

describe('parenthesized originals', () => {
  it('a Latin name in parentheses after a Chinese name is not a second person', () => {
    const ps = facts('副助理国务卿索纳塔·库尔特（Sonata Coulter）率领代表团。', zhS, 'person');
    expect(ps.map((p) => p.text)).toEqual(['索纳塔·库尔特']);
    expect(facts('外长拉夫罗夫（Sergei Lavrov）说。', zhS, 'person').map((p) => p.text)).toEqual(['拉夫罗夫']);
  });
});

describe('other languages and spelling variants', () => {
  const ru: FactContext = { language: 'ru', published: PUB };
  it('Russian, French, Korean dates and durations', () => {
    expect(dates('Переговоры 27 февраля в Стамбуле продолжались более 6 часов.', ru)).toEqual(['2025-02-27']);
    expect(one('Переговоры 27 февраля в Стамбуле продолжались более 6 часов.', ru, 'duration').value).toEqual({ min: 6, max: null, unit: 'hour' });
    expect(one('Встреча продлится 5-6 часов.', ru, 'duration')).toMatchObject({ value: { min: 5, max: 6, unit: 'hour' }, qualifier: 'expected' });
    const fr: FactContext = { language: 'fr', published: PUB };
    expect(one('Les discussions du 27 février ont duré environ 6 heures et demie.', fr, 'duration')).toMatchObject({ value: { min: 6.5, max: 6.5, unit: 'hour' }, qualifier: 'approximate' });
    expect(dates('양측은 2월 27일 이스탄불에서 회담했다.', { language: 'ko', published: PUB })).toEqual(['2025-02-27']);
  });
  it('Cyrillic names and other Chinese spellings reach the known key', () => {
    expect(facts('Вчера министры Марко Рубио и Сергей Лавров встретились и обсудили работу посольств.', ru, 'person').map((p) => (p.value as EntityValue).key)).toEqual([sk('Rubio', 'en'), sk('Lavrov', 'en')]);
    expect(person('俄外长拉伏罗夫说。', zhS, sk('Lavrov', 'en')).role).toBe('foreign-minister');
    expect(person('德米特里·佩斯可夫说。', zhS, sk('Peskov', 'en'))).toBeDefined();
  });
});

describe('speakers without titles, signed documents, delegation sizes', () => {
  it('a bare surname before a speech verb is a person (zh and en)', () => {
    const zh = '「我們取得了進展，」奧斯洛夫會後表示。';
    const speaker = facts(zh, zhT, 'person');
    expect(speaker.map((x) => x.text)).toEqual(['奧斯洛夫']);
    expect(one(zh, zhT, 'quote').value).toEqual({ speaker: (speaker[0].value as EntityValue).key });
    const p = facts('"We made progress," Oslov told reporters.', en, 'person');
    expect(p.map((x) => x.text)).toEqual(['Oslov']);
    expect((p[0].value as EntityValue).key).toBe((facts('奥斯洛夫表示会谈有成果。', zhS, 'person')[0].value as EntityValue).key);
  });
  it('memorandums, văn kiện and 备忘录 are all counted as agreements; members as people', () => {
    expect(one('The two sides signed three memorandums.', en, 'number').value).toEqual({ min: 3, max: 3, unit: 'agreements' });
    expect(one('Hai bên đã ký ba văn kiện.', vi, 'number').value).toEqual({ min: 3, max: 3, unit: 'agreements' });
    expect(one('双方签署了三份谅解备忘录。', zhS, 'number').value).toEqual({ min: 3, max: 3, unit: 'agreements' });
    expect(one('They sent a 12-member delegation.', en, 'number').value).toEqual({ min: 12, max: 12, unit: 'people' });
    expect(one('Đoàn gồm 15 thành viên.', vi, 'number').value).toEqual({ min: 15, max: 15, unit: 'people' });
  });
  it('a country name right after a ministry is not a person', () => {
    expect(facts('Ông Kaspar Lind, Vụ trưởng Vụ Bắc Mỹ, Bộ Ngoại giao Norvania, phát biểu.', vi, 'person').map((x) => x.text)).toEqual(['Kaspar Lind']);
  });
  it('tháng 1 năm sau is January of next year, not one year later', () => {
    expect(dates('Các chuyến bay sẽ nối lại từ tháng 1 năm sau.', vi)).toEqual(['2026-01']);
  });
  it('without a publication date, the previous statement’s date anchors weekdays', () => {
    const out = extractDocumentFacts(['Published 14 October 2025.', 'The sides met on Tuesday after experts met on Monday.'], { language: 'en', published: null });
    expect(out[1].filter((f) => f.kind === 'date').map((f) => (f.value as DateValue).date)).toEqual(['2025-10-14', '2025-10-13']);
  });
});

describe('hotel venues', () => {
  it('a hotel is one venue type in every language, distinct from the consul general’s residence', () => {
    const venue = (text: string, ctx: FactContext): string[] =>
      facts(text, ctx, 'place')
        .map((f) => (f.value as EntityValue).key)
        .filter((k) => k === 'hotel' || k === 'consul-general-residence');
    expect(venue('会议在日内瓦天鹅酒店举行。', zhS)).toEqual(['hotel']);
    expect(facts('会谈在维也纳多瑙河畔一家酒店举行。', zhS, 'place').map((f) => [f.text, (f.value as EntityValue).key])).toEqual([
      ['维也纳', 'vienna'],
      ['酒店', 'hotel'],
    ]);
    expect(venue('They met at the Hotel des Cygnes in Geneva.', en)).toEqual(['hotel']);
    expect(venue('Cuộc họp diễn ra tại khách sạn Cygnes.', vi)).toEqual(['hotel']);
    expect(venue('The meeting took place at the residence of Norvania’s consul general in Geneva.', en)).toEqual(['consul-general-residence']);
  });
});

describe('department heads in English', () => {
  it('director-general of / head of the ministry’s … Department', () => {
    const a = facts('The other side was headed by Kaspar Lind, head of the foreign ministry’s North America Department.', en, 'person');
    expect(a.map((p) => p.text)).toEqual(['Kaspar Lind']);
    expect(a[0].value).toMatchObject({ role: 'department-director', organization: 'department:north-america' });
    const b = facts('The other side was headed by Kaspar Lind, director-general of the South Atlantic Department.', en, 'person');
    expect(b[0].value).toMatchObject({ role: 'department-director', organization: 'department:south-atlantic' });
    expect((a[0].value as EntityValue).key).toBe((b[0].value as EntityValue).key);
  });
});

describe('Chinese relative year with month', () => {
  it('明年1月 and 去年3月5日', () => {
    expect(dates('双方自明年1月起恢复直航。', zhS)).toEqual(['2026-01']);
    expect(dates('去年3月5日双方召回大使。', zhS)).toEqual(['2024-03-05']);
  });
  it('a speaker after 在会后', () => {
    expect(facts('马罗夫在会后表示，会谈是“建设性和坦诚的”。', zhS, 'person').map((p) => p.text)).toEqual(['马罗夫']);
  });
});

describe('taught name variants', () => {
  it('addForms makes a new spelling resolve to the taught key', async () => {
    const { addForms } = await import('../../../src/core/facts');
    addForms('orvan', 'person', 'Teodor Orvan', ['奥尔万', 'Orvan', 'Teodor Orvan']);
    expect(person('外长奥尔万表示。', zhS, 'orvan').role).toBe('foreign-minister');
    expect(person('Foreign Minister Teodor Orvan said so.', en, 'orvan').role).toBe('foreign-minister');
  });
});
