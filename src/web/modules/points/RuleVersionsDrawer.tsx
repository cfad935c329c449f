import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleView } from '../../../contracts/api/points';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { useRuleVersions } from './queries';
import { formatTime, signed } from './shared';

/** Every version of a rule: what changed and when (claims keep the version they were made under). */
export function RuleVersionsDrawer({ rule, onClose }: { rule: RuleView; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const versions = useRuleVersions(rule.id);
  return (
    <Drawer open onClose={onClose} title={`${rule.code} ${rule.name}`} size="large">
      {versions.isError && errorText(versions.error)}
      <ResponsiveTable<RuleView>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={versions.isFetching}
        dataSource={versions.data ?? []}
        pagination={false}
        columns={[
          { key: 'v', title: t('points.version'), render: (_, r) => `v${r.version}` },
          { key: 'name', title: t('points.ruleName'), dataIndex: 'name' },
          {
            key: 'points',
            title: t('points.points'),
            render: (_, r) =>
              r.maxPoints == null ? signed(r.points) : `${signed(r.points)} ~ ${r.maxPoints}`,
          },
          {
            key: 'active',
            title: t('points.statusLabel'),
            render: (_, r) => (r.active ? t('points.active') : t('points.inactive')),
          },
          { key: 'from', title: t('points.validFrom'), render: (_, r) => formatTime(r.createdAt) },
          {
            key: 'to',
            title: t('points.validTo'),
            render: (_, r) => formatTime(r.supersededAt) || t('points.current'),
          },
        ]}
      />
    </Drawer>
  );
}
