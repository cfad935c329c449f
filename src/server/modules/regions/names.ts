import { pinyin } from 'pinyin-pro';

/** Lower-case pinyin initials of a Chinese name: 平马镇 → pmz. Latin letters and digits are kept. */
export const pinyinInitials = (name: string): string =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 64);

/**
 * The name villages use for themselves: the statistical tables say 某某村委会 / 某某社区居委会,
 * people say 某某村 / 某某社区.
 */
export const displayVillageName = (name: string): string =>
  name
    .replace(/村民委员会$/, '村')
    .replace(/村委会$/, '村')
    .replace(/社区居民委员会$/, '社区')
    .replace(/社区居委会$/, '社区')
    .replace(/居委会$/, '社区');
