import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { type DashboardFigure, type Drill, dashboardApi, recordPath } from './api';

// The records behind a dashboard number (or one of its categories), in the caller's scope, a page
// at a time; each opens its own page where it has one (一户一档, the event, the project …).

export interface DrillTarget {
  figure: DashboardFigure;
  regionCode: string;
  year: number;
  category?: string;
}

type Row = Drill['rows'][number];
const PAGE = 20;

export function DrillDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const term = useDebounced(search.trim(), 300);
  useEffect(() => {
    setPage(1);
    setSearch('');
    setCategory(target?.category);
  }, [target]);
  const query = useQuery({
    enabled: target != null,
    queryKey: [
      'figures',
      'drill',
      target?.figure.key,
      target?.regionCode,
      target?.year,
      category,
      term,
      page,
    ],
    queryFn: () =>
      dashboardApi.drill({
        key: target!.figure.key,
        regionCode: target!.regionCode,
        year: target!.year,
        category,
        search: term || undefined,
        page,
        pageSize: PAGE,
      }),
  });
  const f = target?.figure;
  const categoryLabel = (key: string | null) =>
    key == null ? '' : (f?.byCategory.find((c) => c.key === key)?.label[lang] ?? key);
  const isRate = f ? ['%', '‰'].includes(f.unit.zh) || f.key === 'events.satisfaction' : false;
  const showWeight = query.data ? query.data.rows.some((r) => r.weight !== 1) : false;
  const columns: ColumnsType<Row> = [
    {
      key: 'title',
      title: t('dashboard.drillName'),
      render: (_, r) => {
        const path = query.data ? recordPath(query.data.record, r.id) : null;
        return path ? <Link to={path}>{r.title || r.id}</Link> : r.title;
      },
    },
    { key: 'region', title: t('dashboard.drillRegion'), render: (_, r) => r.regionName },
    ...(f?.byCategory.length
      ? [
          {
            key: 'category',
            title: t('dashboard.drillCategory'),
            render: (_: unknown, r: Row) => categoryLabel(r.category),
          },
        ]
      : []),
    ...(showWeight
      ? [
          {
            key: 'weight',
            title: t('dashboard.drillWeight'),
            align: 'right' as const,
            render: (_: unknown, r: Row) =>
              (f?.unit.zh === '元' ? r.weight / 100 : r.weight).toLocaleString(
                lang === 'en' ? 'en-US' : 'zh-CN',
              ),
          },
        ]
      : []),
  ];
  return (
    <Drawer
      open={target != null}
      onClose={onClose}
      size="large"
      title={
        f && query.data
          ? t('dashboard.drillTitle', {
              label: f.label[lang],
              region: query.data.regionName,
              year: query.data.year,
            })
          : f?.label[lang]
      }
      data-testid="dashboard-drill"
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('dashboard.drillSearch')}
          aria-label={t('dashboard.drillSearch')}
          style={{ width: 220 }}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          data-testid="dashboard-drill-search"
        />
        {f && f.byCategory.length > 0 && (
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('dashboard.allCategories')}
            aria-label={t('dashboard.drillCategory')}
            value={category}
            onChange={(v) => {
              setCategory(v);
              setPage(1);
            }}
            options={f.byCategory.map((c) => ({ value: c.key, label: c.label[lang] }))}
          />
        )}
        {target && (query.data?.total ?? 0) > 0 && (
          <Button
            icon={<DownloadOutlined />}
            href={dashboardApi.drillExportUrl({
              key: target.figure.key,
              regionCode: target.regionCode,
              year: target.year,
              category,
              search: term || undefined,
            })}
            data-testid="dashboard-drill-export"
          >
            {t('dashboard.drillExport')}
          </Button>
        )}
      </Flex>
      {isRate && <Typography.Paragraph type="secondary">{t('dashboard.drillRate')}</Typography.Paragraph>}
      {query.error && <Typography.Paragraph type="danger">{errorText(query.error)}</Typography.Paragraph>}
      <Table<Row>
        rowKey={(r) => `${r.id}-${r.regionCode}-${r.title}`}
        size="small"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.rows ?? []}
        locale={{ emptyText: t('dashboard.drillEmpty') }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('dashboard.drillTotal', { total }),
          onChange: setPage,
        }}
        scroll={{ x: 'max-content' }}
        data-testid="dashboard-drill-table"
      />
    </Drawer>
  );
}
