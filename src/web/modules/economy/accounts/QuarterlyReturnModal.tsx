import { DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Modal, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_CODES } from '../../../../contracts/api/economy-accounts';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { econAccountsApi, type QuarterlyRow, useQuarterly } from './api';
import { formatYuan } from './money';
import { TierTag } from './TierTag';

// 季度报表: preview of the return for the caller's region (per village of a township, per
// township of a county) and its Excel download. Generated from the accounts; nobody types it.

const growth = (p: number | null) => (p === null ? '—' : `${p > 0 ? '+' : ''}${p}%`);

export function QuarterlyReturnModal({
  year,
  regionCode: initialRegion,
  onClose,
}: {
  year: number;
  regionCode?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const [quarter, setQuarter] = useState(4);
  const [regionCode, setRegionCode] = useState(initialRegion);
  const query = { year, quarter, regionCode };
  const report = useQuarterly(query);
  const data = report.data;
  const tierText = (r: QuarterlyRow) =>
    r.bandCode && r.bandLabel ? (
      <TierTag code={r.bandCode} label={r.bandLabel} />
    ) : (
      Object.entries(r.tierCounts ?? {})
        .filter(([, n]) => n > 0)
        .map(([code, n]) => `${code}: ${n}`)
        .join('，') || '—'
    );
  const columns: ColumnsType<QuarterlyRow> = [
    {
      key: 'name',
      title: t('econAccounts.quarterly.name'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('econAccounts.cols.total')} {formatYuan(r.totalFen)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...INCOME_CODES.map((code) => ({
      key: code,
      title: `${code}（元）`,
      align: 'right' as const,
      render: (_: unknown, r: QuarterlyRow) => formatYuan(r.bySource[code]),
    })),
    {
      key: 'operating',
      title: t('econAccounts.cols.operating'),
      align: 'right',
      render: (_, r) => formatYuan(r.operatingFen),
    },
    {
      key: 'total',
      title: t('econAccounts.cols.total'),
      align: 'right',
      render: (_, r) => formatYuan(r.totalFen),
    },
    { key: 'tier', title: t('econAccounts.cols.band'), render: (_, r) => tierText(r) },
    {
      key: 'lastYear',
      title: t('econAccounts.quarterly.lastYear'),
      align: 'right',
      render: (_, r) => formatYuan(data?.basis === 'total' ? r.lastYearTotalFen : r.lastYearOperatingFen),
    },
    {
      key: 'growth',
      title: t('econAccounts.quarterly.growth'),
      align: 'right',
      render: (_, r) => growth(r.growthPercent),
    },
  ];
  return (
    <Modal
      open
      width={1100}
      title={t('econAccounts.quarterly.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="quarterly-dialog">
        <Flex wrap gap={8} align="center">
          <Select
            aria-label={t('econAccounts.quarterly.quarter')}
            style={{ width: 130 }}
            value={quarter}
            options={[1, 2, 3, 4].map((n) => ({
              value: n,
              label: t('econAccounts.quarterly.quarterN', { n }),
            }))}
            onChange={setQuarter}
            data-testid="quarterly-quarter"
          />
          {me.role !== 'village' && (
            <div style={{ width: 220 }}>
              <RegionPicker
                aria-label={t('econAccounts.quarterly.region')}
                allowedLevels={['county', 'township']}
                value={regionCode}
                onChange={setRegionCode}
                data-testid="quarterly-region"
              />
            </div>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={econAccountsApi.quarterlyUrl(query)}
            data-testid="quarterly-download"
          >
            {t('econAccounts.quarterly.download')}
          </Button>
        </Flex>
        {data && (
          <Typography.Text>
            {t('econAccounts.quarterly.intro', {
              name: data.regionName,
              year: data.year,
              quarter: data.quarter,
            })}
          </Typography.Text>
        )}
        {report.isError && <Typography.Text type="danger">{errorText(report.error)}</Typography.Text>}
        <ResponsiveTable<QuarterlyRow>
          rowKey="regionCode"
          size="small"
          loading={report.isFetching}
          columns={columns}
          phoneColumns={['name', 'tier']}
          dataSource={
            data
              ? [
                  ...data.rows,
                  { ...data.total, regionCode: 'total', name: t('econAccounts.quarterly.total') },
                ]
              : []
          }
          locale={{ emptyText: <Empty description={t('econAccounts.quarterly.empty')} /> }}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="quarterly-table"
        />
      </Flex>
    </Modal>
  );
}
