import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Flex, InputNumber, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeakVillage } from '../../../../contracts/api/economy-plans';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { plansApi, useWeakVillages, type WeakQuery, yuan } from './api';
import type { econPlansZh } from './messages';

const lastYear = new Date().getFullYear() - 1;
const YEARS = Array.from({ length: 7 }, (_, i) => lastYear + 1 - i);

/** 消除薄弱村: the villages below an amount with their plan and led project; those with neither stand out. */
export function WeakTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [query, setQuery] = useState<WeakQuery>({ year: lastYear, page: 1, pageSize: 20 });
  const list = useWeakVillages(query);
  const set = (patch: Partial<WeakQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const w = (k: keyof typeof econPlansZh.weak.cols) => t(`econPlans.weak.cols.${k}` as const);

  const columns: ColumnsType<WeakVillage> = [
    {
      key: 'village',
      title: w('village'),
      render: (_, v) => (
        <Flex vertical gap={2}>
          <span>{v.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.townshipName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'income',
      title: w('income'),
      align: 'right',
      render: (_, v) => (
        <Flex vertical gap={2} align="end">
          <span>{yuan(v.incomeFen)}</span>
          {!v.hasAccount && <Tag>{t('econPlans.weak.noAccount')}</Tag>}
        </Flex>
      ),
    },
    { key: 'band', title: w('band'), render: (_, v) => v.bandLabel },
    {
      key: 'plan',
      title: w('plan'),
      render: (_, v) =>
        v.plan ? (
          `${v.plan.title}（${v.plan.startYear}–${v.plan.endYear}）`
        ) : v.unattended ? (
          <Tag color="error" data-testid="weak-unattended">
            {t('econPlans.weak.neither')}
          </Tag>
        ) : (
          '—'
        ),
    },
    { key: 'project', title: w('project'), render: (_, v) => v.ledProject?.title ?? '—' },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Select
            value={query.year}
            aria-label={t('econPlans.weak.year')}
            style={{ width: 100 }}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(year) => set({ year })}
          />
          <InputNumber
            min={1}
            precision={0}
            style={{ width: 170 }}
            placeholder={t('econPlans.weak.below')}
            aria-label={t('econPlans.weak.below')}
            onChange={(v) => set({ belowFen: typeof v === 'number' ? Math.round(v * 100) : undefined })}
          />
          <div style={{ width: 200 }}>
            <RegionPicker
              value={query.regionCode}
              onChange={(regionCode) => set({ regionCode })}
              allowedLevels={['county', 'township']}
              aria-label={w('village')}
            />
          </div>
          <Checkbox
            checked={query.unattended === 'true'}
            onChange={(e) => set({ unattended: e.target.checked ? 'true' : undefined })}
          >
            {t('econPlans.weak.unattended')}
          </Checkbox>
          <Button
            icon={<DownloadOutlined />}
            href={plansApi.weakExportUrl(query)}
            data-testid="weak-villages-export"
          >
            {t('econPlans.weak.export')}
          </Button>
        </Flex>
      </Card>
      {list.data && (
        <Alert
          type={list.data.unattendedTotal > 0 ? 'warning' : 'info'}
          showIcon
          data-testid="weak-summary"
          message={t('econPlans.weak.summary', {
            year: list.data.year,
            total: list.data.total,
            below: yuan(list.data.belowFen),
            unattended: list.data.unattendedTotal,
          })}
          description={t(`econPlans.weak.basis.${list.data.basis}` as const)}
        />
      )}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<WeakVillage>
        rowKey="code"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['village', 'income', 'plan']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econPlans.weak.empty')} /> }}
        data-testid="weak-villages-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
    </Flex>
  );
}
