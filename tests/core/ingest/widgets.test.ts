import { describe, expect, it } from 'vitest';
import { isMenuLine, isWidget } from '../../../src/core/ingest/clean';
import { ingestText } from '../../../src/core/ingest';

describe('page chrome by general rules', () => {
  it('drops labelled rows of share and font-size widgets in any script', () => {
    for (const s of ['Share this story: Facebook  Twitter  LinkedIn  Email', '字級：小 中 大　｜　分享：Facebook　LINE　複製連結', '分享到：微信 微博 QQ空间', 'Chia sẻ: Facebook Zalo'])
      expect(isWidget(s), s).toBe(true);
  });
  it('drops footer links to site policies', () => {
    expect(isWidget('Our Standards: The Continental Dispatch Trust Principles.')).toBe(true);
    expect(isWidget('Privacy policy')).toBe(true);
  });
  it('keeps sentences that start like a widget', () => {
    expect(isWidget('Share prices fell sharply: investors sold banks and insurers.')).toBe(false);
    expect(isWidget('分享：两国将共享渔业资源的管理经验')).toBe(false);
  });
  it('reads a masthead of short items between bars as a menu, not a headline', () => {
    expect(isMenuLine('CONTINENTAL DISPATCH   World | Europe | Markets | Technology | Opinion   Sign in')).toBe(true);
    expect(isMenuLine('Prices rose | costs fell')).toBe(false);
    const [d] = ingestText(
      'wire.txt',
      'THE DAILY WIRE   World | Business | Sport | Opinion   Sign in\n\nTwo neighbours agree to restore flights after talks\n\nThe two governments agreed on Tuesday to restore direct flights after talks that lasted six hours.\n\nShare this story: Facebook  Twitter  Email\n\nOfficials said a second round would follow before the end of the year.',
    );
    expect(d.title).toBe('Two neighbours agree to restore flights after talks');
    expect(d.text).not.toContain('Sign in');
    expect(d.text).not.toContain('Share this story');
    expect(d.text).toContain('a second round would follow');
  });
});

describe('photo credits', () => {
  it('drops a credit closing a caption and keeps the caption', () => {
    const [d] = ingestText(
      'report.md',
      'Delegations meet again in a lakeside city\n\nThe two delegations met in the capital on 18/2. (Nguồn: Wire Agency)\n\nA second paragraph follows with more words about the talks and their outcome.',
    );
    expect(d.text).toContain('The two delegations met in the capital on 18/2.');
    expect(d.text).not.toContain('Wire Agency');
    const [z] = ingestText('z.txt', '两国代表团会谈\n\n代表团在会场外合影。（图片来源：某通讯社）\n\n双方同意年内举行下一轮会谈，并就领事事务交换了意见。');
    expect(z.text).toContain('代表团在会场外合影。');
    expect(z.text).not.toContain('图片来源');
  });
});
