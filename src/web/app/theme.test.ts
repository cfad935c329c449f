import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { buildTheme } from './theme';

// Relative luminance and contrast ratio of WCAG 2.1 (1.4.3), for opaque #rrggbb colours.
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const PRESETS = [
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'pink',
  'red',
  'orange',
  'yellow',
  'volcano',
  'geekblue',
  'lime',
  'gold',
];

describe.each([false, true])('theme colours (large text: %s)', (largeText) => {
  const token = theme.getDesignToken(buildTheme(largeText)) as unknown as Record<string, string>;
  const hex = (name: string) => {
    const value = token[name];
    expect(value, name).toMatch(/^#[0-9a-f]{6}$/i);
    return value!;
  };

  it('gives every Tag preset colour text of 4.5:1 on its own background', () => {
    for (const color of PRESETS) {
      // Both names of the shade: the CSS variable antd writes takes `green-7`.
      for (const text of [`${color}7`, `${color}-7`]) {
        expect(contrast(hex(text), hex(`${color}1`)), text).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('gives the status colours 4.5:1 on white, on their tints, and under white text', () => {
    for (const status of ['Error', 'Success', 'Warning', 'Primary', 'Info']) {
      const color = hex(`color${status}`);
      expect(contrast(color, '#ffffff'), status).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, hex(`color${status}Bg`)), `${status} on its tint`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(`color${status}Text`), '#ffffff'), `${status} text`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps links and primary buttons at 4.5:1 under the pointer and when pressed', () => {
    for (const name of ['colorLinkHover', 'colorLinkActive', 'colorPrimaryHover', 'colorPrimaryActive']) {
      expect(contrast(hex(name), '#ffffff'), `${name} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(name), '#f4f5f7'), `${name} on the page background`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('turns antd’s animations off when the device asks for reduced motion, and only then', () => {
    const motion = (reduce: boolean) =>
      (theme.getDesignToken(buildTheme(false, reduce)) as unknown as { motion: boolean }).motion;
    expect(motion(true)).toBe(false);
    expect(motion(false)).toBe(true);
  });
});
