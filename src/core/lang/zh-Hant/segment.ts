// Traditional Chinese: the Chinese segmentation rules (they list Traditional forms: 說, 稱, 強調).
export { segment } from '../zh-Hans/segment';
