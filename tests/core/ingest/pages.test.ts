// Main text of web pages and page chrome in plain-text captures, one test per cause of lost or leaked text.
// Every page here is invented (outlets, people and places included), in en, ru, vi, zh-Hans, zh-Hant and pt markup.
import { describe, it, expect } from 'vitest';
import { ingestText } from '../../../src/core/ingest/index';

const one = (path: string, s: string) => ingestText(path, s)[0];
const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const para = (s: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${s.replace('#', String(i + 1))}</p>`).join('\n');

describe('html main text', () => {
  it('scores loose text inside a section, so the footer does not win (en)', () => {
    const loose = [
      'The harbour authority of Velmora said on Monday that the new ferry schedule adds two crossings a day.',
      'Fares stay unchanged until the end of the year, according to the operator, which runs four boats.',
      'Commuters from the northern islands had asked for an earlier morning departure for several years.',
      'A second pier, built with money from the regional fund, will open in June, officials added.',
      'The union of ferry workers welcomed the plan but warned that crews would need more rest time.',
      'Velmora’s council will review the timetable after the summer season, a spokeswoman said.',
    ]
      .map((x) => `${x}<br><br>\n`)
      .join('');
    const html = page(
      'en',
      `<h1>Velmora adds ferry crossings</h1><section class="story-page">${loose}</section>
       <div class="site-info"><p>Velmora Daily Courier is published by the Courier Group, registered in the harbour district, with offices in three towns and a printing plant.</p></div>`,
    );
    const d = one('a.html', html);
    expect(d.text).toContain('The harbour authority of Velmora said on Monday');
    expect(d.text).toContain('will review the timetable after the summer season');
    expect(d.text).not.toContain('printing plant');
  });

  it('never scores paragraphs inside a removed aside, nav or footer (ru)', () => {
    const side = para('Колонка № #: обозреватель Игнат Суворин рассуждает о погоде, ценах на рынке, новых сериалах, пробках и футболе, как обычно.', 8);
    const html = page(
      'ru',
      `<h1>Совет города Лесогорска утвердил бюджет</h1>
       <aside><div class="col">${side}</div></aside>
       <div>${para('Депутаты Лесогорска утвердили бюджет на следующий год, пункт #, сообщила пресс-служба совета в четверг.', 3)}</div>`,
    );
    const d = one('b.html', html);
    expect(d.text).toContain('Депутаты Лесогорска утвердили бюджет');
    expect(d.text).not.toContain('Игнат Суворин');
  });

  it('does not let a date line pull its container ahead of the article (vi)', () => {
    const html = page(
      'vi',
      `<div class="top">${Array.from({ length: 12 }, (_, i) => `<div class="stamp">Thứ Hai, 1${i % 9}/03/2026 08:1${i % 9} (GMT+7)</div>`).join('')}</div>
       <div class="noi-dung">${para('Chính quyền tỉnh Hà Lâm cho biết cây cầu mới số # sẽ thông xe vào cuối tháng, sau hai năm thi công.', 3)}</div>`,
    );
    const d = one('c.html', html);
    expect(d.text).toContain('Chính quyền tỉnh Hà Lâm cho biết cây cầu mới số 1');
    expect(d.text).toContain('số 3 sẽ thông xe');
  });

  it('reads furniture class names in other languages (pt rodape, publicidade) as furniture (zh-Hans page)', () => {
    const html = page(
      'zh-CN',
      `<h1>青川市开通第二条地铁线</h1>
       <div class="materia">${para('青川市交通局周三表示，第二条地铁线第#段已经开通，全程约二十公里，设有十四座车站，每天运营十八个小时。', 3)}</div>
       <div class="rodape">${para('本站所有内容均由青川晚报编辑部整理，欢迎读者来信，地址为青川市文化路一号，邮编为一二三四五六，电话为一二三四五六七八。#', 4)}</div>
       <div class="publicidade">${para('限时优惠：青川百货全场商品八折，会员再享九五折，活动截止到本月底，详情请咨询各门店服务台或者拨打热线电话#。', 4)}</div>`,
    );
    const d = one('d.html', html);
    expect(d.text).toContain('青川市交通局周三表示');
    expect(d.text).not.toContain('编辑部整理');
    expect(d.text).not.toContain('限时优惠');
  });

  it('keeps a data table row by row, numbers included (zh-Hant)', () => {
    const rows = [
      ['名次', '隊伍', '勝', '負'],
      ['1', '北港藍鯨', '12', '3'],
      ['2', '南嶺獵鷹', '11', '4'],
      ['3', '東灣海燕', '9', '6'],
      ['4', '西岸雷霆', '7', '8'],
    ];
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = page(
      'zh-Hant',
      `<h1>島嶼籃球聯賽例行賽結束</h1><div class="article-body">${para('島嶼籃球聯賽例行賽週日落幕，北港藍鯨以十二勝三負排名第一，季後賽將於下週六開打，第#場在北港體育館舉行。', 2)}${table}</div>`,
    );
    const d = one('e.html', html);
    expect(d.text).toContain('1 北港藍鯨 12 3');
    expect(d.text).toContain('4 西岸雷霆 7 8');
  });

  it('merges an article split across several containers (en)', () => {
    const parts = [
      [
        'Engineers at the Orlin Valley dam said on Friday that the spillway repairs, delayed by floods, would finish in April.',
        'The contractor has brought in a second crane, and crews now work in two shifts, the regional water board said.',
        'Farmers downstream, who lost part of last year’s harvest, asked for compensation from the state budget.',
      ],
      [
        'The dam, built in the 1960s, holds water for about forty thousand households in three districts.',
        'Inspectors found cracks in the concrete of the lower gallery in the autumn, prompting the emergency works.',
        'A report by the national safety agency, due next month, will say whether the old turbines can stay.',
      ],
      [
        'Local fishermen complained that the lowered reservoir had cut their catch by half since the winter.',
        'The board promised to refill the reservoir gradually once the new gates are tested under full load.',
        'Residents can follow the progress of the works at a public meeting in the town hall every Thursday.',
      ],
    ];
    const chunk = (k: number) =>
      `<div class="body-chunk">${parts[k].map((x) => `<p>${x}</p>`).join('')}</div><div class="inline-promo"><a href="/x">Read more</a></div>`;
    const html = page('en', `<h1>Orlin Valley dam repairs</h1><div class="wrapper">${chunk(0)}${chunk(1)}${chunk(2)}</div>`);
    const d = one('f.html', html);
    for (const k of [0, 1, 2]) for (const x of parts[k]) expect(d.text).toContain(x);
  });

  it('collapses line breaks in the source the way a browser renders them (en, zh-Hans)', () => {
    const en = one(
      'g.html',
      page('en', `<h1>Mayor speaks</h1><article><p>The mayor of Tarnfield said on\n   Tuesday that the bridge would reopen, and the council agreed.</p>${para('Traffic in Tarnfield will be diverted for # weeks, the council said in a statement.', 3)}</article>`),
    );
    expect(en.text).toContain('said on Tuesday that the bridge');
    const zh = one(
      'h.html',
      page('zh-CN', `<h1>云岭公司发布新品</h1><article><p>云岭科技公司\n   在2026年发布了新款手机，公司表示，新机将在十个城市同步上市，售价维持不变。</p>${para('云岭科技公司表示，第#批新机已经运抵各地门店，预计周末开售。', 3)}</article>`),
    );
    expect(zh.text).toContain('云岭科技公司在2026年发布了新款手机');
  });
});

describe('plain-text captures', () => {
  it('drops a bulleted list of link titles and its short heading, keeps a list of statements (zh-Hans)', () => {
    const txt = [
      '河谷县举办第三届茶叶节',
      '',
      '河谷县政府周六表示，第三届茶叶节吸引了约两万名游客，当地茶农的销售额比去年增加了三成。',
      '',
      '县长表示：',
      '- 明年将扩大茶园面积。',
      '- 县里将修建一条新的公路。',
      '- 茶叶节将改为每年两次。',
      '- 游客中心将在秋季开放。',
      '',
      '看看别的',
      '- 某明星的新造型',
      '- 十个你不知道的小技巧',
      '- 周末去哪儿玩',
      '- 今日热图合集',
      '- 网友热议的一件小事',
    ].join('\n');
    const d = one('i.txt', txt);
    expect(d.text).toContain('明年将扩大茶园面积');
    expect(d.text).toContain('游客中心将在秋季开放');
    expect(d.text).not.toContain('看看别的');
    expect(d.text).not.toContain('十个你不知道的小技巧');
  });

  it('drops page chrome after the last paragraph, keeps a short closing statement (en, vi, ru)', () => {
    const en = one(
      'j.txt',
      'Velmora ferry adds crossings\n\nThe harbour authority of Velmora said on Monday that the ferry schedule adds two crossings a day.\n\nTalks resume Friday.\n\nEdit post\n\nAll Newsletters Arrow right\n\nShop Now\n\nWATCH DOCUMENTARY',
    );
    expect(en.text).toContain('Talks resume Friday.');
    for (const x of ['Edit post', 'All Newsletters', 'Shop Now', 'WATCH DOCUMENTARY']) expect(en.text).not.toContain(x);
    const vi = one('k.txt', 'Cầu Hà Lâm thông xe\n\nChính quyền tỉnh Hà Lâm cho biết cây cầu mới đã thông xe sáng thứ Năm, sau hai năm thi công.\n\nTải ứng dụng\n\nĐăng nhập');
    expect(vi.text).toContain('Chính quyền tỉnh Hà Lâm');
    expect(vi.text).not.toContain('Tải ứng dụng');
    const ru = one('l.txt', 'Мост открыт\n\nМост через реку Лесная в Лесогорске открыли в четверг после двух лет строительства, сообщили в мэрии.\n\nПодписаться на рассылку\n\nВойти');
    expect(ru.text).toContain('Мост через реку Лесная');
    expect(ru.text).not.toContain('Подписаться на рассылку');
  });
});
