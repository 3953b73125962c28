// Consonant sketch of a transliterated name: its sound reduced to consonant classes, so that
// 拉夫罗夫 / Lavrov / Лавров → "LFLF" and 伊斯坦布尔 / Istanbul → "STNPL".
import { pinyin } from 'pinyin-pro';
import { isHan } from './chinese';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Latin transcription of Cyrillic letters (other characters unchanged). */
export function cyrillicToLatin(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

// Consonant classes: P (b p), T (d t), K (g k c q-hard), F (f v ph), S (s z c-soft x sh ch j zh), L (l r),
// N (m n ng). h, w, y and vowels are dropped; repeats collapse.
function latinSketch(word: string): string {
  let s = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z]/g, '');
  s = s
    .replace(/ng(?![aeiouy])/g, 'n')
    .replace(/([^aeiouy])er$/, '$1e')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/x/g, 'ks');
  let out = '';
  for (const ch of s) {
    let c = '';
    if (ch === 'b' || ch === 'p') c = 'P';
    else if (ch === 'd' || ch === 't') c = 'T';
    else if (ch === 'g' || ch === 'k' || ch === 'c' || ch === 'q') c = 'K';
    else if (ch === 'f' || ch === 'v') c = 'F';
    else if (ch === 's' || ch === 'z' || ch === 'j') c = 'S';
    else if (ch === 'l' || ch === 'r') c = 'L';
    else if (ch === 'm' || ch === 'n') c = 'N';
    if (c && out[out.length - 1] !== c) out += c;
  }
  return out;
}

const INITIAL: Record<string, string> = {
  b: 'P', p: 'P', d: 'T', t: 'T', g: 'K', k: 'K', f: 'F', l: 'L', r: 'L', m: 'N', n: 'N',
  s: 'S', x: 'S', z: 'S', c: 'S', j: 'S', q: 'S', sh: 'S', zh: 'S', ch: 'S', h: '', w: '', y: '',
};

function pinyinSketch(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  let out = '';
  const push = (c: string) => {
    if (c && out[out.length - 1] !== c) out += c;
  };
  for (const syl of syllables) {
    if (syl === 'er') {
      push('L');
      continue;
    }
    const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([a-zü]*)$/.exec(syl);
    if (!m) continue;
    push(INITIAL[m[1] ?? ''] ?? '');
    if (/n$|ng$/.test(m[2])) push('N');
  }
  return out;
}

/** Consonant sketch of a name in the given language ('zh-*' uses pinyin; Cyrillic is transliterated). */
export function nameSketch(name: string, lang = ''): string {
  const hasHan = [...name].some(isHan);
  if (hasHan || lang.startsWith('zh')) {
    const han = [...name].filter(isHan).join('');
    if (han) return pinyinSketch(han);
  }
  if (/[\u0400-\u04ff]/.test(name)) return latinSketch(cyrillicToLatin(name));
  return latinSketch(name);
}

// Characters that Chinese uses to transliterate foreign names; a run of two or more of them is a name candidate.
export const TRANSLIT_CHARS = new Set(
  [
    ...'阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕庇波玻伯勃博卜布步查柴昌彻丘楚茨达戴丹道德登邓迪蒂丁东杜敦多厄恩尔耳法凡范菲斐费芬丰冯夫弗伏福富盖甘冈高戈哥格葛根古瓜圭贵果哈海汉豪赫黑亨洪侯胡华霍基吉极季济加佳迦嘉贾杰金津久居喀卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰蓝朗劳勒雷蕾黎李里理丽利莉连列林琳铃龙隆卢鲁陆路伦罗洛吕律玛马迈麦曼芒毛梅美蒙孟米密敏明莫墨默姆木穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普浦奇齐契恰乔切钦琼丘曲让热日荣瑞若撒萨塞赛桑瑟森沙莎山尚舍申什施史舒斯松苏索塔泰坦汤唐陶特提廷通图托瓦万旺威韦维魏温文沃乌伍武西希锡席夏谢辛休叙雅亚扬杨耶叶伊依因英尤于宇约泽扎詹兹佐',
  ],
);

export function isTranslitChar(ch: string): boolean {
  return TRANSLIT_CHARS.has(ch);
}
