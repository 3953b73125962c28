// The Russian language pack.
import type { LanguagePack } from '../pack';
import { detect } from './detect';
import { segment } from './segment';
import { numbers } from './numbers';
import { dates } from './dates';
import { quantities } from './quantities';
import { entities } from './entities';
import { similarity } from './similarity';

export const pack: LanguagePack = {
  tag: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  detect,
  segment,
  numbers,
  dates,
  quantities,
  entities,
  similarity,
};
