import { PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Empty, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../contracts/roles';
import type { RegionWithPath } from '../../app/api';
import { useCurrentUser } from '../../app/auth';
import { useRegion } from '../../app/components/region-queries';
import { useErrorText } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { AddGroupModal } from './AddGroupModal';
import { withinScope } from './scope';

type Props = {
  code: string | null;
  onNavigate: (code: string, path: RegionWithPath['path']) => void;
  onGroupAdded: (village: RegionWithPath) => void;
};

export function RegionDetail({ code, onNavigate, onGroupAdded }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const region = useRegion(code);
  const [adding, setAdding] = useState(false);

  const body = () => {
    if (!code) return <Empty description={t('regions.selectHint')} />;
    if (region.isPending) return <Skeleton active />;
    if (region.isError) return <Typography.Text type="danger">{errorText(region.error)}</Typography.Text>;
    const r = region.data;
    // Regions above the user's scope are shown for orientation but cannot be opened.
    const crumbs = r.path.map((p, i) => ({
      key: p.code,
      title: withinScope(p.code, me.scopeCode) ? (
        <Typography.Link onClick={() => onNavigate(p.code, r.path.slice(0, i + 1))}>{p.name}</Typography.Link>
      ) : (
        p.name
      ),
    }));
    return (
      <Descriptions
        column={1}
        size="small"
        bordered
        data-testid="region-detail"
        items={[
          { key: 'name', label: t('regions.name'), children: r.name },
          {
            key: 'code',
            label: t('regions.code'),
            children: <Typography.Text copyable>{r.code}</Typography.Text>,
          },
          { key: 'level', label: t('regions.level'), children: labels.level(r.level) },
          { key: 'children', label: t('regions.childCount'), children: r.childCount },
          { key: 'path', label: t('regions.path'), children: <Breadcrumb items={crumbs} /> },
        ]}
      />
    );
  };

  const canAddGroup = region.data?.level === 'village' && can(me.role, 'regions.write');
  return (
    <Card
      title={region.data?.name ?? t('regions.detail')}
      extra={
        canAddGroup && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="region-add-group">
            {t('regions.addGroup')}
          </Button>
        )
      }
    >
      {body()}
      {region.data && adding && (
        <AddGroupModal
          village={region.data}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onGroupAdded(region.data);
          }}
        />
      )}
    </Card>
  );
}
