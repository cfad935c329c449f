import { FontSizeOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences';

/** Language switch and large-text switch; `compact` hides the words on narrow headers. */
export function PreferenceToggles({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { lang, setLang, largeText, setLargeText } = usePreferences();
  const langLabel = lang === 'en' ? t('header.switchToChinese') : t('header.switchToEnglish');
  return (
    <Space size={4}>
      {/* A button that shows words is named by them (WCAG 2.5.3); an icon alone gets a label. */}
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={compact ? t('header.switchLanguage') : undefined}
        title={t('header.switchLanguage')}
        data-testid="lang-toggle"
        onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
      >
        {compact ? null : <span lang={lang === 'en' ? 'zh-CN' : 'en'}>{langLabel}</span>}
      </Button>
      <Button
        type={largeText ? 'primary' : 'text'}
        icon={<FontSizeOutlined />}
        aria-pressed={largeText}
        aria-label={compact ? t('header.largeText') : undefined}
        title={largeText ? t('header.largeTextOn') : t('header.largeText')}
        data-testid="large-text-toggle"
        onClick={() => setLargeText(!largeText)}
      >
        {compact ? null : t('header.largeText')}
      </Button>
    </Space>
  );
}
