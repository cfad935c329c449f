import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TEST_STATUSES } from '../../../contracts/api/study';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { type TestQuery, type TestRow, useTests } from './api';
import { PagedTable } from './PagedTable';
import { TestFormModal } from './TestFormModal';

// 以考促学 (county, township, village): the tests of the caller's level and those set above it,
// with how many people of the caller's area handed each in; county and township set new ones.

const STATUS_COLORS = { draft: 'default', published: 'green', closed: 'blue' } as const;

export default function TestsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [query, setQuery] = useState<TestQuery>({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const list = useTests(query);
  const set = (patch: TestQuery) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const columns: ColumnsType<TestRow> = [
    {
      key: 'title',
      title: t('study.tests.name'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/study-tests/${r.id}`}>{r.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.regionName} · {t(`study.tests.audiences.${r.audience}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('study.tests.status.published'),
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`study.tests.status.${r.status}`)}</Tag>,
    },
    { key: 'window', title: t('study.tests.window'), render: (_, r) => `${r.opensOn} ~ ${r.closesOn}` },
    { key: 'questions', title: t('study.tests.questions'), dataIndex: 'questionCount' },
    { key: 'pass', title: t('study.tests.passMark'), render: (_, r) => `${r.passMark}/${r.maxScore}` },
    { key: 'participants', title: t('study.tests.participants'), dataIndex: 'participants' },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('study.tests.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('study.tests.hint')} />
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('study.tests.search')}
          aria-label={t('study.tests.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ maxWidth: 260 }}
        />
        <Select
          allowClear
          aria-label={t('study.tests.status.published')}
          placeholder={t('common.all')}
          style={{ minWidth: 110 }}
          options={TEST_STATUSES.map((s) => ({ value: s, label: t(`study.tests.status.${s}`) }))}
          onChange={(status) => set({ status })}
        />
        {can(me.role, 'study.tests') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="test-add"
          >
            {t('study.tests.add')}
          </Button>
        )}
      </Flex>
      <PagedTable<TestRow>
        rowKey="id"
        columns={columns}
        data={list.data}
        loading={list.isLoading}
        empty={t('study.tests.empty')}
        paging={query}
        onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
      />
      {adding && <TestFormModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}
