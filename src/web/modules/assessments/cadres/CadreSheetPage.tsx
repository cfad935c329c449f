import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CADRE_GRADES, CADRE_KINDS } from '../../../../contracts/api/assess-cadres';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import {
  assessCadresApi,
  type CadreAssessmentView,
  type CadreListQuery,
  useCadreList,
  useCadreMutation,
  useGradeCounts,
} from './api';
import { GradeCounts } from './GradeCounts';
import { DeliberationInput, type Draft, pay, ScoreInput, VoteInput } from './ScoreCells';

// 村干部考核: the year's sheet. The township enters scores in the row (录入), the county confirms
// rows or a whole township and exports the pay grades for the finance office.

const thisYear = new Date().getFullYear();
const draftOf = (r: CadreAssessmentView): Draft => ({
  membersScore: r.membersScore,
  villagersScore: r.villagersScore,
  townshipScore: r.townshipScore,
  debriefScore: r.debriefScore,
  deliberation: r.deliberation,
  vote: r.vote,
  voteReason: r.voteReason,
});

export default function CadreSheetPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const isCounty = me.role === 'county_admin';
  const mayScore = me.role === 'township';
  const [query, setQuery] = useState<CadreListQuery>({ year: thisYear - 1, page: 1, pageSize: 20 });
  const set = (patch: Partial<CadreListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const list = useCadreList(query);
  const counts = useGradeCounts(query.year);
  const [editing, setEditing] = useState<{ id: string; draft: Draft } | null>(null);
  const fail = (e: unknown) => message.error(errorText(e));

  const generate = useCadreMutation(() => assessCadresApi.generate(query.year));
  const save = useCadreMutation((e: { id: string; draft: Draft }) => assessCadresApi.scores(e.id, e.draft));
  const confirm = useCadreMutation((id: string) => assessCadresApi.confirm(id));
  const confirmTownship = useCadreMutation((township: string) =>
    assessCadresApi.confirmTownship(query.year, township),
  );

  const editable = (r: CadreAssessmentView) => editing?.id === r.id;
  const scoreCell =
    (field: 'membersScore' | 'villagersScore' | 'townshipScore' | 'debriefScore') =>
    (_: unknown, r: CadreAssessmentView) =>
      editable(r) && editing ? (
        <ScoreInput
          draft={editing.draft}
          field={field}
          onChange={(draft) => setEditing({ id: r.id, draft })}
        />
      ) : (
        (r[field] ?? '—')
      );

  const columns: ColumnsType<CadreAssessmentView> = [
    {
      key: 'name',
      title: t('assessCadres.cols.name'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.townshipName} {r.villageName} · {r.post ?? t(`assessCadres.kinds.${r.kind}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t('assessCadres.cols.kind'), render: (_, r) => t(`assessCadres.kinds.${r.kind}`) },
    { key: 'members', title: t('assessCadres.cols.members'), render: scoreCell('membersScore') },
    { key: 'villagers', title: t('assessCadres.cols.villagers'), render: scoreCell('villagersScore') },
    {
      key: 'township',
      title: t('assessCadres.cols.township'),
      render: (_, r) =>
        editable(r) && editing ? (
          <>
            <ScoreInput
              draft={editing.draft}
              field="townshipScore"
              onChange={(draft) => setEditing({ id: r.id, draft })}
            />
            <DeliberationInput draft={editing.draft} onChange={(draft) => setEditing({ id: r.id, draft })} />
          </>
        ) : (
          <span title={r.deliberation ?? undefined}>{r.townshipScore ?? '—'}</span>
        ),
    },
    { key: 'debrief', title: t('assessCadres.cols.debrief'), render: scoreCell('debriefScore') },
    {
      key: 'vote',
      title: t('assessCadres.cols.vote'),
      render: (_, r) =>
        editable(r) && editing ? (
          <VoteInput draft={editing.draft} onChange={(draft) => setEditing({ id: r.id, draft })} />
        ) : r.vote ? (
          <Tag color={r.vote === 'veto' ? 'red' : 'green'} title={r.voteReason ?? undefined}>
            {t(`assessCadres.votes.${r.vote}`)}
          </Tag>
        ) : (
          '—'
        ),
    },
    { key: 'total', title: t('assessCadres.cols.total'), render: (_, r) => r.total ?? '—' },
    {
      key: 'grade',
      title: t('assessCadres.cols.grade'),
      render: (_, r) => (r.grade ? t(`assessCadres.grades.${r.grade}`) : '—'),
    },
    { key: 'pay', title: t('assessCadres.cols.pay'), render: (_, r) => pay(r.payCoefficient) },
    {
      key: 'status',
      title: t('assessCadres.cols.status'),
      render: (_, r) => (
        <Tag color={r.status === 'confirmed' ? 'blue' : undefined}>
          {t(`assessCadres.statuses.${r.status}`)}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('assessCadres.cols.actions'),
      render: (_, r) => {
        if (r.status === 'confirmed') return null;
        if (editable(r) && editing)
          return (
            <Flex gap={4} wrap>
              <Button
                size="small"
                type="primary"
                loading={save.isPending}
                data-testid="cadre-save"
                onClick={() =>
                  save.mutate(editing, {
                    onSuccess: () => {
                      setEditing(null);
                      message.success(t('assessCadres.saved'));
                    },
                    onError: fail,
                  })
                }
              >
                {t('assessCadres.save')}
              </Button>
              <Button size="small" onClick={() => setEditing(null)}>
                {t('assessCadres.cancel')}
              </Button>
            </Flex>
          );
        if (mayScore)
          return (
            <Button
              size="small"
              data-testid="cadre-edit"
              onClick={() => setEditing({ id: r.id, draft: draftOf(r) })}
            >
              {t('assessCadres.edit')}
            </Button>
          );
        if (isCounty && r.grade)
          return (
            <Popconfirm
              title={t('assessCadres.confirmAsk')}
              onConfirm={() => confirm.mutate(r.id, { onError: fail })}
            >
              <Button size="small" data-testid="cadre-confirm">
                {t('assessCadres.confirm')}
              </Button>
            </Popconfirm>
          );
        return null;
      },
    },
  ];

  const townships = (counts.data ?? []).map((c) => ({ value: c.townshipCode, label: c.townshipName }));
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessCadres.title')}
        </Typography.Title>
        {isCounty && (
          <Link to="/assess-cadres/rules" style={{ textDecoration: 'underline' }}>
            {t('assessCadres.rulesLink')}
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8}>
          <InputNumber
            aria-label={t('assessCadres.year')}
            addonBefore={t('assessCadres.year')}
            min={2000}
            max={2100}
            style={{ width: 140 }}
            value={query.year}
            onChange={(year) => year && set({ year })}
          />
          {isCounty && (
            <Select
              allowClear
              placeholder={t('assessCadres.township')}
              aria-label={t('assessCadres.township')}
              style={{ width: 160 }}
              options={townships}
              value={query.township}
              onChange={(township) => set({ township })}
            />
          )}
          <Input.Search
            allowClear
            placeholder={t('assessCadres.q')}
            aria-label={t('assessCadres.q')}
            style={{ width: 140 }}
            onSearch={(q) => set({ q: q || undefined })}
          />
          <Select
            allowClear
            placeholder={t('assessCadres.cols.kind')}
            aria-label={t('assessCadres.cols.kind')}
            style={{ width: 140 }}
            options={CADRE_KINDS.map((k) => ({ value: k, label: t(`assessCadres.kinds.${k}`) }))}
            onChange={(kind) => set({ kind })}
          />
          <Select
            allowClear
            placeholder={t('assessCadres.cols.grade')}
            aria-label={t('assessCadres.cols.grade')}
            style={{ width: 120 }}
            options={[...CADRE_GRADES, 'none' as const].map((g) => ({
              value: g,
              label: t(`assessCadres.grades.${g}`),
            }))}
            onChange={(grade) => set({ grade })}
          />
          <Select
            allowClear
            placeholder={t('assessCadres.cols.status')}
            aria-label={t('assessCadres.cols.status')}
            style={{ width: 110 }}
            options={(['draft', 'confirmed'] as const).map((s) => ({
              value: s,
              label: t(`assessCadres.statuses.${s}`),
            }))}
            onChange={(status) => set({ status })}
          />
          <Select
            aria-label={t('assessCadres.cols.total')}
            style={{ width: 130 }}
            value={`${query.sort ?? 'region'}-${query.order ?? 'asc'}`}
            options={[
              { value: 'region-asc', label: t('assessCadres.cols.village') },
              { value: 'total-desc', label: `${t('assessCadres.cols.total')} ↓` },
              { value: 'grade-desc', label: `${t('assessCadres.cols.grade')} ↓` },
              { value: 'name-asc', label: t('assessCadres.cols.name') },
            ]}
            onChange={(v) => {
              const [sort, order] = v.split('-') as [CadreListQuery['sort'], CadreListQuery['order']];
              set({ sort, order });
            }}
          />
          {can(me.role, 'assess.cadres') && (
            <Button
              loading={generate.isPending}
              data-testid="cadre-generate"
              onClick={() =>
                generate.mutate(undefined, {
                  onSuccess: (r) => message.success(t('assessCadres.generated', r)),
                  onError: fail,
                })
              }
            >
              {t('assessCadres.generate')}
            </Button>
          )}
          {isCounty && query.township && (
            <Popconfirm
              title={t('assessCadres.confirmTownshipAsk')}
              onConfirm={() =>
                confirmTownship.mutate(query.township!, {
                  onSuccess: (r) => message.success(t('assessCadres.confirmedBulk', r)),
                  onError: fail,
                })
              }
            >
              <Button data-testid="cadre-confirm-township">{t('assessCadres.confirmTownship')}</Button>
            </Popconfirm>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={assessCadresApi.exportUrl(query)}
            data-testid="cadre-export"
          >
            {t('assessCadres.export')}
          </Button>
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<CadreAssessmentView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['name', 'actions']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessCadres.empty')} /> }}
        data-testid="cadre-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      <GradeCounts rows={counts.data ?? []} />
    </Flex>
  );
}
