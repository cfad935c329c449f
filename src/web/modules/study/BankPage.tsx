import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, type QuestionKind } from '../../../contracts/api/study';
import { excelEndpoints } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';
import { useErrorText } from '../../app/errors';
import {
  type QuestionQuery,
  type QuestionView,
  studyApi,
  useCategories,
  useQuestions,
  useStudyMutation,
} from './api';
import { PagedTable } from './PagedTable';
import { QuestionFormModal } from './QuestionFormModal';

// 题库管理 (county): search, filter by category, type and status, add and edit, retire with a
// confirmation, and import from Excel (template → upload → checked whole → imported or annotated).

export default function BankPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [query, setQuery] = useState<QuestionQuery>({ page: 1, pageSize: 20, status: 'active' });
  const [editing, setEditing] = useState<QuestionView | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const list = useQuestions(query);
  const categories = useCategories();
  const retire = useStudyMutation((id: string) => studyApi.retireQuestion(id));
  const set = (patch: QuestionQuery) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const columns: ColumnsType<QuestionView> = [
    {
      key: 'stem',
      title: t('study.bank.stem'),
      render: (_, q) => (
        <Flex vertical gap={2}>
          <span>{q.stem}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {q.options.map((o, i) => `${String.fromCharCode(65 + i)}. ${o}`).join('  ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t('study.bank.kind'), render: (_, q) => t(`study.kinds.${q.kind}`) },
    {
      key: 'answer',
      title: t('study.bank.answer'),
      render: (_, q) => (q.kind === 'judge' ? q.options[q.answer.charCodeAt(0) - 65] : q.answer),
    },
    { key: 'category', title: t('study.bank.category'), dataIndex: 'category' },
    { key: 'used', title: t('study.bank.used'), dataIndex: 'used' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, q) =>
        q.status === 'retired' ? (
          <Tag>{t('study.bank.status.retired')}</Tag>
        ) : (
          <Space wrap>
            <Button size="small" onClick={() => setEditing(q)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('study.bank.retireConfirm')}
              onConfirm={() =>
                retire.mutate(q.id, {
                  onSuccess: () => void message.success(t('study.bank.retired')),
                  onError: (e) => void message.error(errorText(e)),
                })
              }
            >
              <Button size="small" danger data-testid="question-retire">
                {t('study.bank.retire')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('study.bank.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('study.bank.hint')} />
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('study.bank.search')}
          aria-label={t('study.bank.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ maxWidth: 260 }}
        />
        <Select
          allowClear
          aria-label={t('study.bank.category')}
          placeholder={t('study.bank.allCategories')}
          style={{ minWidth: 150 }}
          options={(categories.data?.items ?? []).map((c) => ({
            value: c.category,
            label: `${c.category}（${c.active}）`,
          }))}
          onChange={(category) => set({ category })}
        />
        <Select
          allowClear
          aria-label={t('study.bank.kind')}
          placeholder={t('study.bank.allKinds')}
          style={{ minWidth: 110 }}
          options={QUESTION_KINDS.map((k: QuestionKind) => ({ value: k, label: t(`study.kinds.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
        <Select
          aria-label={t('study.bank.status.active')}
          value={query.status}
          style={{ minWidth: 100 }}
          options={(['active', 'retired'] as const).map((s) => ({
            value: s,
            label: t(`study.bank.status.${s}`),
          }))}
          onChange={(status) => set({ status })}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          data-testid="question-add"
        >
          {t('study.bank.add')}
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="questions-import">
          {t('study.bank.import')}
        </Button>
      </Flex>
      <PagedTable<QuestionView>
        rowKey="id"
        columns={columns}
        data={list.data}
        loading={list.isLoading}
        empty={t('study.bank.empty')}
        paging={query}
        onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
      />
      {editing !== undefined && (
        <QuestionFormModal question={editing} onClose={() => setEditing(undefined)} />
      )}
      {importing && (
        <ImportModal
          title={t('study.bank.importTitle')}
          steps={t('study.bank.importSteps')}
          endpoints={excelEndpoints('/study/questions')}
          doneText={(counts) => t('study.bank.imported', { count: counts.questions ?? 0 })}
          onDone={() => void list.refetch().then(() => categories.refetch())}
          onClose={() => setImporting(false)}
        />
      )}
    </Flex>
  );
}
