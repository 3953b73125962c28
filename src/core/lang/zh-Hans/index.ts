// The Chinese (Simplified) language pack.
import type { LanguagePack } from '../pack';
import { detect } from './detect';
import { segment } from './segment';
import { numbers } from './numbers';
import { dates } from './dates';
import { quantities } from './quantities';
import { entities } from './entities';
import { similarity } from './similarity';

export const pack: LanguagePack = {
  tag: 'zh-Hans',
  name: 'Chinese (Simplified)',
  script: 'Hans',
  detect,
  segment,
  numbers,
  dates,
  quantities,
  entities,
  similarity,
};
