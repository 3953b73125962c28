// Language (and, for Chinese, script) from character evidence and small stop-word profiles.

/** Characters only used in Simplified Chinese, paired index-for-index with their Traditional forms. */
const SIMP =
  '国会时对关问团发复动领开说联网当务长达运进续项话线统产书这们为个来过还后东车门见马鸟鱼语读谈议让认记论应际现实经济体总战军员华报与从机间边乌罗尔兰亚欧该条约签证决据并无将称则种变题区里党传两万亿办处观难选举协调导势响轮设构织权于别义历声专业众优伤儿写农况刘则刚单卖卫厅县变启咨园图坚处备头妇学宁实宫寻层岁币带广庆库废异强归录态总恶惊战扩执护报担拥择换损据断无旧显晋杂权条来杰极构枪标样检树热爱独环现电疗发监盖盘确离种积称稳竞笔类级纪约纳纸线组织经结给统继续维综编缩网罚联职肃胜脑艺节芦苏药获虑补规视览觉订计讨让训议记讲许论设访证评识诉词译试话询该详语误说请读调谈谋谓谢财贡责贤败货质贫购贷费资赞赵赶车军转轮软轻载较辑输辞边过运还这进远违连迟选递遗释钱铁银销锁锋长门闭问间闻阅队阵阶际陆陈险随隐难顾领频题风饭馆驱驻验鸡齐龙';
const TRAD =
  '國會時對關問團發復動領開說聯網當務長達運進續項話線統產書這們為個來過還後東車門見馬鳥魚語讀談議讓認記論應際現實經濟體總戰軍員華報與從機間邊烏羅爾蘭亞歐該條約簽證決據並無將稱則種變題區裡黨傳兩萬億辦處觀難選舉協調導勢響輪設構織權於別義歷聲專業眾優傷兒寫農況劉則剛單賣衛廳縣變啟諮園圖堅處備頭婦學寧實宮尋層歲幣帶廣慶庫廢異強歸錄態總惡驚戰擴執護報擔擁擇換損據斷無舊顯晉雜權條來傑極構槍標樣檢樹熱愛獨環現電療髮監蓋盤確離種積稱穩競筆類級紀約納紙線組織經結給統繼續維綜編縮網罰聯職肅勝腦藝節蘆蘇藥獲慮補規視覽覺訂計討讓訓議記講許論設訪證評識訴詞譯試話詢該詳語誤說請讀調談謀謂謝財貢責賢敗貨質貧購貸費資贊趙趕車軍轉輪軟輕載較輯輸辭邊過運還這進遠違連遲選遞遺釋錢鐵銀銷鎖鋒長門閉問間聞閱隊陣階際陸陳險隨隱難顧領頻題風飯館驅駐驗雞齊龍';

/** 1 = Simplified-only, 2 = Traditional-only, indexed by code unit − 0x4E00. */
const SCRIPT = new Uint8Array(0x9fff - 0x4e00 + 1);
{
  const s = [...SIMP];
  const t = [...TRAD];
  for (let i = 0; i < Math.min(s.length, t.length); i++) {
    if (s[i] === t[i]) continue;
    const a = s[i].charCodeAt(0) - 0x4e00;
    const b = t[i].charCodeAt(0) - 0x4e00;
    if (a >= 0 && a < SCRIPT.length) SCRIPT[a] = 1;
    if (b >= 0 && b < SCRIPT.length) SCRIPT[b] = 2;
  }
}

/** Counts of script evidence in `text`. */
export function chineseScriptEvidence(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 0x4e00;
    if (c < 0 || c >= SCRIPT.length) continue;
    const v = SCRIPT[c];
    if (v === 1) simplified++;
    else if (v === 2) traditional++;
  }
  return { simplified, traditional };
}

const STOP: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'was',
    'with',
    'on',
    'said',
    'he',
    'it',
    'as',
    'by',
    'at',
    'from',
    'have',
    'are',
  ],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'a'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'dem', 'im', 'sie'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'se', 'al'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'do', 'da', 'no', 'na', 'se'],
  it: ['il', 'la', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'non', 'in', 'del', 'della', 'con', 'sono', 'gli'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'dalam', 'juga', 'adalah'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'met', 'voor', 'zijn'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan'],
  pl: ['i', 'w', 'się', 'nie', 'na', 'z', 'że', 'do', 'jest', 'to', 'jak', 'po'],
};

export interface LanguageGuess {
  language: string;
  confident: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyr = 0;
  let arab = 0;
  let hebr = 0;
  let thai = 0;
  let deva = 0;
  let greek = 0;
  let latin = 0;
  let viMarks = 0;
  for (let i = 0; i < sample.length; i++) {
    let c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      c = ((c - 0xd800) << 10) + (sample.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff) || (c >= 0xf900 && c <= 0xfaff))
      han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) arab++;
    else if (c >= 0x590 && c <= 0x5ff) hebr++;
    else if (c >= 0xe00 && c <= 0xe7f) thai++;
    else if (c >= 0x900 && c <= 0x97f) deva++;
    else if (c >= 0x370 && c <= 0x3ff) greek++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) {
      latin++;
      if (
        (c >= 0x1ea0 && c <= 0x1ef9) ||
        c === 0x1a1 ||
        c === 0x1a0 ||
        c === 0x1b0 ||
        c === 0x1af ||
        c === 0x103 ||
        c === 0x102 ||
        c === 0x111 ||
        c === 0x110
      )
        viMarks++;
    }
  }
  const total = han + kana + hangul + cyr + arab + hebr + thai + deva + greek + latin;
  if (total === 0) return { language: 'und', confident: false };
  const confident = total >= 20;
  const top = Math.max(han + kana, hangul, cyr, arab, hebr, thai, deva, greek, latin);
  if (kana > 0 && kana >= (han + kana) * 0.1 && han + kana === top) return { language: 'ja', confident };
  if (han + kana === top) {
    const ev = chineseScriptEvidence(sample);
    // no script evidence (very short text): Simplified is the likelier script, flagged as uncertain
    if (ev.traditional === 0 && ev.simplified === 0) return { language: 'zh-Hans', confident: false };
    return {
      language: ev.traditional > ev.simplified ? 'zh-Hant' : 'zh-Hans',
      confident: confident && Math.abs(ev.traditional - ev.simplified) >= 3,
    };
  }
  if (hangul === top) return { language: 'ko', confident };
  if (cyr === top) {
    if (/[іїєґ]/i.test(sample)) return { language: 'uk', confident };
    if (/[ўЎ]/.test(sample)) return { language: 'be', confident };
    return { language: 'ru', confident };
  }
  if (arab === top) return { language: /[پچژگ]/.test(sample) ? 'fa' : /[ٹڈڑںے]/.test(sample) ? 'ur' : 'ar', confident };
  if (hebr === top) return { language: 'he', confident };
  if (thai === top) return { language: 'th', confident };
  if (deva === top) return { language: 'hi', confident };
  if (greek === top) return { language: 'el', confident };
  if (viMarks >= Math.max(2, latin * 0.03)) return { language: 'vi', confident };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best = 'und';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOP)) {
    let score = 0;
    for (const w of list) score += freq.get(w) ?? 0;
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  return { language: best, confident: bestScore >= 5 && words.length >= 20 };
}
