import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FLAG_LEVELS, FLAG_STATUSES } from '../../../../contracts/api/assess-flags';
import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type FlagAwardView, type FlagQuery, flagsApi, useFlagKinds, useFlagList } from './api';
import { FlagActions } from './FlagActions';
import { FlagSummaryCard } from './FlagSummaryCard';
import { NominateModal } from './NominateModal';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => THIS_YEAR + 1 - i);
const STATUS_COLORS: Record<string, string> = { nominated: 'gold', reviewed: 'blue', awarded: 'red' };

/** 争创五旗: the counts by kind, the nominations and awards in scope, nominating and the steps. */
export default function FlagsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const kinds = useFlagKinds();
  const [nominating, setNominating] = useState(false);
  const query: FlagQuery = {
    year: params.get('year') ? Number(params.get('year')) : undefined,
    kindId: params.get('kindId') ?? undefined,
    level: (params.get('level') as FlagQuery['level']) ?? undefined,
    status: (params.get('status') as FlagQuery['status']) ?? undefined,
    township: params.get('township') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const list = useFlagList(query);
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
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessFlags.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} href={flagsApi.exportUrl(query)} data-testid="flags-export">
            {t('assessFlags.export')}
          </Button>
          {can(me.role, 'assess.flags') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setNominating(true)}
              data-testid="flag-nominate"
            >
              {t('assessFlags.nominate')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{t('assessFlags.desc')}</Typography.Paragraph>
      <FlagSummaryCard
        year={query.year}
        township={query.township}
        onOpen={(kindId) => set({ kindId, status: 'awarded' })}
      />
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('assessFlags.allYears')}
            aria-label={t('assessFlags.year')}
            value={query.year}
            onChange={(v) => set({ year: v })}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          />
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('assessFlags.kind')}
            aria-label={t('assessFlags.kind')}
            value={query.kindId}
            onChange={(v) => set({ kindId: v })}
            options={(kinds.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('assessFlags.level')}
            aria-label={t('assessFlags.level')}
            value={query.level}
            onChange={(v) => set({ level: v })}
            options={FLAG_LEVELS.map((l) => ({ value: l, label: t(`assessFlags.levels.${l}`) }))}
          />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('assessFlags.status')}
            aria-label={t('assessFlags.status')}
            value={query.status}
            onChange={(v) => set({ status: v })}
            options={FLAG_STATUSES.map((s) => ({ value: s, label: t(`assessFlags.statuses.${s}`) }))}
          />
          {levelOfCode(me.scopeCode) === 'county' && (
            <div style={{ width: 200, maxWidth: '100%' }}>
              <RegionPicker
                value={query.township}
                onChange={(v) => set({ township: v })}
                allowedLevels={['township']}
                aria-label={t('assessFlags.township')}
              />
            </div>
          )}
          <Input.Search
            allowClear
            style={{ width: 240, maxWidth: '100%' }}
            placeholder={t('assessFlags.search')}
            defaultValue={query.q}
            onSearch={(v) => set({ q: v.trim() || undefined })}
          />
        </Flex>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <ResponsiveTable<FlagAwardView>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('assessFlags.empty')} /> }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
          columns={[
            { key: 'year', title: t('assessFlags.year'), dataIndex: 'year' },
            { key: 'kind', title: t('assessFlags.kind'), dataIndex: 'kindName' },
            {
              key: 'target',
              title: t('assessFlags.target'),
              render: (_, a) => <span style={{ whiteSpace: 'normal' }}>{a.targetName}</span>,
            },
            { key: 'township', title: t('assessFlags.township'), render: (_, a) => a.townshipName ?? '—' },
            {
              key: 'status',
              title: t('assessFlags.status'),
              render: (_, a) => (
                <Tag color={STATUS_COLORS[a.status]}>{t(`assessFlags.statuses.${a.status}`)}</Tag>
              ),
            },
            {
              key: 'reason',
              title: t('assessFlags.reason'),
              render: (_, a) => (
                <Typography.Paragraph
                  ellipsis={{ rows: 2, tooltip: a.reason }}
                  style={{ margin: 0, maxWidth: 280 }}
                >
                  {a.reason}
                </Typography.Paragraph>
              ),
            },
            { key: 'evidence', title: t('assessFlags.evidence'), dataIndex: 'evidenceCount' },
            { key: 'actions', title: t('common.actions'), render: (_, a) => <FlagActions award={a} /> },
          ]}
        />
      </Card>
      {nominating && <NominateModal year={query.year ?? THIS_YEAR} onClose={() => setNominating(false)} />}
    </Flex>
  );
}
