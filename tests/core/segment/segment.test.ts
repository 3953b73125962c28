import { describe, expect, it } from 'vitest';
import { segment, type Statement } from '../../../src/core/segment';

function texts(st: Statement[]): string[] {
  return st.map((s) => s.text);
}

function expectExactOffsets(text: string, st: Statement[]): void {
  let last = 0;
  for (const s of st) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
}

describe('segment: Chinese', () => {
  it('splits at 。！？ and treats the headline and paragraphs as boundaries', () => {
    const text = '两国外长举行会谈\n\n  双方讨论了使馆运作问题。会谈持续约三小时！结果如何？\n\n下一轮会谈日期待定。';
    const st = segment(text, 'zh-Hans');
    expect(texts(st)).toEqual(['两国外长举行会谈', '双方讨论了使馆运作问题。', '会谈持续约三小时！', '结果如何？', '下一轮会谈日期待定。']);
    expectExactOffsets(text, st);
  });

  it('keeps a quotation whole, with a short attribution after it', () => {
    const text = '發言人表示：「第一點已經談妥。第二點仍有分歧！」他補充說。記者隨後離開。';
    const st = segment(text, 'zh-Hant');
    expect(texts(st)).toEqual(['發言人表示：「第一點已經談妥。第二點仍有分歧！」他補充說。', '記者隨後離開。']);
    expectExactOffsets(text, st);
  });

  it('ends a sentence after a closing quote that follows a terminal', () => {
    const text = '外长评价会谈“很有成效”，双方听取了彼此意见。“我们相信对方理解我们的立场。”助理说，进展不错。';
    const st = segment(text, 'zh-Hans');
    expect(texts(st)).toEqual(['外长评价会谈“很有成效”，双方听取了彼此意见。', '“我们相信对方理解我们的立场。”', '助理说，进展不错。']);
    expectExactOffsets(text, st);
  });

  it('splits a very long run-on at semicolons as a fallback', () => {
    const clause = '双方就签证、银行服务和人员配置问题交换了意见';
    const text = Array.from({ length: 12 }, () => clause).join('；') + '。';
    const st = segment(text, 'zh-Hans');
    expect(st.length).toBeGreaterThan(1);
    expect(st.every((s) => s.text.length <= 260)).toBe(true);
    expectExactOffsets(text, st);
  });
});

describe('segment: Vietnamese and English', () => {
  it('does not split at abbreviations, initials, decimals or dates', () => {
    const text =
      'Mr. Smith met U.S. officials on Feb. 27 in Istanbul. The talks lasted 4.5 hours. J. R. Miller said "We are close. Very close." and left. Is that all? Yes!';
    const st = segment(text, 'en');
    expect(texts(st)).toEqual([
      'Mr. Smith met U.S. officials on Feb. 27 in Istanbul.',
      'The talks lasted 4.5 hours.',
      'J. R. Miller said "We are close. Very close." and left.',
      'Is that all?',
      'Yes!',
    ]);
    expectExactOffsets(text, st);
  });

  it('splits after a dotted acronym only before a typical sentence start', () => {
    const text = 'The envoy flew to the U.S. The meeting was short. He met U.S. Ambassador Jones.';
    expect(texts(segment(text, 'en'))).toEqual(['The envoy flew to the U.S.', 'The meeting was short.', 'He met U.S. Ambassador Jones.']);
  });

  it('handles Vietnamese dates like 27/2 and abbreviations like TP.', () => {
    const text = 'Ngày 27/2, phái đoàn hai nước gặp nhau tại TP. Hồ Chí Minh. Cuộc gặp kéo dài hơn 4 giờ.\nÔng Nam cho biết: "Mọi việc ổn. Chúng tôi hài lòng." Sau đó ông rời đi.';
    const st = segment(text, 'vi');
    expect(texts(st)).toEqual([
      'Ngày 27/2, phái đoàn hai nước gặp nhau tại TP. Hồ Chí Minh.',
      'Cuộc gặp kéo dài hơn 4 giờ.',
      'Ông Nam cho biết: "Mọi việc ổn. Chúng tôi hài lòng."',
      'Sau đó ông rời đi.',
    ]);
    expectExactOffsets(text, st);
  });

  it('returns nothing for blank text and trims every statement', () => {
    expect(segment('  \n\n \n', 'en')).toEqual([]);
    const text = '   Lead sentence here.   \n\n\tSecond one.  ';
    const st = segment(text, 'en');
    expect(texts(st)).toEqual(['Lead sentence here.', 'Second one.']);
    expectExactOffsets(text, st);
  });

  it('keeps offsets exact on mixed-script text with CRLF-free paragraphs', () => {
    const text = '美俄代表团在伊斯坦布尔会谈（Istanbul talks）。Rubio said: “It went well.” 会谈持续6.5小时。';
    const st = segment(text, 'zh-Hans');
    expectExactOffsets(text, st);
    expect(st.map((s) => s.text).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(texts(st)).toEqual(['美俄代表团在伊斯坦布尔会谈（Istanbul talks）。', 'Rubio said: “It went well.”', '会谈持续6.5小时。']);
  });
});

describe('segment: bounded statements', () => {
  it('splits an unpunctuated run-on at commas, then into chunks, never losing text', () => {
    const text = '双方讨论了签证问题，'.repeat(100) + '没有句号的长段落' + '字'.repeat(2000);
    const st = segment(text, 'zh-Hans');
    expect(st.every((s) => s.text.length <= 520)).toBe(true);
    expect(st.map((s) => s.text).join('')).toBe(text);
    for (const s of st) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
