import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';

/** The masked phone with a "查看" link that asks for a purpose before revealing it. */
export function PhoneCell({ user, onReveal }: { user: User; onReveal: (user: User) => void }) {
  const { t } = useTranslation();
  if (!user.phoneMasked) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{user.phoneMasked}</span>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => onReveal(user)}
        aria-label={`${t('users.reveal')} ${user.displayName} ${t('users.phone')}`}
        data-testid={`phone-reveal-${user.username}`}
      >
        {t('users.reveal')}
      </Button>
    </Space>
  );
}
