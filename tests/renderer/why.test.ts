// The detail panel's "Why" section, rendered to static markup in every UI language with the real locale files.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Alignment } from '../../src/core/model';
import { WhySection } from '../../src/renderer/components/DetailPanel';
import { resources } from '../../src/renderer/i18n';

async function render(lng: string, alignment: Alignment): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  const outlet = (id: string) => ({ c1: 'Lakeside Wire', c2: 'Yuanzhou Daily', c3: 'Thời sự Phương Nam' })[id] ?? id;
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(WhySection, { alignment, outlet })));
}

const group: Alignment = {
  id: 'a-dur',
  eventId: 'e1',
  claimIds: ['c1', 'c2', 'c3'],
  score: 0.41,
  status: 'conflict',
  discrepancies: [],
  tag: null,
  explain: {
    formedBy: 'slot',
    slot: 'duration',
    pairs: [
      { a: 'c1', b: 'c2', score: 0.31, signals: { names: 0.5 } },
      { a: 'c1', b: 'c3', score: 0.22 },
    ],
    rules: [
      { code: 'slot:duration', detail: { slot: 'duration' } },
      { code: 'event:same' },
      { code: 'verdict:differs', detail: { kind: 'duration', relation: 'conflict', values: 3 } },
      { code: 'verdict:conflict' },
      { code: 'verdict:brand-new-rule' },
      { code: 'unheard-of' },
    ],
  },
};

describe('Why section', () => {
  it('lists how the group was formed, its pair scores and its rules in order (en)', async () => {
    const html = await render('en', group);
    expect(html).toContain('<h3 id="why-title">Why</h3>');
    expect(html).toContain('Formed by the same fact slot');
    expect(html).toContain('Fact slot: duration');
    expect(html).toContain('Lakeside Wire ↔ Yuanzhou Daily: <strong>0.31</strong>');
    expect(html).toContain('(names 0.5)');
    const rules = [...html.matchAll(/<li data-code="([^"]+)">(.*?)<\/li>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]);
    expect(rules).toEqual([
      ['slot:duration', 'Same fact slot: how long the meeting lasted [slot=duration]'],
      ['event:same', 'All statements report the same event'],
      ['verdict:differs', 'A fact differs between the statements [kind=Duration, relation=conflict, values=3]'],
      ['verdict:conflict', 'Conflict: the values contradict each other'],
      // a code without words of its own: its family's words and the code
      ['verdict:brand-new-rule', 'Verdict rule (verdict:brand-new-rule)'],
      ['unheard-of', 'unheard-of'],
    ]);
  });

  it('speaks every UI language', async () => {
    expect(await render('zh-Hans', group)).toContain('同一事实槽位：会谈持续时长');
    expect(await render('zh-Hant', group)).toContain('同一事實槽位：會談持續時長');
    const vi = await render('vi', group);
    expect(vi).toContain('Cùng ô dữ kiện: cuộc gặp kéo dài bao lâu');
    expect(vi).toContain('Quy tắc kết luận (mã verdict:brand-new-rule)');
  });

  it('says that no explanation was recorded for a group analysed without one', async () => {
    const html = await render('zh-Hant', { ...group, explain: undefined });
    expect(html).toContain('此組沒有記錄說明。');
    expect(html).not.toContain('<ol');
  });
});
