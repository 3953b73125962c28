// Bytes → text: BOM, UTF-16 sniffing, strict UTF-8 check, declared charsets, chardet statistics with a
// replacement-count tie-break, a Vietnamese (Windows-1258) check, and mojibake repair (UTF-8 read as Latin-1/1252).
import iconv from 'iconv-lite';
import chardet from 'chardet';
import type { Diagnostic } from '../model';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

const CHARDET_TO_ICONV: Record<string, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  'UTF-32LE': 'utf32le',
  'UTF-32BE': 'utf32be',
  'ISO-2022-JP': 'iso2022jp',
  'ISO-2022-CN': 'gb18030',
  'ISO-2022-KR': 'euc-kr',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
  'KOI8-R': 'koi8-r',
};

/** Canonical display name of an iconv encoding. */
function displayName(enc: string): string {
  const e = enc.toLowerCase().replace(/[_\s]/g, '-');
  const map: Record<string, string> = {
    utf8: 'UTF-8',
    'utf-8': 'UTF-8',
    utf16le: 'UTF-16LE',
    utf16be: 'UTF-16BE',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    gb18030: 'GB18030',
    gbk: 'GBK',
    gb2312: 'GB2312',
    big5: 'Big5',
    'big5-hkscs': 'Big5-HKSCS',
    'shift-jis': 'Shift_JIS',
    'euc-jp': 'EUC-JP',
    'euc-kr': 'EUC-KR',
    'koi8-r': 'KOI8-R',
  };
  if (map[e]) return map[e];
  const w = /^(?:windows|cp)-?(\d{3,4})$/.exec(e);
  if (w) return `windows-${w[1]}`;
  return enc.toUpperCase().startsWith('ISO') ? enc.toUpperCase() : enc;
}

/** Invalid bytes closer than this are reported as one span. */
const SPAN_GAP = 8;

/** Counts invalid UTF-8 sequences and valid multi-byte ones, and the byte spans of the invalid ones. */
export function utf8Errors(b: Uint8Array): {
  errors: number;
  nonAscii: number;
  firstError: number;
  validMulti: number;
  spans: [number, number][];
} {
  let errors = 0;
  let nonAscii = 0;
  let firstError = -1;
  let validMulti = 0;
  const spans: [number, number][] = [];
  const bad = (at: number) => {
    const last = spans[spans.length - 1];
    if (last && at - last[1] <= SPAN_GAP) last[1] = at + 1;
    else spans.push([at, at + 1]);
  };
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    nonAscii++;
    let need: number;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = c === 0xe0 ? 0xa0 : 0x80;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = c === 0xf0 ? 0x90 : 0x80;
    } else {
      if (firstError < 0) firstError = i;
      errors++;
      bad(i);
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) {
        ok = false;
        break;
      }
      if (k === 1 && min && d < min) ok = false;
      if (k === 1 && c === 0xed && d > 0x9f) ok = false;
      if (k === 1 && c === 0xf4 && d > 0x8f) ok = false;
      if (d < 0x80 || d > 0xbf) ok = false;
      if (!ok) break;
    }
    if (!ok) {
      if (firstError < 0) firstError = i;
      errors++;
      bad(i);
      i++;
      continue;
    }
    validMulti++;
    i += need + 1;
  }
  return { errors, nonAscii, firstError, validMulti, spans };
}

function asciiHead(b: Uint8Array, n: number): string {
  const end = Math.min(b.length, n);
  let out = '';
  for (let i = 0; i < end; i += 512) {
    const chunk: number[] = [];
    for (let j = i; j < Math.min(end, i + 512); j++) chunk.push(b[j] < 0x80 ? b[j] : 0x3f);
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function declaredCharset(b: Uint8Array): string | null {
  const head = asciiHead(b, 2048);
  if (!/charset|encoding/i.test(head)) return null;
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head) ??
    /^\s*(?:charset|encoding)\s*:\s*([\w.:-]+)\s*$/im.exec(head);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return null;
  // the WHATWG rule: gb2312/gbk labels mean gb18030's superset in practice
  if (name === 'gb2312' || name === 'gbk' || name === 'x-gbk') return 'gb18030';
  return iconv.encodingExists(name) ? name : null;
}

function sniffUtf16(b: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf16be';
  return null;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  let i = -1;
  while ((i = s.indexOf(ch, i + 1)) >= 0) n++;
  return n;
}

const VI_1258 = /[ăâêôơưđĐ\u0300\u0301\u0303\u0309\u0323]/g;

/** How Vietnamese a Windows-1258 reading looks: share of Vietnamese-specific marks among letters. */
function vietnameseScore(s: string): number {
  const letters = (s.match(/\p{L}/gu) ?? []).length || 1;
  const ascii = (s.match(/[A-Za-z]/g) ?? []).length;
  // Vietnamese is mostly ASCII letters with marks; CJK bytes read as 1258 are mostly accented letters
  if (ascii < letters * 0.6) return 0;
  return (s.match(VI_1258) ?? []).length / letters;
}

const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

function toCp1252Bytes(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0xff) out[i] = c;
    else if (CP1252_HIGH[c] !== undefined) out[i] = CP1252_HIGH[c];
    // "â€\ufffd": the right double quote (E2 80 9D) lost its 0x9D, undefined in Windows-1252
    else if (c === 0xfffd && s.charCodeAt(i - 1) === 0x20ac && s.charCodeAt(i - 2) === 0xe2) out[i] = 0x9d;
    else return null;
  }
  return out;
}

/** Repairs UTF-8 text that was decoded as Latin-1/Windows-1252 somewhere upstream ("Ã©" for "é"). */
export function repairMojibake(s: string): { text: string; repaired: number } | null {
  const cjkMarks = (s.match(/[銆锛鈥鐨鍙浜鏂鏈鍚鍦涓]/g) ?? []).length;
  if (cjkMarks >= 3) {
    const bytes = iconv.encode(s, 'gb18030');
    if (utf8Errors(bytes).errors === 0) {
      const text = iconv.decode(bytes, 'utf8');
      if (text.length < s.length) return { text, repaired: s.length - text.length };
    }
  }
  const marks = s.match(
    /[ÃÂÄÅÆÐÑ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]|[àáâãäåæçèéêë][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]{2}/g,
  );
  if (!marks || marks.length < 2) return null;
  // only texts whose every char is one byte of Windows-1252 (or a C1 control kept by Latin-1) can be re-read
  const bytes = toCp1252Bytes(s);
  if (!bytes || utf8Errors(bytes).errors > 0) return null;
  const text = iconv.decode(bytes, 'utf8');
  if (text.length < s.length) return { text, repaired: s.length - text.length };
  return null;
}

/** Very frequent Chinese characters (both scripts): a correct GB18030/Big5 reading is full of them. */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就那要下以生会會自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于於起还還发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回二理美点點月明其种種声聲全工己话話儿兒者向情部正名定女问問力机機给給等几幾很业業最间間新什打便位因重被走电電四第门門相次东東政海口使教西再平真听聽世气氣信北少关關并並内內加化由却卻代军軍产產入先山五太水万萬市眼体體别別处處总總才场場师師书書比住员員九笑性通目华華报報立马馬命张張活难難神数數件安表原车車白应應路期叫死常提感金何更反合放做系计計或司利受光王果亲親界及今京务務制解各任至清物台象记記边邊共风風战戰干接它许許八特觉覺望直服毛林题題建南度统統色字请請交爱愛让讓认認算论論百达達求思吃六千科必运運保满滿程'.split(
    '',
  ),
);

/** Decodes with each CJK candidate and keeps the one whose text is richest in common characters. */
function quickCjk(bytes: Uint8Array): { enc: string; text: string } | null {
  const sample = bytes.length > 8192 ? bytes.subarray(0, 8192) : bytes;
  let best: { enc: string; ratio: number; text: string } | null = null;
  for (const enc of ['gb18030', 'big5']) {
    const t = iconv.decode(sample, enc);
    let han = 0;
    let common = 0;
    let bad = 0;
    for (const ch of t) {
      const c = ch.charCodeAt(0);
      if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
      else if (c >= 0x3400 && c <= 0x9fff) {
        han++;
        if (COMMON_HAN.has(ch)) common++;
      }
    }
    if (han < 10 || bad > han * 0.01) continue;
    const ratio = common / han;
    if (!best || ratio > best.ratio) best = { enc, ratio, text: t };
  }
  if (!best || best.ratio < 0.2) return null;
  return { enc: best.enc, text: sample === bytes ? best.text : iconv.decode(bytes, best.enc) };
}

// The WHATWG decoder exists in Node, browsers and Electron; it is not in the ES library typings used by src/core.
declare const TextDecoder:
  (new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(b: Uint8Array): string }) | undefined;
const strictUtf8 = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;

/** Strict UTF-8 decode, or null when the bytes are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array): string | null {
  if (strictUtf8) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return null;
    }
  }
  return utf8Errors(bytes).errors === 0 ? iconv.decode(bytes, 'utf8') : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  const info = (code: Diagnostic['code'], message: string, level: Diagnostic['level'] = 'info') =>
    diagnostics.push({ level, code, message });

  // 1. byte-order marks
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finishUtf8(bytes.subarray(3), 'UTF-8 (BOM)', diagnostics);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf16le', 'UTF-16LE (BOM)', diagnostics);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf16be', 'UTF-16BE (BOM)', diagnostics);

  // 2. UTF-16 without BOM
  const u16 = sniffUtf16(bytes);
  if (u16) return utf16(bytes, u16, displayName(u16), diagnostics, true);

  // 3. valid UTF-8 (the common case)
  const fast = tryUtf8(bytes);
  if (fast !== null) return finishUtf8(bytes, /[^\x00-\x7f]/.test(fast) ? 'UTF-8' : 'UTF-8 (ASCII)', diagnostics, fast);
  const u8 = utf8Errors(bytes);

  // 4. mostly UTF-8 with a few broken stretches (a paste in another encoding): keep UTF-8, report the spans. Text in a
  //    legacy encoding forms valid multi-byte UTF-8 sequences only by chance, far fewer than its invalid bytes
  //    (GBK/Big5 about 1 in 5, Windows-125x almost never), so twice as many valid sequences as invalid bytes, or the
  //    old 20:1 rule for short texts, means UTF-8.
  if (u8.errors * 20 <= u8.nonAscii - u8.errors || (u8.validMulti >= 8 && u8.validMulti >= 2 * u8.errors)) {
    const text = stripBom(iconv.decode(bytes, 'utf8'));
    const shown = u8.spans
      .slice(0, 5)
      .map(([a, b]) => (b - a > 1 ? `${a}–${b - 1}` : `${a}`))
      .join(', ');
    info('encoding-detected', 'UTF-8');
    info(
      'encoding-invalid-bytes',
      `${u8.errors} invalid UTF-8 byte sequence(s) in ${u8.spans.length} span(s), at bytes ${shown}${u8.spans.length > 5 ? ', …' : ''}; shown as U+FFFD, the rest read as UTF-8`,
      'warning',
    );
    return { text, encoding: 'UTF-8', diagnostics };
  }

  // 5. declared charset, a quick Chinese check, then statistics
  const declaredEarly = declaredCharset(bytes);
  if (!declaredEarly) {
    const cjk = quickCjk(bytes);
    if (cjk) {
      const name = displayName(cjk.enc);
      info('encoding-detected', `${name} (by character frequency)`);
      const bad = countChar(cjk.text, '\ufffd');
      if (bad) info('encoding-invalid-bytes', `${bad} byte sequence(s) not valid in ${name}; shown as U+FFFD`, 'warning');
      return { text: stripBom(cjk.text), encoding: name, diagnostics };
    }
  }
  const candidates: { enc: string; how: 'declared' | 'detected' | 'guessed'; confidence: number }[] = [];
  const declared = declaredEarly;
  if (declared) candidates.push({ enc: declared, how: 'declared', confidence: 100 });
  let analysis: { name: string; confidence: number }[];
  try {
    analysis = chardet.analyse(bytes.length > 6144 ? bytes.subarray(0, 6144) : bytes);
  } catch {
    analysis = [];
  }
  for (const a of analysis) {
    const enc = CHARDET_TO_ICONV[a.name] ?? a.name.toLowerCase();
    if (enc === 'utf8' || !iconv.encodingExists(enc)) continue;
    candidates.push({
      enc: enc === 'gb2312' ? 'gb18030' : enc,
      how: a.confidence >= 50 ? 'detected' : 'guessed',
      confidence: a.confidence,
    });
  }
  for (const enc of ['gb18030', 'big5', 'windows-1258', 'windows-1252'])
    if (!candidates.some((c) => c.enc === enc)) candidates.push({ enc, how: 'guessed', confidence: 0 });

  // Vietnamese in Windows-1258: chardet has no model for it
  const multiByteSure =
    analysis[0] && analysis[0].confidence >= 50 && /^(GB18030|Big5|Shift_JIS|EUC-JP|EUC-KR|ISO-2022)/.test(analysis[0].name);
  const viScore = multiByteSure
    ? 0
    : vietnameseScore(iconv.decode(bytes.length > 16384 ? bytes.subarray(0, 16384) : bytes, 'windows-1258'));
  const singleByte = (enc: string) => /^(windows-|iso-8859|latin|koi8|cp)/i.test(enc);
  let best: { enc: string; how: string; text: string; bad: number; score: number } | null = null;
  for (const c of candidates.slice(0, 12)) {
    let text: string;
    try {
      text = iconv.decode(bytes, c.enc);
    } catch {
      continue;
    }
    const bad = countChar(text, '\ufffd') + (text.match(/[\u0080-\u009f\ue000-\uf8ff]/g) ?? []).length;
    let score = -bad * 10 + c.confidence / 10 + (c.how === 'declared' ? 50 : 0);
    if (c.enc === 'windows-1258' && viScore > 0.04) score += 40;
    else if (singleByte(c.enc) && viScore > 0.04) score -= 5;
    if (!best || score > best.score) best = { enc: c.enc, how: c.how, text, bad, score };
  }
  if (!best) {
    const text = iconv.decode(bytes, 'latin1');
    info('encoding-guessed', 'no encoding fitted; read as ISO-8859-1', 'warning');
    return { text, encoding: 'ISO-8859-1', diagnostics };
  }
  const name = displayName(best.enc);
  info(
    best.how === 'guessed' ? 'encoding-guessed' : 'encoding-detected',
    best.how === 'declared' ? `${name} (declared)` : best.how === 'guessed' ? `${name} (guessed; statistics inconclusive)` : name,
    best.how === 'guessed' ? 'warning' : 'info',
  );
  const bad = countChar(best.text, '\ufffd');
  if (bad) info('encoding-invalid-bytes', `${bad} byte sequence(s) not valid in ${name}; shown as U+FFFD`, 'warning');
  return { text: stripBom(best.text), encoding: name, diagnostics };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function finishUtf8(bytes: Uint8Array, label: string, diagnostics: Diagnostic[], decoded?: string): Decoded {
  let text = decoded ?? iconv.decode(bytes, 'utf8');
  const u8 = label.includes('BOM') ? utf8Errors(bytes) : { errors: 0, firstError: -1 };
  diagnostics.push({ level: 'info', code: 'encoding-detected', message: label });
  if (u8.errors)
    diagnostics.push({
      level: 'warning',
      code: 'encoding-invalid-bytes',
      message: `${u8.errors} invalid UTF-8 byte sequence(s), first at byte ${u8.firstError}; shown as U+FFFD`,
    });
  const moj = repairMojibake(text);
  if (moj) {
    text = moj.text;
    diagnostics.push({
      level: 'warning',
      code: 'mojibake-repaired',
      message: 'text was UTF-8 read as Windows-1252/Latin-1 before it was saved; re-read as UTF-8',
    });
  }
  return { text: stripBom(text), encoding: 'UTF-8', diagnostics };
}

function utf16(bytes: Uint8Array, enc: 'utf16le' | 'utf16be', label: string, diagnostics: Diagnostic[], sniffed = false): Decoded {
  const even = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
  const text = stripBom(iconv.decode(even, enc));
  diagnostics.push({
    level: 'info',
    code: sniffed ? 'encoding-guessed' : 'encoding-detected',
    message: sniffed ? `${label} (no BOM; from zero-byte pattern)` : label,
  });
  if (even !== bytes)
    diagnostics.push({ level: 'warning', code: 'encoding-invalid-bytes', message: 'odd trailing byte in UTF-16 text dropped' });
  const lone = (text.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g) ?? []).length;
  if (lone) diagnostics.push({ level: 'warning', code: 'encoding-invalid-bytes', message: `${lone} unpaired UTF-16 surrogate(s)` });
  return { text, encoding: displayName(enc), diagnostics };
}
