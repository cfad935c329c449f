import { App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../contracts/api/org';
import { orgKind, orgLevel } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { useDeleteOrg, useOrg } from './queries';

type Props = {
  orgId: string | null;
  onCreateChild: (org: Org) => void;
  onEdit: (org: Org) => void;
  onDeleted: () => void;
};

export function OrgDetailCard({ orgId, onCreateChild, onEdit, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const me = useCurrentUser();
  const org = useOrg(orgId);
  const remove = useDeleteOrg();
  if (!orgId)
    return (
      <Card>
        <Empty description={t('org.selectHint')} />
      </Card>
    );
  if (!org.data)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const o = org.data;
  const writable = can(me.role, 'org.write');
  return (
    <Card title={o.name} data-testid="org-detail">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('org.level')}>{coded.label(orgLevel, o.level)}</Descriptions.Item>
        <Descriptions.Item label={t('org.kind')}>{coded.label(orgKind, o.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('org.region')}>{o.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('org.parent')}>{o.parentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.establishedOn')}>{o.establishedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Flex gap={24} wrap style={{ margin: '12px 0' }}>
        <Statistic title={t('org.probationary')} value={o.members.probationary} />
        <Statistic title={t('org.full')} value={o.members.full} />
        <Statistic title={t('org.subtree')} value={o.members.subtree} />
        <Statistic title={t('org.children')} value={o.childCount} />
      </Flex>
      {writable && (
        <Flex gap={8} wrap>
          {o.level !== 'group' && (
            <Button onClick={() => onCreateChild(o)} data-testid="org-create-child">
              {t('org.createChild')}
            </Button>
          )}
          <Button onClick={() => onEdit(o)}>{t('org.edit')}</Button>
          <Popconfirm
            title={t('org.deleteConfirm', { name: o.name })}
            okText={t('org.delete')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate(o.id, {
                onSuccess: () => {
                  message.success(t('org.deleted'));
                  onDeleted();
                },
                onError: (e) => message.error(errorText(e)),
              })
            }
          >
            <Button danger>{t('org.delete')}</Button>
          </Popconfirm>
        </Flex>
      )}
    </Card>
  );
}
