import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';

/** Account state; colours chosen from presets that keep AA contrast. */
export function StatusTags({ user }: { user: User }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs());
  return (
    <>
      {user.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="blue">{t('users.active')}</Tag>}
      {locked && <Tag color="red">{t('users.locked')}</Tag>}
      {user.mustChangePassword && <Tag color="purple">{t('users.mustChange')}</Tag>}
    </>
  );
}
