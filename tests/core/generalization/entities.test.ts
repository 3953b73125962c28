// Generalization: people, departments, venues and cities that no data file contains, in every supported language.
// Every name below is invented for this test; the facts must come from patterns, not lists.
import { describe, expect, it } from 'vitest';
import { extractFacts, type FactContext, type PersonValue } from '../../../src/core/facts';
import { gazetteer } from '../../../src/core/facts/gazetteer';
import type { EntityValue, Fact, FactKind } from '../../../src/core/model';

const PUB = '2025-03-13';
const ctx = (language: string): FactContext => ({ language, published: PUB });
const facts = (text: string, language: string, kind?: FactKind): Fact[] => {
  const all = extractFacts(text, ctx(language));
  for (const f of all) expect(text.slice(f.start, f.end)).toBe(f.text);
  return kind ? all.filter((f) => f.kind === kind) : all;
};
const persons = (text: string, language: string): PersonValue[] => facts(text, language, 'person').map((f) => f.value as PersonValue);
const person = (text: string, language: string): PersonValue => {
  const ps = persons(text, language);
  expect(ps.length, `one person in ${text}: ${JSON.stringify(ps)}`).toBe(1);
  return ps[0];
};
const places = (text: string, language: string): EntityValue[] => facts(text, language, 'place').map((f) => f.value as EntityValue);

describe('the invented names are in no data file', () => {
  it('the gazetteer knows none of them', () => {
    for (const w of ['Parmintsev', '帕尔明采夫', 'Varnholm', 'Kelmarsk', '凯尔马斯克', 'Кельмарск', 'Dravenhof', 'Nguyễn Văn Khoa', 'Solvejg Aarmo'])
      expect(gazetteer().scan(w, new Set(['person', 'city', 'place', 'dept'])).length, w).toBe(0);
  });
});

describe('a person with title and department, the same key in every script', () => {
  const cases: [string, string][] = [
    ['zh-Hans', '凯斯特里亚代表团由外交部南太平洋司司长维克托·帕尔明采夫率领。'],
    ['zh-Hant', '凱斯特里亞代表團由外交部南太平洋司司長維克托·帕爾明采夫率領。'],
    ['en', 'The Kestrian side was led by Viktor Parmintsev, director of the South Pacific Department.'],
    ['en', 'Director of the South Pacific Department Viktor Parmintsev opened the talks.'],
    ['vi', 'Phái đoàn Kestria do Vụ trưởng Vụ Nam Thái Bình Dương Viktor Parmintsev dẫn đầu.'],
    ['ru', 'Делегацию возглавил директор департамента южной части Тихого океана Виктор Парминцев.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const p = person(text, language);
    expect(p).toMatchObject({ role: 'department-director', organization: 'department:south-pacific' });
    expect(p.orgUnit).toEqual({ type: 'department', qualifier: 'south-pacific' });
    expect(p.key).toBe(person(cases[0][1], cases[0][0]).key);
  });

  it('two different departments never share a key', () => {
    const org = (text: string, language: string) => person(text, language).organization;
    expect(org('外交部南太平洋司司长帕尔明采夫说。', 'zh-Hans')).not.toBe(org('外交部南大西洋司司长帕尔明采夫说。', 'zh-Hans'));
    expect(org('外交部第二欧洲司司长帕尔明采夫说。', 'zh-Hans')).toBe('department:2-europe');
    expect(org('外交部第三欧洲司司长帕尔明采夫说。', 'zh-Hans')).toBe('department:3-europe');
    expect(org('Ilse Varnholm, head of the North Atlantic Department, said so.', 'en')).toBe('department:north-atlantic');
    expect(org('Ilse Varnholm, head of the North America Department, said so.', 'en')).toBe('department:north-america');
    expect(org('Ilse Varnholm, head of the Second European Department, said so.', 'en')).toBe('department:2-europe');
  });

  it('departments no vocabulary knows still get distinct keys, and an affairs bureau is an organisation', () => {
    const a = person('Director of the Arctic Affairs Department Ilse Varnholm said the talks were useful.', 'en');
    expect(a).toMatchObject({ role: 'department-director', organization: 'department:arctic' });
    expect(person('北极事务司司长伊尔莎·瓦恩霍尔姆说。', 'zh-Hans').organization).toBe('department:arctic');
    const b = person('Solvejg Aarmo, director of the Dravenhof Fisheries Department, said so.', 'en');
    const c = person('Solvejg Aarmo, director of the Kelmar Fisheries Department, said so.', 'en');
    expect(b.organization).toMatch(/^department:/);
    expect(b.organization).not.toBe(c.organization);
    const orgs = facts('The Oceanian Affairs Bureau said the visit would go ahead.', 'en');
    expect(orgs.filter((f) => f.kind === 'person')).toEqual([]);
    expect(orgs.find((f) => f.kind === 'organization')?.value).toMatchObject({ key: 'bureau:oceania' });
  });

  it('Vietnamese and Russian titles before names: Vụ trưởng Vụ Đông Nam Á, Thứ trưởng, замминистра', () => {
    const vi = person('Vụ trưởng Vụ Đông Nam Á Nguyễn Văn Khoa cho biết hai bên đã đạt đồng thuận.', 'vi');
    expect(vi).toMatchObject({ role: 'department-director', organization: 'department:south-east-asia' });
    expect(person('外交部东南亚司司长帕尔明采夫表示欢迎。', 'zh-Hans').organization).toBe('department:south-east-asia');
    expect(person('Ilse Varnholm, director of the Southeast Asia Department, said so.', 'en').organization).toBe('department:south-east-asia');
    expect(person('Thứ trưởng Ngoại giao Trần Minh Đạt phát biểu khai mạc.', 'vi').role).toBe('deputy-foreign-minister');
    expect(person('Замминистра иностранных дел Олег Сварницкий заявил, что встреча была полезной.', 'ru').role).toBe('deputy-foreign-minister');
  });

  it('a portfolio stated with the title makes the title more precise', () => {
    const full = person('美方代表团由负责北极和北欧事务的副助理国务卿韦斯特林率领。', 'zh-Hans');
    const bare = person('美方代表团由副助理国务卿韦斯特林率领。', 'zh-Hans');
    expect(full.role).toBe(bare.role);
    expect(full.portfolio).toBeDefined();
    expect(bare.portfolio).toBeUndefined();
    // a portfolio no list knows is kept by its words, so two portfolios still differ
    const a = person('负责凯斯特里亚和诺尔瓦尼亚事务的副助理国务卿韦斯特林说。', 'zh-Hans').portfolio;
    const b = person('负责凯斯特里亚事务的副助理国务卿韦斯特林说。', 'zh-Hans').portfolio;
    expect(a).toBe('凯斯特里亚+诺尔瓦尼亚');
    expect(b).toBe('凯斯特里亚');
  });

  it('spokespersons speak through speech verbs in every language', () => {
    expect(persons('「談判是建設性的，」達倫科夫會後表示。', 'zh-Hant').length).toBe(1);
    expect(persons('"The talks were constructive," Darenkov told reporters.', 'en').length).toBe(1);
    expect(persons('"The talks were constructive," Darenkov told reporters.', 'en')[0].key).toBe(persons('达伦科夫表示会谈是建设性的。', 'zh-Hans')[0].key);
  });
});

describe('quote speakers from each language’s speech verbs', () => {
  it('заявил, cho biết, 表示, said', () => {
    const speaker = (text: string, language: string) => (facts(text, language, 'quote')[0]?.value as { speaker?: string } | undefined)?.speaker;
    const key = persons('达伦科夫表示会谈是建设性的。', 'zh-Hans')[0].key;
    expect(speaker('«Мы добились прогресса», — заявил Даренков журналистам.', 'ru')).toBe(key);
    expect(speaker('"Chúng tôi đã đạt tiến bộ", ông Darenkov cho biết.', 'vi')).toBe(key);
    expect(speaker('“我们取得了进展，”达伦科夫表示。', 'zh-Hans')).toBe(key);
    expect(speaker('"We made progress," Darenkov said.', 'en')).toBe(key);
  });
});

describe('false positives', () => {
  it('blues music and a Markov chain are not people; common words after a title are not names', () => {
    expect(persons('他喜欢布鲁斯音乐，也研究马尔科夫链。', 'zh-Hans')).toEqual([]);
    expect(persons('发言人布鲁斯音乐会的门票已售罄。', 'zh-Hans')).toEqual([]);
    expect(persons('The spokesperson said the Committee would meet.', 'en')).toEqual([]);
    expect(persons('The Ambassador Hotel was full.', 'en')).toEqual([]);
  });
});

describe('venues as a class', () => {
  const venues = (text: string, language: string) => places(text, language).filter((v) => v.venue).map((v) => v.key);
  it.each([
    ['zh-Hans', '会谈在凯斯特里亚驻诺尔瓦尼亚大使馆举行。', 'embassy'],
    ['en', 'The talks were held at the Kestrian embassy.', 'embassy'],
    ['vi', 'Cuộc gặp diễn ra tại Đại sứ quán Kestria.', 'embassy'],
    ['ru', 'Переговоры прошли в посольстве Кестрии.', 'embassy'],
    ['zh-Hans', '双方在凯斯特里亚驻凯尔马斯克总领事官邸会面。', 'consul-general-residence'],
    ['en', 'They met at the Kestrian consul general’s residence.', 'consul-general-residence'],
    ['vi', 'Họ gặp nhau tại dinh thự của Tổng lãnh sự Kestria.', 'consul-general-residence'],
    ['zh-Hans', '会谈在大使官邸举行。', 'ambassador-residence'],
    ['en', 'Dinner was served at the ambassador’s residence.', 'ambassador-residence'],
    ['zh-Hans', '会谈在德拉文霍夫宫举行。', 'palace'],
    ['en', 'The talks were held at the Dravenhof Palace.', 'palace'],
    ['vi', 'Hội đàm diễn ra tại Cung điện Dravenhof.', 'palace'],
    ['ru', 'Встреча прошла во дворце Дравенхоф.', 'palace'],
    ['zh-Hans', '双方在湖畔酒店会谈。', 'hotel'],
    ['ru', 'Делегации поселились в гостинице «Северная».', 'hotel'],
    ['zh-Hans', '会议在凯尔马斯克国际会议中心举行。', 'conference-centre'],
    ['en', 'The forum opened at the Kelmarsk Convention Center.', 'conference-centre'],
    ['vi', 'Hội nghị khai mạc tại Trung tâm Hội nghị Kelmarsk.', 'conference-centre'],
  ])('%s: %s → %s', (language, text, key) => {
    expect(venues(text, language)).toContain(key);
  });
  it('the owner country is kept when a list knows it', () => {
    const owner = (text: string, language: string) => (places(text, language).find((x) => x.venue) as EntityValue & { country?: string }).country;
    expect(owner('The talks were held at the Russian embassy.', 'en')).toBe('russia');
    expect(owner('Cuộc gặp diễn ra tại Đại sứ quán Nga.', 'vi')).toBe('russia');
    expect(owner('会谈在俄罗斯驻凯尔马斯克大使馆举行。', 'zh-Hans')).toBe('russia');
    expect(owner('The talks were held at the embassy.', 'en')).toBeUndefined();
  });
});

describe('places from context, matched across scripts by their sound', () => {
  const cityKey = (text: string, language: string): string | undefined => places(text, language).find((v) => v.key.startsWith('@'))?.key;
  it('an invented city gets one key in Chinese, English, Russian and Vietnamese', () => {
    const zh = cityKey('双方在凯尔马斯克举行会谈。', 'zh-Hans');
    expect(zh).toBeDefined();
    expect(cityKey('雙方在凱爾馬斯克舉行會談。', 'zh-Hant')).toBe(zh);
    expect(cityKey('The two sides met in Kelmarsk on Tuesday.', 'en')).toBe(zh);
    expect(cityKey('Стороны встретились в Кельмарске во вторник.', 'ru')).toBe(zh);
    expect(cityKey('Hai bên đã gặp nhau tại Kelmarsk hôm thứ Ba.', 'vi')).toBe(zh);
  });
  it('a city after its country, and two different cities get different keys', () => {
    expect(cityKey('代表团抵达诺尔瓦尼亚的维斯特堡。', 'zh-Hans')).not.toBe(cityKey('双方在凯尔马斯克举行会谈。', 'zh-Hans'));
    expect(cityKey('会谈在土耳其伊斯坦布尔举行。', 'zh-Hans')).toBe(cityKey('The talks took place in Istanbul.', 'en'));
    expect(cityKey('The two sides met in Dravenhof.', 'en')).not.toBe(cityKey('The two sides met in Kelmarsk.', 'en'));
  });
  it('a listed city keeps its key when Russian inflects it', () => {
    expect(places('Переговоры прошли в Москве.', 'ru').map((v) => v.key)).toContain('moscow');
    expect(places('Об этом сообщили в Кремле.', 'ru')).toEqual([]);
    expect(places('He joined a start-up in Kelmarsk after years at Dravenhof.', 'en').map((v) => v.name)).toEqual(['Kelmarsk']);
  });
});
