// Issue 14 (7): one file with valid UTF-8 Vietnamese plus a few GB18030 / Big5 bytes stays UTF-8, with the
// invalid spans reported; files wholly in a legacy encoding are still recognised as such.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/ingest/decode';

const VI =
  'Bộ trưởng Ngoại giao Vantaro, ông Lê Quang Thịnh, đã có cuộc hội đàm kéo dài ba giờ với phái đoàn Quillmark tại Dessau vào sáng thứ Ba. ' +
  'Hai bên nhất trí tiếp tục trao đổi về hợp tác thương mại và an ninh hàng hải trong thời gian tới.';

describe('mixed encodings', () => {
  for (const [name, enc, zh] of [
    ['GB18030', 'gb18030', '会谈持续三小时'],
    ['Big5', 'big5', '會談持續三小時'],
  ] as const) {
    it(`keeps UTF-8 Vietnamese readable around a few ${name} bytes and reports where they are`, () => {
      const head = Buffer.from(`${VI}\n`, 'utf8');
      const pasted = iconv.encode(zh, enc);
      const bytes = Buffer.concat([head, pasted, Buffer.from(`\n${VI}\n`, 'utf8')]);
      const d = decodeBytes(bytes);
      expect(d.encoding).toBe('UTF-8');
      expect(d.text.startsWith(VI)).toBe(true);
      expect(d.text.trimEnd().endsWith(VI)).toBe(true);
      const diag = d.diagnostics.find((x) => x.code === 'encoding-invalid-bytes')!;
      expect(diag.level).toBe('warning');
      expect(diag.message).toContain(`at bytes ${head.length}`);
      expect(diag.message).toMatch(/1 span/);
    });
  }

  it('still reads a whole file in GB18030 or Windows-1258 as that encoding', () => {
    const zh = '外交部发言人星期二表示，双方代表团在德绍举行了三个小时的会谈，并同意下周继续磋商贸易和海上安全问题。'.repeat(3);
    expect(decodeBytes(iconv.encode(zh, 'gb18030')).text).toBe(zh);
    const viLegacy = decodeBytes(iconv.encode(VI, 'windows-1258'));
    expect(viLegacy.encoding).not.toBe('UTF-8');
  });
});
