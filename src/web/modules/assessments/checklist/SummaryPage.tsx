import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, message, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChecklistTownshipRow, ChecklistVillageRow } from '../../../../contracts/api/assess-checklist';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { assessChecklistApi, thisYear } from './api';

const pct = (x: number | null) => (x == null ? '—' : `${x}%`);

/** 十有五化完成情况: townships (mean rate, villages all done), each opening its villages. */
export default function SummaryPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(thisYear());
  const [township, setTownship] = useState<ChecklistTownshipRow>();
  const key = ['assess', 'checklist', 'summary', year];
  const summary = useQuery({ queryKey: key, queryFn: () => assessChecklistApi.summary(year) });
  const refresh = useMutation({
    mutationFn: () => assessChecklistApi.refresh(year),
    onSuccess: (r) => {
      message.success(t('assessChecklist.refreshed', { villages: r.villages }));
      return queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const villages = (summary.data?.villages ?? []).filter(
    (v) => !township || v.townshipCode === township.regionCode,
  );
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessChecklist.summaryTitle')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Select
          value={year}
          aria-label={t('assessChecklist.year')}
          style={{ width: 110 }}
          options={[0, 1, 2].map((d) => ({ value: thisYear() - d, label: `${thisYear() - d}` }))}
          onChange={setYear}
        />
        <ExportButton
          url={() => assessChecklistApi.exportUrl(year, township?.regionCode)}
          testId="checklist-export"
        />
        {year === thisYear() && (
          <Button
            loading={refresh.isPending}
            onClick={() => refresh.mutate()}
            data-testid="checklist-refresh"
          >
            {t('assessChecklist.refresh')}
          </Button>
        )}
        {summary.data && (
          <Typography.Text type="secondary">
            {t('assessChecklist.activeItems', { count: summary.data.activeItems })}
          </Typography.Text>
        )}
      </Flex>
      {summary.isError && <Typography.Text type="danger">{errorText(summary.error)}</Typography.Text>}
      {!township ? (
        <ResponsiveTable<ChecklistTownshipRow>
          rowKey="regionCode"
          size="small"
          loading={summary.isFetching}
          dataSource={summary.data?.townships ?? []}
          pagination={false}
          locale={{ emptyText: <Empty /> }}
          columns={[
            {
              key: 'name',
              title: t('assessChecklist.township'),
              render: (_, r) => (
                <Button
                  type="link"
                  style={{ padding: 0, textDecoration: 'underline' }}
                  onClick={() => setTownship(r)}
                  data-testid={`checklist-township-${r.regionCode}`}
                >
                  {r.name}
                </Button>
              ),
            },
            { key: 'villages', dataIndex: 'villages', title: t('assessChecklist.villages') },
            { key: 'meanRate', title: t('assessChecklist.meanRate'), render: (_, r) => pct(r.meanRate) },
            { key: 'allDone', dataIndex: 'allDone', title: t('assessChecklist.allDone') },
          ]}
          phoneColumns={['name', 'meanRate']}
        />
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Button onClick={() => setTownship(undefined)}>{t('assessChecklist.back')}</Button>
            <Typography.Text strong>
              {township.name} · {t('assessChecklist.meanRate')} {pct(township.meanRate)}
            </Typography.Text>
          </Flex>
          <ResponsiveTable<ChecklistVillageRow>
            rowKey="regionCode"
            size="small"
            loading={summary.isFetching}
            dataSource={villages}
            pagination={false}
            locale={{ emptyText: <Empty /> }}
            columns={[
              {
                key: 'name',
                title: t('assessChecklist.village'),
                render: (_, r) => (
                  <Link
                    to={`/assess-checklist?village=${r.regionCode}&year=${year}`}
                    style={{ textDecoration: 'underline' }}
                  >
                    {r.name}
                  </Link>
                ),
              },
              { key: 'done', title: t('assessChecklist.done'), render: (_, r) => `${r.done} / ${r.total}` },
              { key: 'rate', title: t('assessChecklist.rate'), render: (_, r) => pct(r.rate) },
              {
                key: 'allDone',
                title: t('assessChecklist.allDone'),
                render: (_, r) => (r.allDone ? t('assessChecklist.yes') : t('assessChecklist.no')),
              },
              {
                key: 'recordAt',
                title: t('assessChecklist.recordAt'),
                render: (_, r) => (r.recordAt ? new Date(r.recordAt).toLocaleString() : '—'),
              },
            ]}
            phoneColumns={['name', 'rate']}
          />
        </Flex>
      )}
    </Flex>
  );
}
