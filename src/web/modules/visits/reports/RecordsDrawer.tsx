import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useIsMobile } from '../../../app/layout/use-is-mobile';
import { type RecordsFilter, type ReportRecord, visitsReportsApi } from './api';
import type { visitsReportsZh } from './messages';

type M = typeof visitsReportsZh;

export interface RecordsDrill {
  /** What the number is (「平马镇 当场解决」), for the title. */
  what: string;
  filter: RecordsFilter;
}

const link = { textDecoration: 'underline' };

/** 穿透: the records behind one number of the report (visits, households, problems or cases), paged. */
export function RecordsDrawer({ drill, onClose }: { drill: RecordsDrill; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({
    queryKey: ['visits-reports', 'records', drill.filter, page, pageSize],
    queryFn: () => visitsReportsApi.records({ ...drill.filter, page, pageSize }),
  });
  const kind = list.data?.items[0]?.kind;
  const d = (key: keyof M['drill']) => t(`visitsReports.drill.${key}`);
  const household: ColumnsType<ReportRecord>[number] = {
    key: 'household',
    title: d('household'),
    render: (_: unknown, r) => (
      <Link to={`/households/${r.householdId}`} style={link}>
        {[r.headName, r.householdNo].filter(Boolean).join(' ') || r.householdId.slice(0, 8)}
      </Link>
    ),
  };
  const place: ColumnsType<ReportRecord> = [
    { key: 'village', dataIndex: 'villageName', title: d('village') },
    { key: 'township', dataIndex: 'townshipName', title: d('township') },
  ];
  const date = { key: 'date', dataIndex: 'date', title: d('date') };
  const byKind: Record<ReportRecord['kind'], ColumnsType<ReportRecord>> = {
    visit: [
      date,
      household,
      ...place,
      { key: 'detail', dataIndex: 'detail', title: d('visitor') },
      { key: 'count', dataIndex: 'count', title: d('problems'), align: 'right' },
    ],
    household: [
      household,
      ...place,
      { ...date },
      { key: 'count', dataIndex: 'count', title: d('visits'), align: 'right' },
    ],
    problem: [
      date,
      household,
      { key: 'detail', dataIndex: 'detail', title: d('problem') },
      {
        key: 'outcome',
        title: d('outcome'),
        render: (_: unknown, r) =>
          r.outcome === 'event' && r.eventId ? (
            <Link to={`/events/${r.eventId}`} style={link}>
              {d('event')}
            </Link>
          ) : (
            <Tag color="green">{d('solved')}</Tag>
          ),
      },
      ...place,
    ],
    case: [
      household,
      ...place,
      {
        key: 'state',
        title: d('state'),
        render: (_: unknown, r) => (r.state ? t(`visitsReports.states.${r.state as keyof M['states']}`) : ''),
      },
      {
        key: 'objectType',
        title: d('objectType'),
        render: (_: unknown, r) =>
          [
            r.objectType ? t(`visitsReports.objectTypes.${r.objectType as keyof M['objectTypes']}`) : null,
            ...r.riskTypes.map((x) => t(`visitsReports.riskTypes.${x as keyof M['riskTypes']}`)),
          ]
            .filter(Boolean)
            .join('、'),
      },
      date,
      {
        key: 'due',
        title: d('due'),
        render: (_: unknown, r) => (r.stepDueAt ? new Date(r.stepDueAt).toLocaleDateString('zh-CN') : ''),
      },
      { key: 'detail', dataIndex: 'detail', title: d('helper') },
    ],
  };
  const columns = byKind[kind ?? 'visit'];
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 880}
      title={t('visitsReports.drill.title', { what: drill.what })}
      data-testid="visits-report-drill"
    >
      <Typography.Paragraph data-testid="visits-report-drill-summary" data-total={list.data?.total}>
        {list.data && t('visitsReports.drill.summary', { n: list.data.total })}
      </Typography.Paragraph>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<ReportRecord>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('visitsReports.drill.none')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, size) => {
            setPage(p);
            setPageSize(size);
          },
        }}
        phoneColumns={columns.slice(0, 2).map((c) => String(c.key))}
        columns={columns}
      />
    </Drawer>
  );
}
