import { Input, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchRow, ScoreRow } from '../../../contracts/api/study';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { percent, useBranches, useScores } from './api';
import { PagedTable } from './PagedTable';

// 个人成绩 and 支部统计 of one test, in the caller's area. People are listed by village and name:
// a list of results, not a ranking.

export function PersonScores({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<{ q?: string; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const scores = useScores(testId, query);
  const columns: ColumnsType<ScoreRow> = [
    { key: 'name', title: t('study.test.cols.name'), dataIndex: 'name' },
    {
      key: 'best',
      title: t('study.test.cols.best'),
      render: (_, r) => (
        <>
          {r.bestScore}{' '}
          <Tag color={r.passed ? 'green' : 'red'}>
            {r.passed ? t('study.test.pass') : t('study.test.fail')}
          </Tag>
        </>
      ),
    },
    { key: 'kind', title: t('study.test.cols.kind'), render: (_, r) => t(`study.test.${r.kind}`) },
    { key: 'village', title: t('study.test.cols.village'), render: (_, r) => r.regionName ?? r.regionCode },
    { key: 'org', title: t('study.test.cols.org'), render: (_, r) => r.orgName ?? '—' },
    { key: 'attempts', title: t('study.test.cols.attempts'), dataIndex: 'attempts' },
  ];
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('study.test.searchName')}
        aria-label={t('study.test.searchName')}
        onSearch={(q) => setQuery((x) => ({ ...x, q: q || undefined, page: 1 }))}
        style={{ maxWidth: 240, marginBottom: 8 }}
      />
      <PagedTable<ScoreRow>
        rowKey="userId"
        columns={columns}
        phoneColumns={['name', 'best']}
        data={scores.data}
        loading={scores.isLoading}
        empty={t('study.test.noScores')}
        paging={query}
        onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
      />
    </>
  );
}

export function BranchScores({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const branches = useBranches(testId);
  const rows = branches.data
    ? [...branches.data.items, { ...branches.data.total, orgName: t('study.test.total') }]
    : [];
  const columns: ColumnsType<BranchRow> = [
    {
      key: 'org',
      title: t('study.test.cols.org'),
      render: (_, r) => r.orgName ?? t('study.test.noOrg'),
    },
    { key: 'passRate', title: t('study.test.cols.passRate'), render: (_, r) => percent(r.passRatePermille) },
    { key: 'village', title: t('study.test.cols.village'), render: (_, r) => r.regionName ?? '—' },
    { key: 'audience', title: t('study.test.cols.audience'), render: (_, r) => r.audience ?? '—' },
    { key: 'participants', title: t('study.test.cols.participants'), dataIndex: 'participants' },
    {
      key: 'participation',
      title: t('study.test.cols.participation'),
      render: (_, r) => percent(r.participationPermille),
    },
    { key: 'average', title: t('study.test.cols.average'), render: (_, r) => r.averageScore ?? '—' },
    { key: 'passed', title: t('study.test.cols.passedCount'), dataIndex: 'passed' },
  ];
  return (
    <ResponsiveTable<BranchRow>
      rowKey={(r) => r.orgId ?? r.orgName ?? 'none'}
      columns={columns}
      phoneColumns={['org', 'passRate']}
      dataSource={rows}
      loading={branches.isLoading}
      pagination={false}
      data-testid="branch-table"
    />
  );
}
