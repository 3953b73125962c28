// UI language choice: the OS language on first start, the analyst's choice afterwards.
import { UI_LANGUAGES, type UiLanguage } from '../../api/contract';

/** Maps BCP 47 tags (navigator.languages) to the first supported UI language; English otherwise. */
export function pickUiLanguage(tags: readonly string[]): UiLanguage {
  for (const raw of tags) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh')) {
      if (/-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
      return 'zh-Hans';
    }
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);
}

/** Short label for a document's language badge (its BCP 47 tag, tidied). */
export function languageBadge(tag: string): string {
  if (!tag || tag === 'und') return '?';
  return tag;
}

/** True for Traditional Chinese text (zh-Hant, zh-TW, zh-HK). */
export function isTraditional(tag: string): boolean {
  return /^zh-(hant|tw|hk|mo)/i.test(tag);
}

export function isChinese(tag: string): boolean {
  return /^zh\b/i.test(tag);
}
