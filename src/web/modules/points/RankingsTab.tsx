import { DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointsSystem } from '../../../contracts/api/points';
import { apiUrl } from '../../app/api';
import { useCurrentUser } from '../../app/auth';
import { BranchSelect } from '../../app/components/BranchSelect';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import type { Ranking } from './api';
import { useRanking } from './queries';
import { Stars } from './Stars';
import { SystemSwitch } from './shared';

type Item = Ranking['items'][number];

/** 积分排名 within a region for a year or a month. */
export function RankingsTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [system, setSystem] = useState<PointsSystem>('member');
  const [unit, setUnit] = useState<'year' | 'month'>('year');
  const [date, setDate] = useState(dayjs());
  const [regionCode, setRegionCode] = useState<string>(me.scopeCode);
  const [orgId, setOrgId] = useState<string>();
  const period = date.format(unit === 'year' ? 'YYYY' : 'YYYY-MM');
  // A branch narrows the member ranking; households rank by region only.
  const branch = system === 'member' ? orgId : undefined;
  const ranking = useRanking({ system, period, regionCode, orgId: branch });
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <SystemSwitch value={system} onChange={(s) => setSystem(s ?? 'member')} />
        <Segmented
          value={unit}
          onChange={(v) => setUnit(v as 'year' | 'month')}
          options={[
            { value: 'year', label: t('points.byYear') },
            { value: 'month', label: t('points.byMonth') },
          ]}
        />
        <DatePicker
          picker={unit}
          value={date}
          allowClear={false}
          inputReadOnly
          onChange={(d) => d && setDate(d)}
          style={{ width: 130 }}
        />
        <div style={{ width: 240, maxWidth: '100%' }}>
          <RegionPicker value={regionCode} onChange={(c) => setRegionCode(c ?? me.scopeCode)} />
        </div>
        {system === 'member' && (
          <div style={{ width: 240, maxWidth: '100%' }}>
            <BranchSelect
              allowClear
              value={orgId}
              onChange={setOrgId}
              placeholder={t('points.allBranches')}
              testId="rankings-branch"
            />
          </div>
        )}
        <ExportButton
          url={() =>
            apiUrl('/points/rankings/export', { system, period, regionCode, orgId: branch, limit: 500 })
          }
          testId="rankings-export"
        />
      </Flex>
      {ranking.isError && <Typography.Text type="danger">{errorText(ranking.error)}</Typography.Text>}
      <ResponsiveTable<Item>
        rowKey="accountId"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={ranking.isFetching}
        dataSource={ranking.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('points.noRanking') }}
        columns={[
          { key: 'rank', title: t('points.rank'), dataIndex: 'rank', width: 60 },
          {
            key: 'name',
            title: t('points.holder'),
            render: (_, r) => `${r.holderName}${r.householdNo ? `（${r.householdNo}）` : ''}`,
          },
          { key: 'where', title: t('points.where'), render: (_, r) => r.orgName ?? r.villageName ?? '' },
          { key: 'total', title: t('points.periodTotal'), dataIndex: 'total' },
          ...(system === 'member' && unit === 'year'
            ? [
                {
                  key: 'score',
                  title: t('points.yearScore'),
                  render: (_: unknown, r: Item) => r.score ?? '',
                },
                {
                  key: 'stars',
                  title: <span title={t('points.starsRule')}>{t('points.stars')}</span>,
                  render: (_: unknown, r: Item) => <Stars n={r.stars} />,
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
