// Chinese (Simplified): detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

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

/** Counts of Simplified-only and Traditional-only characters in `text`. */
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

/** Share of script-specific characters that are Simplified-only, and how many there are. */
export function simplifiedShare(text: string): { share: number; count: number } {
  const ev = chineseScriptEvidence(text);
  const n = ev.simplified + ev.traditional;
  return { share: n ? ev.simplified / n : 0, count: n };
}

export const detect: DetectRules = {
  script: 'Han',
  // more Simplified-only than Traditional-only characters; with none of either, Simplified is the likelier script
  evidence: (text) => {
    const { share, count } = simplifiedShare(text);
    return count === 0 ? 0.01 : share > 0.5 ? share : 0;
  },
  // a guess is confident when the script-specific characters differ by 3 or more
  confident: (text) => {
    const ev = chineseScriptEvidence(text);
    return Math.abs(ev.traditional - ev.simplified) >= 3;
  },
};
