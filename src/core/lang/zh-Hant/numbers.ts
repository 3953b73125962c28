// Traditional Chinese: the Chinese number rules (they read Traditional numerals 兩, 萬, 億 and Simplified alike).
export { numbers } from '../zh-Hans/numbers';
