import type { ThemeConfig } from 'antd';

// Party red, dark enough for white text and for red text on white to pass WCAG AA (about 7:1).
const PRIMARY = '#b71c1c';
// Under the pointer links and primary buttons turn darker, not antd's lighter tint (#d16a62 gives
// 3.2:1 on the page background: a phone's last tap leaves the pointer on a link).
const PRIMARY_HOVER = '#8e1515';
const PRIMARY_ACTIVE = '#7a1212';
// antd's tertiary/placeholder greys fall below 4.5:1 on white; darken those used for content.
const SECONDARY_TEXT = 'rgba(0, 0, 0, 0.65)';

/*
 * Status colours dark enough for text on white and on their own tint (WCAG AA, 4.5:1): antd's
 * defaults are not (its red #ff4d4f, used by every 删除 button, gives 3.26:1 on white). A dark
 * seed makes antd derive greyish tints, so the light backgrounds and borders stay antd's own.
 */
const STATUS_COLORS = {
  colorError: '#cf1322', // red-7
  colorErrorBg: '#fff1f0',
  colorErrorBgHover: '#ffccc7',
  colorErrorBorder: '#ffa39e',
  colorSuccess: '#237804', // green-8
  colorSuccessBg: '#f6ffed',
  colorSuccessBgHover: '#d9f7be',
  colorSuccessBorder: '#b7eb8f',
  colorWarning: '#ad4e00', // orange-8
  colorWarningBg: '#fff7e6',
  colorWarningBgHover: '#ffe7ba',
  colorWarningBorder: '#ffd591',
} as const;

/**
 * Tag presets (`<Tag color="green">`) write shade 7 on shade 1 of their palette; for these
 * colours shade 7 reads under 4.5:1 (green 3.37:1, orange 3.34:1), so their text takes the first
 * darker shade that passes (theme.test.ts checks every preset). antd keeps each shade under two
 * names (`green7`, `green-7`), and its CSS variable takes the second: both are set.
 */
const TAG_TEXT = {
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
};
const TAG_TEXT_SHADES: Record<string, string> = Object.fromEntries(
  Object.entries(TAG_TEXT).flatMap(([color, hex]) => [
    [`${color}7`, hex],
    [`${color}-7`, hex],
  ]),
);

const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

/**
 * `reduceMotion`: the phone or computer asks for less motion (prefers-reduced-motion), as people who
 * get dizzy from moving screens set it, and as a slow phone is better served: antd then opens menus,
 * dialogs and tabs without animating them.
 */
export const buildTheme = (largeText: boolean, reduceMotion = false): ThemeConfig => ({
  token: {
    motion: !reduceMotion,
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorLinkHover: PRIMARY_HOVER,
    colorLinkActive: PRIMARY_ACTIVE,
    colorPrimaryHover: PRIMARY_HOVER,
    colorPrimaryActive: PRIMARY_ACTIVE,
    colorInfo: '#0b57d0',
    ...STATUS_COLORS,
    ...TAG_TEXT_SHADES,
    colorTextSecondary: SECONDARY_TEXT,
    colorTextTertiary: SECONDARY_TEXT,
    colorTextDescription: SECONDARY_TEXT,
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    fontFamily: FONT_FAMILY,
    fontSize: largeText ? 18 : 14,
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f4f5f7' },
    // Clickable crumbs must look clickable; antd's default link colour is the muted text grey.
    Breadcrumb: { linkColor: PRIMARY, linkHoverColor: PRIMARY_HOVER },
  },
});
