// The registry of language packs: one per tag, and the lookup the engine uses.
import type { LanguagePack } from './pack';
import { pack as en } from './en';
import { pack as zhHans } from './zh-Hans';
import { pack as zhHant } from './zh-Hant';
import { pack as vi } from './vi';
import { pack as ru } from './ru';
import { pack as ar } from './ar';

export const PACKS: readonly LanguagePack[] = [en, zhHans, zhHant, vi, ru, ar];

const NEUTRAL: LanguagePack = { tag: 'und', name: 'Unknown', script: 'Latn' };

const byTag = new Map(PACKS.map((p) => [p.tag.toLowerCase(), p]));

/** The pack for a BCP 47 tag: exact tag first, then its primary language (zh → zh-Hans); a neutral pack otherwise. */
export function packFor(tag: string | null | undefined): LanguagePack {
  const t = (tag ?? '').toLowerCase();
  const exact = byTag.get(t);
  if (exact) return exact;
  if (t.startsWith('zh')) return /hant|tw|hk|mo/.test(t) ? zhHant : zhHans;
  const primary = t.split('-')[0];
  return PACKS.find((p) => p.tag.split('-')[0].toLowerCase() === primary) ?? NEUTRAL;
}
