import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Select, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useDebounced } from '../../../app/use-debounced';
import { type LeaderLevel, type ProjectFilters, type ProjectRow, projectsApi } from './api';
import { LifecycleButtons } from './LifecycleButtons';
import { MissingList } from './MissingList';
import { ProjectForm } from './ProjectForm';
import { day, MilestoneProgress, ProjectKindTag, ProjectStatusTag, wan, yearOptions } from './shared';
import { sortOf, sortOrderOf } from './sort';

const STATUSES = ['draft', 'committed', 'evaluated', 'closed'] as const;
const LEVELS: LeaderLevel[] = ['county', 'township', 'village'];

/** 书记领办项目 and 我为群众办实事 of the caller's area, and who leads none this year (未领办). */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [year, setYear] = useState(yearOptions()[1]!);
  const [creating, setCreating] = useState<{ regionCode?: string; regionName?: string } | null>(null);
  const mayWrite = can(me.role, 'economy.projects');
  // The township's home page opens the 未领办 tab (?tab=missing).
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'missing' ? 'missing' : 'list';
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('econProjects.title')}
        </Typography.Title>
        {mayWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating({})}
            data-testid="project-new"
          >
            {t('econProjects.create')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'missing' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'list',
            label: t('econProjects.tabs.list'),
            children: <ProjectList year={year} setYear={setYear} />,
          },
          {
            key: 'missing',
            label: t('econProjects.tabs.missing'),
            children: (
              <MissingList
                year={year}
                setYear={setYear}
                onStart={mayWrite ? (row) => setCreating(row) : undefined}
              />
            ),
          },
        ]}
      />
      {creating && <ProjectForm initial={{ ...creating, year }} onClose={() => setCreating(null)} />}
    </Flex>
  );
}

function ProjectList({ year, setYear }: { year: number; setYear: (y: number) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<ProjectFilters>({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query: ProjectFilters = { ...filters, year, q: q || undefined };
  const list = useQuery({
    queryKey: ['econProjects', 'list', query],
    queryFn: () => projectsApi.list(query),
  });
  const set = (patch: Partial<ProjectFilters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  const columns: ColumnsType<ProjectRow> = [
    {
      key: 'title',
      title: t('econProjects.cols.title'),
      render: (_, p) => (
        <Link
          to={`/economy-projects/${p.id}`}
          data-testid="project-link"
          style={{ textDecoration: 'underline', color: 'inherit' }}
        >
          {p.title}
        </Link>
      ),
    },
    {
      key: 'status',
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf('status', filters.sort),
      title: t('econProjects.cols.status'),
      render: (_, p) => <ProjectStatusTag status={p.status} />,
    },
    { key: 'kind', title: t('econProjects.cols.kind'), render: (_, p) => <ProjectKindTag kind={p.kind} /> },
    {
      key: 'region',
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf('region', filters.sort),
      title: t('econProjects.cols.region'),
      render: (_, p) =>
        [p.townshipName !== p.regionName && p.townshipName, p.regionName].filter(Boolean).join(' '),
    },
    {
      key: 'leader',
      title: t('econProjects.cols.leader'),
      render: (_, p) => [p.leaderName, p.leaderPost].filter(Boolean).join(' · '),
    },
    { key: 'budget', title: t('econProjects.cols.budget'), render: (_, p) => wan(p.budgetFen) },
    {
      key: 'due',
      title: t('econProjects.cols.due'),
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf('due', filters.sort),
      render: (_, p) => day(p.dueOn),
    },
    {
      key: 'progress',
      title: t('econProjects.cols.progress'),
      render: (_, p) => <MilestoneProgress title={p.title} done={p.milestonesDone} all={p.milestonesTotal} />,
    },
    {
      key: 'score',
      title: t('econProjects.cols.score'),
      sorter: true,
      sortOrder: sortOrderOf('score', filters.sort),
      render: (_, p) => p.score ?? '—',
    },
    {
      key: 'actions',
      title: t('econProjects.cols.actions'),
      render: (_, p) => <LifecycleButtons project={p} size="small" />,
    },
  ];
  const all = t('econProjects.filters.all');
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select
          aria-label={t('econProjects.filters.year')}
          value={year}
          onChange={(y) => {
            setYear(y);
            set({});
          }}
          options={yearOptions().map((y) => ({ value: y, label: t('econProjects.yearOf', { year: y }) }))}
          style={{ width: 110 }}
          data-testid="projects-year"
        />
        <Select
          aria-label={t('econProjects.filters.kind')}
          value={filters.kind ?? ''}
          onChange={(v) => set({ kind: (v || undefined) as ProjectFilters['kind'] })}
          options={[
            { value: '', label: `${t('econProjects.filters.kind')}：${all}` },
            ...(['led', 'practical'] as const).map((k) => ({
              value: k,
              label: t(`econProjects.kinds.${k}`),
            })),
          ]}
          style={{ width: 170 }}
        />
        <Select
          aria-label={t('econProjects.filters.level')}
          value={filters.level ?? ''}
          onChange={(v) => set({ level: (v || undefined) as ProjectFilters['level'] })}
          options={[
            { value: '', label: `${t('econProjects.filters.level')}：${all}` },
            ...LEVELS.map((l) => ({ value: l, label: t(`econProjects.levels.${l}`) })),
          ]}
          style={{ width: 120 }}
        />
        <Select
          aria-label={t('econProjects.filters.status')}
          value={filters.status ?? ''}
          onChange={(v) => set({ status: (v || undefined) as ProjectFilters['status'] })}
          options={[
            { value: '', label: `${t('econProjects.filters.status')}：${all}` },
            ...STATUSES.map((s) => ({ value: s, label: t(`econProjects.statuses.${s}`) })),
          ]}
          style={{ width: 140 }}
        />
        <Input.Search
          allowClear
          aria-label={t('econProjects.filters.search')}
          placeholder={t('econProjects.filters.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setFilters((f) => ({ ...f, page: 1 }));
          }}
          style={{ width: 'min(100%, 240px)' }}
          data-testid="projects-search"
        />
        <ExportButton url={() => projectsApi.exportUrl(query)} testId="projects-export" />
      </Flex>
      {list.isError && <Alert type="error" showIcon message={errorText(list.error)} />}
      <ResponsiveTable<ProjectRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['title', 'status']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econProjects.empty')} /> }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        onChange={(pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const sort = sortOf(String(one?.columnKey ?? ''), one?.order);
          setFilters((f) =>
            sort === f.sort
              ? { ...f, page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 }
              : { ...f, sort, page: 1 },
          );
        }}
      />
    </Flex>
  );
}
