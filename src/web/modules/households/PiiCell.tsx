import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import type { PiiField } from './api';

/** A masked ID number or phone, with "查看" for the roles that may reveal it (purpose asked first). */
export function PiiCell({
  person,
  field,
  onReveal,
}: {
  person: Person;
  field: PiiField;
  onReveal: (person: Person, field: PiiField) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const masked = field === 'idNumber' ? person.idNumberMasked : person.phoneMasked;
  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap={false}>
      <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{masked}</span>
      {can(me.role, 'pii.reveal') && !person.deleted && (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => onReveal(person, field)}
          aria-label={`${t('households.reveal')} ${person.name} ${field === 'idNumber' ? t('households.idNumber') : t('households.phone')}`}
          data-testid={`reveal-${field}-${person.id}`}
        >
          {t('households.reveal')}
        </Button>
      )}
    </Space>
  );
}
