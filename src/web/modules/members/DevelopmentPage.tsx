import { Button, Card, Empty, Flex, List, Progress, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevelopmentRecord } from '../../../contracts/api/members';
import { developmentStage } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { AdvanceModal } from './AdvanceModal';
import { DevelopmentExcel } from './DevelopmentExcel';
import { NewRecordModal, TargetModal } from './MemberForms';
import { useRecords, useTargets } from './queries';

type Stage = DevelopmentRecord['stage'];
const nextOf = (stage: Stage): Stage | null =>
  (developmentStage.values[developmentStage.values.indexOf(stage) + 1] as Stage | undefined) ?? null;

/** 发展党员: records by stage with the advance form, and this year's targets with progress. */
export default function DevelopmentPage() {
  const { t } = useTranslation();
  const coded = useCoded();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [settingTarget, setSettingTarget] = useState(false);
  const [stage, setStage] = useState<Stage>('applicant');
  const records = useRecords(stage);
  const year = new Date().getFullYear();
  const targets = useTargets(year);
  const [advancing, setAdvancing] = useState<DevelopmentRecord | null>(null);
  const next = nextOf(stage);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.development')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'members.write') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="record-create">
              {t('members.createRecord')}
            </Button>
          )}
          <DevelopmentExcel stage={stage} mayImport={can(me.role, 'members.write')} />
        </Flex>
      </Flex>
      {creating && <NewRecordModal onClose={() => setCreating(false)} />}
      {settingTarget && <TargetModal year={year} onClose={() => setSettingTarget(false)} />}
      <Card
        title={`${t('members.targets')}（${year}）`}
        extra={
          can(me.role, 'members.write') && (
            <Button size="small" onClick={() => setSettingTarget(true)} data-testid="target-set">
              {t('members.setTarget')}
            </Button>
          )
        }
      >
        {targets.data?.items.length ? (
          targets.data.items.map((g) => (
            <div key={g.regionCode}>
              <Typography.Text>
                {g.regionName}：{t('members.progress', { reached: g.reached, target: g.target })}
              </Typography.Text>
              <Progress percent={Math.min(100, g.percent ?? 0)} />
            </div>
          ))
        ) : (
          <Empty description={t('members.noTargets')} />
        )}
      </Card>
      <Card>
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented<Stage>
            value={stage}
            onChange={setStage}
            options={coded.options(developmentStage) as { value: Stage; label: string }[]}
          />
        </div>
        <List
          loading={records.isFetching}
          dataSource={records.data?.items}
          locale={{ emptyText: <Empty description={t('members.noRecords')} /> }}
          renderItem={(r) => (
            <List.Item
              actions={
                next && can(me.role, 'members.write')
                  ? [
                      <Button key="advance" size="small" onClick={() => setAdvancing(r)}>
                        {t('members.advance')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={r.name}
                description={`${r.orgName} · ${t('members.since')} ${r.stageSince}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {advancing && next && (
        <AdvanceModal record={advancing} next={next} onClose={() => setAdvancing(null)} />
      )}
    </Space>
  );
}
