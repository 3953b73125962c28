// Conversion artifacts: pinyin annotations inserted by script converters (國(guó)), GBK byte-pairing garbles those
// converters leave behind (當(dāng)?shù)貢r(shí) for 當地時), stray replacement marks, Unicode NFC, look-alike letters.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { type MappedText, concat, fromOriginal, inserted, origAt, replaceAll, slice } from './mapped';

const PY_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const HAN = String.raw`\p{Script=Han}`;

/** Plausible single pinyin syllable with a tone mark. */
function isPinyinSyllable(s: string): boolean {
  if (!TONE.test(s) || s.length > 6) return false;
  const plain = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
  return /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[iuv]?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|ve|van|vn|i|u|v)|n|ng|m)$/.test(
    plain,
  );
}

const gbkTrail = (ch: string): number | null => {
  const b = iconv.encode(ch, 'gbk');
  return b.length === 2 ? b[1] : null;
};

function pinyinOf(ch: string): string {
  try {
    return pinyin(ch, { toneType: 'symbol', multiple: true, type: 'array' }).join(' ');
  } catch {
    return '';
  }
}

/**
 * Repairs `P(py1)?py2)REST`: a converter working on GBK bytes paired P's trail byte with the next character's lead
 * byte, annotated that phantom character with py2 and lost the lead byte. We find the lost byte x (the one for which
 * GBK [trail(P), x] reads as py2), then re-read x + GBK(REST) until the byte pairing realigns.
 */
function repairGbkGarbles(m: MappedText): { text: MappedText; count: number } {
  const re = new RegExp(String.raw`(${HAN})(?:\(([${PY_LETTERS}]{1,6})\))?\?([${PY_LETTERS}]{1,6})\)((?:${HAN}|[A-Za-z]){1,4})`, 'gu');
  if (!re.test(m.s)) return { text: m, count: 0 };
  return replaceAll(m, re, (mt) => {
    const [all, p, py1, py2, rest] = mt;
    if ((py1 && !isPinyinSyllable(py1)) || !isPinyinSyllable(py2)) return all;
    const trail = gbkTrail(p);
    if (trail === null) return all;
    const restBytes = iconv.encode(rest, 'gbk');
    for (let x = 0x40; x <= 0xfe; x++) {
      if (x === 0x7f) continue;
      const phantom = iconv.decode(Uint8Array.of(trail, x), 'gbk');
      if (phantom.length !== 1 || phantom === '\ufffd' || !pinyinOf(phantom).split(' ').includes(py2)) continue;
      // re-read x + rest until the pairing realigns with a character boundary of `rest`
      const buf = Uint8Array.from([x, ...restBytes]);
      let out = '';
      let i = 0;
      let consumedChars = 0;
      let consumedBytes = 0;
      const boundaries: number[] = [];
      let acc = 0;
      for (const ch of rest) {
        acc += iconv.encode(ch, 'gbk').length;
        boundaries.push(acc + 1);
      }
      let ok = false;
      while (i < buf.length) {
        const b = buf[i];
        const w = b >= 0x81 && b <= 0xfe && i + 1 < buf.length ? 2 : 1;
        const ch = iconv.decode(buf.subarray(i, i + w), 'gbk');
        if (ch === '\ufffd' || ch.length !== 1) break;
        out += ch;
        i += w;
        const k = boundaries.indexOf(i);
        if (k >= 0) {
          consumedChars = k + 1;
          consumedBytes = i;
          ok = true;
          break;
        }
      }
      if (!ok || !consumedBytes || !new RegExp(`^${HAN}+$`, 'u').test(out)) continue;
      const tail = [...rest].slice(consumedChars).join('');
      return `${p}${py1 ? `(${py1})` : ''}${out}${tail}`;
    }
    return all;
  });
}

/** Removes `X(pinyin)` annotations after Han characters; legitimate parentheses are left alone. */
function removePinyin(m: MappedText): { text: MappedText; count: number } {
  const re = new RegExp(String.raw`(${HAN}|[A-Za-z])\(([${PY_LETTERS}]{1,6})\)`, 'gu');
  let han = 0;
  const r = replaceAll(m, re, (mt) => {
    if (!isPinyinSyllable(mt[2])) return mt[0];
    if (/[A-Za-z]/.test(mt[1]) && han < 3) return mt[0];
    if (!/[A-Za-z]/.test(mt[1])) han++;
    return mt[1];
  });
  return r;
}

export interface ArtifactReport {
  pinyin: number;
  garbles: number;
  replacement: number;
  normalized: number;
  lookalike: number;
}

/** NFC per grapheme run; decomposed Vietnamese (a + U+0301) becomes one code point mapped to the base letter. */
export function normalizeNfc(m: MappedText): { text: MappedText; count: number } {
  if (m.s.normalize('NFC') === m.s) return { text: m, count: 0 };
  return replaceAll(m, /\P{M}\p{M}+|[\u1100-\u115f][\u1160-\u11a7]+[\u11a8-\u11ff]*/gu, (mt) => mt[0].normalize('NFC'));
}

/** Look-alike letters in Vietnamese text: Ð (U+00D0, Icelandic eth) → Đ (U+0110), ð → đ. */
export function repairLookalikes(m: MappedText, vietnamese: boolean): { text: MappedText; count: number } {
  if (!vietnamese || !/[\u00d0\u00f0]/.test(m.s)) return { text: m, count: 0 };
  return replaceAll(m, /[\u00d0\u00f0]/g, (mt) => (mt[0] === '\u00d0' ? '\u0110' : '\u0111'));
}

export function cleanArtifacts(m: MappedText, opts: { vietnamese: boolean }): { text: MappedText; report: ArtifactReport } {
  const report: ArtifactReport = { pinyin: 0, garbles: 0, replacement: 0, normalized: 0, lookalike: 0 };
  let t = m;
  const nfc = normalizeNfc(t);
  t = nfc.text;
  report.normalized = nfc.count;
  const look = repairLookalikes(t, opts.vietnamese);
  t = look.text;
  report.lookalike = look.count;
  if (/\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/.test(t.s)) {
    const g = repairGbkGarbles(t);
    t = g.text;
    report.garbles = g.count;
  }
  if (/\(/.test(t.s)) {
    const p = removePinyin(t);
    t = p.text;
    report.pinyin = p.count;
  }
  const rep = replaceAll(t, /\ufffd+|[\u200b\u200c\u200e\u200f\u2060\ufeff]+/g, (mt) => (mt[0][0] === '\ufffd' ? '' : ''));
  report.replacement = (t.s.match(/\ufffd/g) ?? []).length;
  t = rep.text;
  return { text: t, report };
}

export { concat, fromOriginal, inserted, origAt, slice };
