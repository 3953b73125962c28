// Rough language tag of a text: 'zh-Hant' / 'zh-Hans' (OpenCC round trip), 'vi' (Vietnamese letters),
// 'en' (common English words), 'ru' (Cyrillic), otherwise 'und'.
import { toSimplified, isHan } from './chinese';
import { hasVietMarks } from './viet';

export function detectLang(text: string): string {
  const sample = text.slice(0, 20_000);
  let han = 0;
  let letters = 0;
  let cyr = 0;
  for (const ch of sample) {
    if (isHan(ch)) han++;
    else if (/\p{L}/u.test(ch)) {
      letters++;
      if (/[\u0400-\u04ff]/.test(ch)) cyr++;
    }
  }
  if (han > 0 && han * 3 >= letters) {
    const hanOnly = [...sample].filter(isHan).join('');
    const simp = toSimplified(hanOnly);
    let changed = 0;
    for (let i = 0; i < hanOnly.length; i++) if (hanOnly[i] !== simp[i]) changed++;
    return changed > 0 && changed / hanOnly.length > 0.02 ? 'zh-Hant' : 'zh-Hans';
  }
  if (cyr > letters / 2) return 'ru';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  const viMarked = words.filter(hasVietMarks).length;
  if (viMarked / words.length > 0.15) return 'vi';
  const en = words.filter((w) => /^(the|of|and|to|in|a|is|was|for|on|that|with|said|by|at|from|has|have|it|as)$/.test(w)).length;
  if (en / words.length > 0.08) return 'en';
  return 'und';
}
