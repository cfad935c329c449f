import { Popconfirm, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';

type Props = { user: User; pending: boolean; onChange: (disabled: boolean) => void };

/** Enabling or disabling an account always asks first. */
export function AccountStatusSwitch({ user, pending, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space>
      <Popconfirm
        title={user.disabled ? t('users.enableConfirm') : t('users.disableConfirm')}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onConfirm={() => onChange(!user.disabled)}
      >
        <Switch
          checked={!user.disabled}
          loading={pending}
          aria-label={t('users.enabled')}
          data-testid="user-enabled"
        />
      </Popconfirm>
      <Typography.Text>{user.disabled ? t('users.disabled') : t('users.enabled')}</Typography.Text>
    </Space>
  );
}
