// Core ingest on small hand-made inputs: artifacts, noise rules, metadata, encodings, offsets.
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { ingestBytes, ingestText, detectFormat, sourceId } from '../../../src/core/ingest/index';
import { parseDate } from '../../../src/core/ingest/dates';
import { detectLanguage } from '../../../src/core/ingest/lang';
import { decodeBytes } from '../../../src/core/ingest/decode';
import { toOriginal } from '../../../src/core/offsets';

const enc = (s: string) => new TextEncoder().encode(s);
const one = (path: string, s: string) => ingestText(path, s)[0];

describe('conversion artifacts', () => {
  it('removes converter pinyin after Han characters but keeps real parentheses', () => {
    const d = one(
      'a.txt',
      '兩國(guó)代表團(tuán)在會(huì)談中(據報道)同意,德拉伊耶宫(Diriyah Palace)舉行(ARD)會談。此次會(huì)談持續約五小時,雙方同意繼續對話。',
    );
    expect(d.text).toContain('兩國代表團在會談中(據報道)同意');
    expect(d.text).toContain('(Diriyah Palace)');
    expect(d.text).toContain('(ARD)');
    expect(d.diagnostics.find((x) => x.code === 'artifacts-removed')?.message).toMatch(/pinyin/);
  });

  it('repairs GBK byte-pairing garbles left by converters', () => {
    const d = one('a.txt', '當(dāng)?shù)貢r(shí)間周五晚,兩國(guó)代表團(tuán)結束會(huì)談。新聞?lì)l道報道了此事,雙方同意繼續對話。');
    expect(d.text).toContain('當地時間周五晚');
    expect(d.text).toContain('新聞頻道');
  });

  it('removes stray replacement marks', () => {
    const d = one('a.txt', '双方正通过相关渠道就恢复该巡查工作\ufffd\n\n会谈持续了五个小时，双方同意继续对话。');
    expect(d.text).not.toContain('\ufffd');
    expect(d.text).toContain('恢复该巡查工作');
  });
});

describe('page noise', () => {
  it('drops spam keyword lines, breadcrumbs, related lists, widgets and disclaimers; keeps headline and body', () => {
    const src = [
      '国产精品在线视频_亚洲无码专区_日韩高清免费观看',
      '',
      '首页 > 国际 > 正文',
      '',
      '两国代表团结束会谈',
      '',
      '2025-03-01 10:20:30',
      '',
      '来源：示例网',
      '',
      '分享至',
      '',
      '示例社日内瓦3月1日电 两国代表团1日在日内瓦结束会谈，会谈持续约五个小时。',
      '',
      '双方表示，将在下周继续就签证问题进行磋商，具体日期待定。',
      '',
      '相关推荐',
      '某明星又上热搜，网友炸了',
      '2025-03-01 09:00:00',
      '另一条无关新闻标题在这里',
      '',
      '免责声明：本文仅代表作者观点，与本网站无关。',
    ].join('\n');
    const d = one('n.txt', src);
    expect(d.title).toBe('两国代表团结束会谈');
    expect(d.text.split('\n\n')).toEqual([
      '两国代表团结束会谈',
      '示例社日内瓦3月1日电 两国代表团1日在日内瓦结束会谈，会谈持续约五个小时。',
      '双方表示，将在下周继续就签证问题进行磋商，具体日期待定。',
    ]);
    expect(d.published).toBe('2025-03-01T10:20:30');
    expect(d.outlet).toBe('示例网');
    expect(d.dateline).toBe('日内瓦');
    expect(d.language).toBe('zh-Hans');
    expect(d.diagnostics.map((x) => x.code)).toContain('noise-removed');
  });

  it('reads time and source stated on one line', () => {
    const d = one(
      't.txt',
      '两国代表团结束会谈\n\n2025-03-01 10:20  来源：示例日报  作者：某某\n\n两国代表团1日在日内瓦结束会谈，会谈持续约五个小时。',
    );
    expect(d.published).toBe('2025-03-01T10:20');
    expect(d.outlet).toBe('示例日报');
    expect(d.text).not.toContain('来源');
  });

  it('resumes the article after a short related block in the middle, but not after teaser lists', () => {
    const src = [
      'Hai bên kết thúc cuộc gặp tại Geneva',
      '',
      'Cuộc gặp giữa hai phái đoàn kéo dài năm giờ đồng hồ, theo các quan chức cho biết.',
      '',
      'Tin liên quan',
      'Một tiêu đề liên quan không phải nội dung',
      'Một tiêu đề liên quan không phải nội dung',
      '',
      'Người phát ngôn cho biết hai bên sẽ tiếp tục thảo luận vào tuần tới tại thủ đô.',
      '',
      'Có thể bạn quan tâm',
      'Tiêu đề bài khác: chuyện gì đã xảy ra; ai là người chịu trách nhiệm cho việc này',
      '10:00 01/03/2025',
      'Một đoạn tóm tắt dài của bài khác, không phải là nội dung của bài báo này.',
    ].join('\n');
    const d = one('v.txt', src);
    expect(d.text).toContain('tiếp tục thảo luận vào tuần tới');
    expect(d.text).not.toContain('tiêu đề liên quan');
    expect(d.text).not.toContain('bài khác');
    expect(d.language).toBe('vi');
  });

  it('drops a repeated lead paragraph and a repeated headline', () => {
    const src = [
      'Talks end without a statement',
      '',
      'Both sides agreed to meet again, the envoy said the talks were useful.',
      '',
      'Talks end without a statement',
      '',
      'GENEVA, March 1 (Wire) - Delegations met for five hours on Saturday, officials said.',
      '',
      'Both sides agreed to meet again, a spokesperson said after the meeting.',
      '',
      'Later the envoy said the talks were useful, according to a statement.',
    ].join('\n');
    const d = one('e.txt', src);
    expect(d.text.split('\n\n')).toHaveLength(4);
    expect(d.dateline).toBe('Geneva');
    expect(d.language).toBe('en');
  });
});

describe('more page furniture', () => {
  it('drops see-also links, prev/next links, tag lines, promos and menus in several languages', () => {
    const src = [
      'Home News Business Technology Science Health Sports',
      '',
      'Envoys meet for five hours',
      '',
      'Delegations from both countries met for five hours on Thursday, officials said.',
      '',
      'Read more: Another headline about something else',
      '',
      '相关阅读：另一条标题在这里',
      '',
      'Xem thêm: Một tiêu đề khác',
      '',
      'Читайте также: Другая новость',
      '',
      'The talks will resume next week, a spokesperson said.',
      '',
      'Tags: diplomacy, talks',
      '',
      'Follow us on Google News for the latest updates',
      '',
      'We use cookies to improve your experience. Accept cookies',
      '',
      '下一篇：另一篇文章的标题',
      '',
      '1.2K views',
      '',
      '2 giờ trước',
      '',
      'Photo https://cdn.example.com/a/b.jpg?w=800 shows the venue.',
      '',
      'Comments (12)',
      'What a great article, thanks!',
      'I disagree with the premise of this piece entirely.',
      '',
      '家居',
      '健康',
      '时尚',
      '房产',
    ].join('\n');
    const d = one('m.txt', src);
    expect(d.text.split('\n\n')).toEqual([
      'Envoys meet for five hours',
      'Delegations from both countries met for five hours on Thursday, officials said.',
      'The talks will resume next week, a spokesperson said.',
      'Photo shows the venue.',
    ]);
  });
});

describe('html', () => {
  it('picks the main content with a readability-style scorer and reads metadata', () => {
    const html = `<!doctype html><html lang="en"><head><title>Envoys meet | Example Times</title>
      <meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2025-02-27T16:19:43+00:00">
      <link rel="canonical" href="https://example.com/envoys"></head><body>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <div class="share">Share <a>Facebook</a> <a>Twitter</a></div>
      <article class="article-body"><h1>Envoys meet for five hours</h1>
      <figure><img src="https://img.example.com/a.jpg"><figcaption>Delegates arrive at the residence on Thursday.</figcaption></figure>
      <p>ISTANBUL — Envoys from both countries met for five hours on Thursday, officials said, in the first test of their thaw.</p>
      <p>The talks covered staffing, visas and banking, a spokesperson said &amp; added that Ukraine was not on the agenda.</p>
      </article>
      <aside class="related"><h3>Most read</h3><ul><li><a href="/x">Unrelated story about sports</a></li></ul></aside>
      <footer>© 2025 Example Times. All rights reserved.</footer></body></html>`;
    const d = one('page.html', html);
    expect(d.format).toBe('html');
    expect(d.title).toBe('Envoys meet for five hours');
    expect(d.outlet).toBe('Example Times');
    expect(d.url).toBe('https://example.com/envoys');
    expect(d.published).toBe('2025-02-27T16:19:43+00:00');
    expect(d.text).toContain('Delegates arrive at the residence on Thursday.');
    expect(d.text).toContain('banking, a spokesperson said & added');
    expect(d.text).not.toMatch(/Unrelated|Facebook|All rights reserved|img\.example/);
    expect(d.dateline).toBe('Istanbul');
    // offsets: the caption maps back to its place in the HTML source
    const at = d.text.indexOf('Delegates arrive');
    expect(html.slice(toOriginal(d.offsets, at), toOriginal(d.offsets, at) + 16)).toBe('Delegates arrive');
  });

  it('reads a portal page: time and source above the content, editor line, related and hot lists, footer', () => {
    const d = one('portal.html', PORTAL);
    expect(d.title).toBe('俄美代表团在伊斯坦布尔举行会谈');
    expect(d.published).toBe('2025-02-28T20:18:06');
    expect(d.outlet).toBe('新华网');
    expect(d.dateline).toBe('北京');
    expect(d.text).toContain('会谈现场。新华社记者 张三 摄');
    expect(d.text).toContain('希望此次会谈成为一系列专家级磋商的第一步。');
    expect(d.text).not.toMatch(/责任编辑|另一条新闻|热点|版权所有|首页|分享到|not content/);
  });

  it('reads a wire page: JSON-LD, bylines and credits dropped, caption kept', () => {
    const d = one('wire.html', WIRE);
    expect(d.published).toBe('2025-02-27T16:19:43Z');
    expect(d.outlet).toBe('Reuters');
    expect(d.text).toContain('REUTERS/Someone');
    expect(d.text).not.toMatch(/By Jane Doe|Reporting by|Advertisement|Some other story|All rights reserved/);
  });

  it('survives pages that never close their elements and very long files', () => {
    const html =
      '<html><body><article><h1>Deep page</h1>' +
      '<font>'.repeat(20000) +
      '<p>Delegations met in Geneva for five hours on Saturday, officials said.</p>' +
      '<div>'.repeat(5000) +
      'The bottom of a broken page, officials said.</body></html>';
    const d = one('deep.html', html);
    expect(d.text).toContain('Delegations met in Geneva for five hours on Saturday, officials said.');
    expect(d.text).toContain('The bottom of a broken page, officials said.');
    const many = Array.from({ length: 150000 }, (_, i) => `Paragraph ${i} of a long file says the talks went on, officials said.`).join(
      '\n\n',
    );
    const big = one('big.txt', many);
    expect(big.diagnostics.map((x) => x.code)).not.toContain('parse-error');
    expect(big.text).toContain('Paragraph 149999 of a long file');
  });

  it('handles plain text with embedded HTML fragments', () => {
    const src =
      '[Headline of the story](https://news.example.org/a/1.html)\n------\n\n<div><i>Thu, 27 Feb 2025 16:19:43 GMT</i></div><img src="https://images.example.net?url=x.jpg"><div><small>A photo caption.</small></div><p>First paragraph of the body, with details.<br /><br />Second paragraph of the body (with a<br />) line break.</p>';
    const d = one('frag.txt', src);
    expect(d.format).toBe('text+html');
    expect(d.title).toBe('Headline of the story');
    expect(d.url).toBe('https://news.example.org/a/1.html');
    expect(d.published).toBe('2025-02-27T16:19:43Z');
    expect(d.text.split('\n\n')).toEqual([
      'Headline of the story',
      'A photo caption.',
      'First paragraph of the body, with details.',
      'Second paragraph of the body (with a) line break.',
    ]);
  });
});

describe('encodings and formats', () => {
  it('detects BOM, GB18030, Big5 and mojibake', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('abc')])).text).toBe('abc');
    expect(decodeBytes(iconv.encode('俄罗斯与美国代表团在伊斯坦布尔举行会谈，会谈持续约六个半小时。', 'gb18030')).encoding).toBe('GB18030');
    expect(decodeBytes(iconv.encode('俄羅斯與美國代表團在伊斯坦布爾舉行會談，會談持續約六個半小時。', 'big5')).encoding).toBe('Big5');
    const moj = iconv.decode(Buffer.from('Thành phố Nẵng, São Paulo, café, naïve — “quoted”', 'utf8'), 'windows-1252');
    const r = decodeBytes(enc(moj));
    expect(r.text).toBe('Thành phố Nẵng, São Paulo, café, naïve — “quoted”');
    expect(r.diagnostics.map((x) => x.code)).toContain('mojibake-repaired');
  });

  it.each([
    [
      'windows-1251',
      'Делегации России и США встретились в Стамбуле в четверг. Переговоры продолжались около шести часов, сообщили официальные лица.',
      'ru',
    ],
    [
      'windows-1252',
      'Les délégations se sont rencontrées à Istanbul jeudi. Les négociations ont duré près de six heures, selon des responsables.',
      'fr',
    ],
    ['shift_jis', 'ロシアと米国の代表団は木曜日にイスタンブールで会談した。会談は約六時間続いたと当局者が述べた。', 'ja'],
    ['euc-kr', '러시아와 미국 대표단은 목요일 이스탄불에서 만났다. 회담은 약 여섯 시간 동안 계속되었다고 관리들이 말했다.', 'ko'],
    ['windows-1256', 'التقى الوفدان الروسي والأمريكي في إسطنبول يوم الخميس واستمرت المحادثات نحو ست ساعات.', 'ar'],
    ['utf16be', 'Delegations met in Istanbul on Thursday for about six hours, officials said.', 'en'],
    ['koi8-r', 'Делегации России и США встретились в Стамбуле в четверг.', 'ru'],
  ])('decodes %s text and tells its language', (encoding, text, language) => {
    const r = decodeBytes(iconv.encode(text, encoding));
    expect(r.text).toBe(text);
    expect(detectLanguage(r.text).language).toBe(language);
  });

  it('reports undecodable bytes instead of dropping them', () => {
    const bytes = Uint8Array.from([
      ...enc('Một đoạn văn bản tiếng Việt có dấu đầy đủ, dài một chút để thống kê. '.repeat(3)),
      0xff,
      ...enc(' tiếp theo.'),
    ]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('UTF-8');
    expect(r.diagnostics.map((x) => x.code)).toContain('encoding-invalid-bytes');
  });

  it('detects formats by name and content', () => {
    expect(detectFormat('a.htm', '')).toBe('html');
    expect(detectFormat('a.txt', '<p>a</p><p>b</p><br>')).toBe('text+html');
    expect(detectFormat('feed', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe('atom');
    expect(detectFormat('x.jsonl', '')).toBe('jsonl');
  });

  it('splits Atom feeds and JSON exports into documents', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
      <entry><title>Entry one</title><link href="https://e.org/1"/><published>2025-02-27T10:00:00Z</published><content type="html">&lt;p&gt;Envoys met for five hours, officials said.&lt;/p&gt;</content></entry>
      <entry><title>Entry two</title><link href="https://e.org/2"/><updated>2025-02-28T10:00:00Z</updated><summary>Both sides agreed to meet again next week.</summary></entry></feed>`;
    const docs = ingestText('f.atom', atom);
    expect(docs.map((d) => d.title)).toEqual(['Entry one', 'Entry two']);
    expect(docs[0].format).toBe('atom');
    expect(docs[0].text).toContain('Envoys met for five hours');
    const json = JSON.stringify({
      articles: [{ headline: 'J1', body: 'Первая статья о переговорах, которые длились пять часов.', lang: 'ru' }],
    });
    const j = ingestText('x.json', json);
    expect(j[0].title).toBe('J1');
    expect(j[0].language).toBe('ru');
    const tw = ingestText(
      't.json',
      JSON.stringify([
        { title: 'T', text: '會談持續五個小時。', language: 'zh' },
        { title: 'U', text: '会谈', lang: 'zh_TW' },
      ]),
    );
    expect(tw.map((d) => d.language)).toEqual(['zh-Hant', 'zh-Hant']);
  });

  it('rejoins lines that a PDF text layer broke at the page width', () => {
    const layer =
      'Talks end in Geneva\nDelegations from the two countries met for five hours on Saturday in\nGeneva, officials said after the meeting ended late at night.\n\nBoth sides agreed to meet again.';
    const d = ingestText('r.pdf', layer, { format: 'pdf' })[0];
    expect(d.title).toBe('Talks end in Geneva');
    expect(d.text).toContain('met for five hours on Saturday in Geneva, officials said');
  });

  it('always returns a document, even for broken input', () => {
    expect(ingestBytes('e.txt', new Uint8Array())[0].diagnostics[0].code).toBe('empty-after-cleaning');
    expect(ingestBytes('bad.json', enc('{not json'))[0].diagnostics.map((x) => x.code)).toContain('parse-error');
    expect(ingestBytes('b.txt', Uint8Array.from([0, 1, 2, 3, 0, 5, 6, 0, 0, 9, 1, 2]))[0].diagnostics[0].code).toBe('binary');
  });
});

describe('metadata helpers', () => {
  it('parses stated date-times with zones', () => {
    expect(parseDate('2025-02-28 20:18:06')).toBe('2025-02-28T20:18:06');
    expect(parseDate('Thu, 27 Feb 2025 16:19:43 GMT')).toBe('2025-02-27T16:19:43Z');
    expect(parseDate('11:45 27/02/2025')).toBe('2025-02-27T11:45');
    expect(parseDate('Thứ Năm, 27/02/2025 11:45 (GMT+7)')).toBe('2025-02-27T11:45+07:00');
    expect(parseDate('2025年2月28日 20:18')).toBe('2025-02-28T20:18');
    expect(parseDate('February 27, 2025 4:19 PM')).toBe('2025-02-27T16:19');
  });

  it('tells languages and Chinese scripts apart', () => {
    expect(detectLanguage('俄羅斯與美國代表團在伊斯坦布爾舉行會談').language).toBe('zh-Hant');
    expect(detectLanguage('俄罗斯与美国代表团在伊斯坦布尔举行会谈').language).toBe('zh-Hans');
    expect(detectLanguage('Phái đoàn Nga và Mỹ gặp nhau tại Istanbul').language).toBe('vi');
    expect(detectLanguage('Делегации России и США встретились в Стамбуле').language).toBe('ru');
    expect(detectLanguage('التقى الوفدان الروسي والأمريكي في إسطنبول').language).toBe('ar');
    expect(detectLanguage('The delegations of the two countries met in Istanbul on Thursday and talked for hours').language).toBe('en');
  });

  it('derives stable ids from paths', () => {
    expect(sourceId('a/b.txt')).toBe(sourceId('a/b.txt'));
    expect(sourceId('a/b.txt')).not.toBe(sourceId('a/c.txt'));
    expect(sourceId('f.xml', 2)).toBe(`${sourceId('f.xml')}-2`);
  });
});

// Hand-written pages in the shape of a Chinese portal and a wire service (own text).
const PORTAL = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>俄美代表团在伊斯坦布尔举行会谈_新华网</title>
<meta name="keywords" content="俄罗斯,美国"><meta name="description" content="俄罗斯与美国代表团27日在土耳其伊斯坦布尔举行会谈。">
<script>var a = "<p>not content</p>";</script><style>.x{}</style></head>
<body>
<div class="header"><div class="logo"><a href="/">新华网</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/world">国际</a></li><li><a href="/china">国内</a></li><li><a href="/tech">科技</a></li></ul></div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/world">国际</a> &gt; 正文</div>
<div class="main clearfix">
 <div class="left">
  <div class="h-title">俄美代表团在伊斯坦布尔举行会谈</div>
  <div class="h-info"><span class="h-time">2025-02-28 20:18:06</span> <span>来源：新华网</span></div>
  <div id="detail">
   <p>\u3000\u3000新华社北京2月28日电 俄罗斯与美国代表团27日在土耳其伊斯坦布尔举行会谈，会谈持续约6个半小时。</p>
   <p><img src="http://img.example.cn/1.jpg"></p>
   <p style="text-align:center">会谈现场。新华社记者 张三 摄</p>
   <p>\u3000\u3000美国国务院说，双方确定了稳定双边使团运作的具体初步步骤，并同意近期举行后续会议。</p>
   <p>\u3000\u3000俄外交部发言人表示，希望此次会谈成为一系列专家级磋商的第一步。</p>
   <div class="share">分享到：<a>微信</a><a>微博</a></div>
   <p class="editor">【责任编辑：李四】</p>
  </div>
  <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">另一条新闻标题一</a><span>02-28</span></li><li><a href="/2">另一条新闻标题二</a><span>02-28</span></li></ul></div>
 </div>
 <div class="right"><div class="hot"><h3>热点推荐</h3><ul><li><a>热点一</a></li><li><a>热点二，内容很长的一个标题在这里</a></li></ul></div></div>
</div>
<div class="footer"><p>Copyright © 2000-2025 新华网 版权所有</p><p>京ICP备12345678号</p></div>
</body></html>
`;
const WIRE = `<html><head><title>Russia, US envoys meet in Istanbul | Reuters</title><meta property="og:site_name" content="Reuters"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Russia, US envoys meet in Istanbul","datePublished":"2025-02-27T16:19:43Z","publisher":{"name":"Reuters"}}</script></head>
<body><header><nav><a>World</a><a>Business</a><a>Markets</a></nav></header>
<main><article><header><h1>Russia, US envoys meet in Istanbul</h1><div>By Jane Doe</div><time datetime="2025-02-27T16:19:43Z">February 27, 2025 4:19 PM GMT</time></header>
<div data-testid="paragraph-0">ISTANBUL, Feb 27 (Reuters) - Russian and U.S. diplomats met in Istanbul on Thursday for talks on embassy operations, the first test of efforts to restore ties.</div>
<div class="ad-slot">Advertisement · Scroll to continue</div>
<div data-testid="paragraph-1">The talks lasted about six hours, a source said, and ended without a statement.</div>
<figure><img src="x.jpg"><figcaption>Russian delegates arrive at the U.S. consul general's residence in Istanbul, February 27, 2025. REUTERS/Someone</figcaption></figure>
<div data-testid="paragraph-2">"We will know soon whether Russia is willing to engage in good faith," a State Department spokesperson said.</div>
<p>Reporting by Jane Doe; Editing by John Roe</p>
<div class="related-coverage"><h2>Read Next</h2><a>Some other story</a></div>
</article></main>
<footer>All quotes delayed a minimum of 15 minutes. © 2025 Reuters. All rights reserved</footer></body></html>
`;
