// Outlet, headline and date read from the page itself; the folder name only as a last resort, and said so.
// Invented outlets and pages in several languages.
import { describe, it, expect } from 'vitest';
import { ingestText } from '../../../src/core/ingest/index';

const one = (path: string, s: string, outlet?: string) => ingestText(path, s, { outlet })[0];
const body = (lang: string, head: string, inner: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${inner}</body></html>`;
const article =
  '<article><h1>Tarnfield opens a night market</h1><p>The city of Tarnfield opened a night market on Friday, with sixty stalls selling food and crafts, organisers said.</p><p>The market will run every weekend until October, and the council hopes it will draw visitors from the coast.</p></article>';

describe('outlet', () => {
  it('reads og:site_name before anything else', () => {
    const d = one('a.html', body('en', '<meta property="og:site_name" content="Tarnfield Evening Post">', article), 'folder');
    expect(d.outlet).toBe('Tarnfield Evening Post');
    expect(d.diagnostics.map((x) => x.code)).not.toContain('outlet-from-folder');
  });

  it('reads the publisher of JSON-LD on a WebPage item', () => {
    const ld = '<script type="application/ld+json">{"@type":"WebPage","datePublished":"2026-03-05T08:00:00+07:00","publisher":{"@type":"Organization","name":"Báo Sông Lam"}}</script>';
    const d = one('b.html', body('vi', ld, article), 'folder');
    expect(d.outlet).toBe('Báo Sông Lam');
    expect(d.published).toBe('2026-03-05T08:00:00+07:00');
  });

  it('reads a copyright line and a bracketed source tag in plain text', () => {
    const txt = 'Стройка моста в Лесогорске завершена\n\nСтроители завершили мост через реку Лесная в четверг, сообщили в мэрии города.\n\nДвижение откроют в субботу после проверки, добавили в мэрии.\n\n© 2026 Лесогорские новости. Все права защищены.';
    expect(one('c.txt', txt, 'folder').outlet).toBe('Лесогорские новости');
    const zh = '青川大橋通車\n\n【青川日報】青川大橋週四正式通車，全長一點二公里，連接東西兩岸。\n\n市府表示，通車後兩岸往返時間將縮短二十分鐘。';
    expect(one('d.txt', zh, 'folder').outlet).toBe('青川日報');
  });

  it('falls back to the URL host, and to the folder name only last, with a diagnostic', () => {
    const withUrl = body('en', '<link rel="canonical" href="https://www.tarnfield-post.example/news/1">', article);
    expect(one('e.html', withUrl, 'folder').outlet).toBe('tarnfield-post.example');
    const bare = one('f.txt', 'Tarnfield opens a night market\n\nThe city of Tarnfield opened a night market on Friday, organisers said.', 'mixed');
    expect(bare.outlet).toBe('mixed');
    expect(bare.diagnostics.find((x) => x.code === 'outlet-from-folder')?.message).toContain('mixed');
  });
});

describe('headline and date', () => {
  it('never takes a control label as the headline', () => {
    const txt = '↺ − 16 px\n\nVelmora ferry adds crossings\n\nThe harbour authority of Velmora said on Monday that the ferry adds two crossings a day.';
    expect(one('g.txt', txt).title).toBe('Velmora ferry adds crossings');
  });

  it('reads a "date YYYY-MM-DD" line', () => {
    const txt = 'Velmora ferry adds crossings\n\ndate 2026-02-27\n\nThe harbour authority of Velmora said on Monday that the ferry adds two crossings a day.';
    const d = one('h.txt', txt);
    expect(d.published?.slice(0, 10)).toBe('2026-02-27');
    expect(d.text).not.toContain('date 2026-02-27');
  });
});

describe('section labels', () => {
  it('takes the headline under a section label, not the label (vi, en)', () => {
    const vi = 'Thế Giới\n\nHai nước nhất trí nối lại đàm phán về thuế quan\n\nPhái đoàn hai nước đã gặp nhau tại Hà Lâm trong sáu giờ và nhất trí tiếp tục tham vấn trong tháng tới.';
    expect(ingestText('v.txt', vi)[0].title).toBe('Hai nước nhất trí nối lại đàm phán về thuế quan');
    const en = 'World\n\nVelmora and Dassen agree to resume toll talks\n\nOfficials from the port city of Velmora and the province of Dassen met on Tuesday for six hours.';
    const d = ingestText('w.txt', en)[0];
    expect(d.title).toBe('Velmora and Dassen agree to resume toll talks');
    expect(d.text).not.toMatch(/^World/);
  });
});
