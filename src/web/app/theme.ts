import type { ThemeConfig } from 'antd';

// Party red, dark enough for white text and for red text on white to pass WCAG AA (about 7:1).
const PRIMARY = '#b71c1c';
// antd's tertiary/placeholder greys fall below 4.5:1 on white; darken those used for content.
const SECONDARY_TEXT = 'rgba(0, 0, 0, 0.65)';

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

export const buildTheme = (largeText: boolean): ThemeConfig => ({
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorInfo: '#0b57d0',
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
    Breadcrumb: { linkColor: PRIMARY, linkHoverColor: '#8e1515' },
  },
});
