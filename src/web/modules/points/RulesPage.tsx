import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointsSystem, RuleView } from '../../../contracts/api/points';
import { levelOfCode } from '../../../contracts/region-code';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { useRules } from './queries';
import { RuleFormModal } from './RuleFormModal';
import { RuleVersionsDrawer } from './RuleVersionsDrawer';
import { SystemSwitch, signed } from './shared';

const LEVEL_COLORS = { county: 'blue', township: 'green', village: 'orange' } as const;
const OWNER_LEVELS = ['county', 'township', 'village'];

/** 积分规则 that apply at a place: the county catalogue, the township's additions, the village's 村规民约. */
export default function RulesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [place, setPlace] = useState(me.scopeCode);
  const [system, setSystem] = useState<PointsSystem | undefined>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const rules = useRules({ system, regionCode: place, includeInactive: includeInactive || undefined });
  const [editing, setEditing] = useState<RuleView | 'new' | null>(null);
  const [history, setHistory] = useState<RuleView | null>(null);
  const mayAdd = OWNER_LEVELS.includes(levelOfCode(me.scopeCode));
  // Only the level that made a rule changes it (a village cannot edit the county catalogue).
  const mine = (r: RuleView) => r.regionCode === me.scopeCode;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('points.rulesTitle')}
        </Typography.Title>
        {mayAdd && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="rule-create"
          >
            {t('points.addRule')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <SystemSwitch withAll value={system} onChange={setSystem} />
          <div style={{ width: 240, maxWidth: '100%' }}>
            <RegionPicker value={place} onChange={(c) => setPlace(c ?? me.scopeCode)} />
          </div>
          <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
            {t('points.includeInactive')}
          </Checkbox>
        </Flex>
        {rules.isError && <Typography.Text type="danger">{errorText(rules.error)}</Typography.Text>}
        <ResponsiveTable<RuleView>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={rules.isFetching}
          dataSource={rules.data ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: t('points.noRules') }}
          columns={[
            {
              key: 'level',
              title: t('points.level'),
              render: (_, r) => <Tag color={LEVEL_COLORS[r.level]}>{t(`points.levels.${r.level}`)}</Tag>,
            },
            { key: 'code', title: t('points.ruleCode'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('points.ruleName'),
              render: (_, r) => <span style={{ whiteSpace: 'normal' }}>{r.name}</span>,
            },
            {
              key: 'points',
              title: t('points.points'),
              render: (_, r) =>
                r.maxPoints == null ? signed(r.points) : `${signed(r.points)} ~ ${r.maxPoints}`,
            },
            {
              key: 'cap',
              title: t('points.cap'),
              render: (_, r) =>
                r.cap && r.capPeriod
                  ? t('points.capOf', { period: t(`points.capPeriods.${r.capPeriod}`), cap: r.cap })
                  : '',
            },
            {
              key: 'flags',
              title: t('points.flags'),
              render: (_, r) => (
                <>
                  {r.evidenceRequired && <Tag>{t('points.photoNeeded')}</Tag>}
                  {r.freezeMonths && <Tag color="red">{t('points.freezes', { n: r.freezeMonths })}</Tag>}
                  {!r.active && <Tag>{t('points.inactive')}</Tag>}
                </>
              ),
            },
            { key: 'version', title: t('points.version'), render: (_, r) => `v${r.version}` },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, r) => (
                <Flex gap={4}>
                  {mine(r) && (
                    <Button size="small" onClick={() => setEditing(r)} data-testid={`rule-edit-${r.code}`}>
                      {t('common.edit')}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => setHistory(r)}>
                    {t('points.versions')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <RuleFormModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {history && <RuleVersionsDrawer rule={history} onClose={() => setHistory(null)} />}
    </Flex>
  );
}
