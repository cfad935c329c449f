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
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={t('header.switchLanguage')}
        data-testid="lang-toggle"
        onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
      >
        {compact ? null : langLabel}
      </Button>
      <Button
        type={largeText ? 'primary' : 'text'}
        icon={<FontSizeOutlined />}
        aria-pressed={largeText}
        aria-label={t('header.largeText')}
        title={largeText ? t('header.largeTextOn') : t('header.largeText')}
        data-testid="large-text-toggle"
        onClick={() => setLargeText(!largeText)}
      >
        {compact ? null : t('header.largeText')}
      </Button>
    </Space>
  );
}
