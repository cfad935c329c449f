import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASE_SORTS, CASE_STATES } from '../../../../contracts/api/visits-cases';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type CaseItem, type CaseQuery, casesApi, useCases } from './api';
import { dateTime } from './format';

// 监测对象识别台账: filters in the address (state, overdue, search, sort, page); a late step is
// tagged 已超时. Export takes the same filters.

export default function CasesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue');
  const query: CaseQuery = {
    state: (params.get('state') as CaseQuery['state']) ?? undefined,
    overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
    q: params.get('q') ?? undefined,
    sort: (params.get('sort') as CaseQuery['sort']) ?? '-firstClueAt',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const list = useCases(query);
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsCases.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('visitsCases.desc')}</Typography.Paragraph>
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('visitsCases.allStates')}
            aria-label={t('visitsCases.state')}
            value={query.state}
            onChange={(v) => set({ state: v })}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`visitsCases.states.${s}`) }))}
          />
          <Select
            style={{ width: 120 }}
            aria-label={t('visitsCases.overdue')}
            value={overdue ?? ''}
            onChange={(v) => set({ overdue: v || undefined })}
            options={[
              { value: '', label: t('visitsCases.allDue') },
              { value: 'true', label: t('visitsCases.overdueOnly') },
              { value: 'false', label: t('visitsCases.notOverdue') },
            ]}
          />
          <Select
            style={{ width: 150 }}
            aria-label={t('visitsCases.sort')}
            value={query.sort}
            onChange={(v) => set({ sort: v })}
            options={CASE_SORTS.map((s) => ({
              value: s,
              label: `${s.startsWith('-') ? '↓' : '↑'} ${s.includes('Due') ? t('visitsCases.due') : t('visitsCases.firstClue')}`,
            }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220, maxWidth: '100%' }}
            placeholder={t('visitsCases.search')}
            aria-label={t('visitsCases.search')}
            defaultValue={query.q}
            onSearch={(v) => set({ q: v.trim() || undefined })}
          />
          <Button icon={<DownloadOutlined />} href={casesApi.exportUrl(query)} data-testid="cases-export">
            {t('visitsCases.export')}
          </Button>
        </Flex>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <ResponsiveTable<CaseItem>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('visitsCases.empty')} /> }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
          columns={[
            {
              key: 'household',
              title: t('visitsCases.household'),
              render: (_, c) => (
                <Link to={`/monitoring-cases/${c.id}`} style={{ textDecoration: 'underline' }}>
                  {c.headName ?? c.householdNo ?? c.householdId.slice(0, 8)}
                </Link>
              ),
            },
            { key: 'village', title: t('visitsCases.village'), dataIndex: 'regionName' },
            {
              key: 'state',
              title: t('visitsCases.state'),
              render: (_, c) => (
                <Flex gap={4} wrap>
                  <Tag>{t(`visitsCases.states.${c.state}`)}</Tag>
                  {c.overdue && <Tag color="red">{t('visitsCases.overdueTag')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'object',
              title: t('visitsCases.objectType'),
              render: (_, c) => (c.objectType ? t(`visitsCases.objectTypes.${c.objectType}`) : '—'),
            },
            {
              key: 'clue',
              title: t('visitsCases.firstClue'),
              render: (_, c) => dateTime(c.firstClueAt).slice(0, 10),
            },
            {
              key: 'due',
              title: t('visitsCases.due'),
              render: (_, c) => (c.stepDueAt ? dateTime(c.stepDueAt) : '—'),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
