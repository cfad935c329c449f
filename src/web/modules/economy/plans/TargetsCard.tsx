import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Popconfirm,
  Progress,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyTarget } from '../../../../contracts/api/economy-plans';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { useErrorText } from '../../../app/errors';
import { plansApi, usePlansMutation, useProgress, useTargets, yuan } from './api';
import { TargetFormModal } from './TargetFormModal';

const thisYear = new Date().getFullYear();

/** 发展目标: each target with its progress (named Progress bars) and the villages below its floor. */
export function TargetsCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const targets = useTargets();
  const [editing, setEditing] = useState<EconomyTarget | null | undefined>(undefined);
  const items = targets.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('econPlans.tiers.targets')}
      loading={targets.isLoading}
      extra={
        can(me.role, 'economy.settings') && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="target-add"
          >
            {t('econPlans.tiers.addTarget')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty description={t('econPlans.tiers.noTargets')} />
      ) : (
        <Flex vertical gap={12}>
          {items.map((target) => (
            <TargetProgressCard key={target.id} target={target} onEdit={() => setEditing(target)} />
          ))}
        </Flex>
      )}
      {editing !== undefined && <TargetFormModal target={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

function TargetProgressCard({ target, onEdit }: { target: EconomyTarget; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [year, setYear] = useState<number>(Math.min(target.byYear, thisYear - 1));
  const progress = useProgress(target.id, { year });
  const remove = usePlansMutation(() => plansApi.deleteTarget(target.id));
  const p = progress.data;
  const years = Array.from({ length: 6 }, (_, i) => Math.max(target.byYear, thisYear) - i);
  const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);
  return (
    <Card
      type="inner"
      size="small"
      title={<Typography.Text strong>{target.name}</Typography.Text>}
      data-testid="target-card"
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          <Tag>{target.regionName}</Tag>
          <Tag>
            {t('econPlans.tiers.byYear')} {target.byYear}
          </Tag>
          <Select
            value={year}
            aria-label={t('econPlans.tiers.progressYear')}
            style={{ width: 100 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={setYear}
          />
          {p && (
            <Tag color={p.met ? 'success' : 'warning'}>
              {p.met ? t('econPlans.tiers.met') : t('econPlans.tiers.notMet')}
            </Tag>
          )}
          {target.editable && (
            <Space>
              <Button size="small" onClick={onEdit}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('econPlans.tiers.deleteTarget', { name: target.name })}
                onConfirm={() =>
                  remove.mutate(undefined, {
                    onSuccess: () => void message.success(t('econPlans.tiers.targetDeleted')),
                    onError: (e) => void message.error(errorText(e)),
                  })
                }
              >
                <Button size="small" danger>
                  {t('econPlans.plans.delete')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Flex>
        {progress.isError && <Typography.Text type="danger">{errorText(progress.error)}</Typography.Text>}
        {p && (
          <>
            <Typography.Text type="secondary">
              {t('econPlans.tiers.counts', { villages: p.villages, without: p.withoutAccount })}
            </Typography.Text>
            {target.everyMinFen != null && (
              <ProgressLine
                label={t('econPlans.tiers.everyProgress', { amount: yuan(target.everyMinFen) })}
                percent={percent(p.villages - p.belowEvery, p.villages)}
                detail={`${p.villages - p.belowEvery}/${p.villages}`}
              />
            )}
            {target.shareMinFen != null && (
              <ProgressLine
                label={t('econPlans.tiers.shareProgress', {
                  amount: yuan(target.shareMinFen),
                  percent: target.sharePercent,
                })}
                percent={Math.min(100, p.sharePercent)}
                detail={`${p.atShare}/${p.villages}`}
                goal={target.sharePercent ?? undefined}
              />
            )}
            {p.shareMissing > 0 && target.shareMinFen != null && (
              <Typography.Text>
                {t('econPlans.tiers.shareMissing', {
                  count: p.shareMissing,
                  amount: yuan(target.shareMinFen),
                })}
              </Typography.Text>
            )}
            {target.everyMinFen != null && p.below.length > 0 && (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'below',
                    label: t('econPlans.tiers.belowList', {
                      amount: yuan(target.everyMinFen),
                      count: p.below.length,
                    }),
                    children: (
                      <Flex vertical gap={4} data-testid="target-below">
                        {p.below.map((v) => (
                          <Flex key={v.code} justify="space-between" gap={8}>
                            <span>
                              {v.townshipName ? `${v.townshipName} · ` : ''}
                              {v.name}
                            </span>
                            <span>{v.hasAccount ? yuan(v.incomeFen) : t('econPlans.weak.noAccount')}</span>
                          </Flex>
                        ))}
                      </Flex>
                    ),
                  },
                ]}
              />
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}

function ProgressLine({
  label,
  percent,
  detail,
  goal,
}: {
  label: string;
  percent: number;
  detail: string;
  goal?: number;
}) {
  return (
    <Flex vertical gap={0}>
      <Typography.Text>
        {label}：{detail}
      </Typography.Text>
      <Progress
        percent={percent}
        size="small"
        aria-label={label}
        status={goal != null && percent >= goal ? 'success' : 'normal'}
        format={(v) => `${v}%`}
      />
    </Flex>
  );
}
