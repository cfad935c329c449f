import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  type CampaignDetail,
  type ObjectionView,
  RATING_SORTS,
  RATING_STATUSES,
  type RatingRow,
} from '../../../../contracts/api/assess-campaign';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { campaignApi, type RatingFilters, useRefreshCampaign } from './api';
import { CampaignStatusTag, RatingStatusTag, Stars, when } from './shared';

/**
 * 评定进度 of one campaign: counts, the county's 开始公示 / 发布, and the villages (a township sees
 * its own) with status, totals and stars — filters, sorting, paging; the objections to answer.
 */
export default function CampaignPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { campaignId = '' } = useParams();
  // 工作台's 异议待答复 opens the objections tab (?tab=objections).
  const [search] = useSearchParams();
  const detail = useQuery({
    queryKey: ['assessCampaign', 'campaign', campaignId],
    queryFn: () => campaignApi.campaign(campaignId),
  });
  const d = detail.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {d ? d.campaign.name : t('assessCampaign.titles.campaign')}
      </Typography.Title>
      {detail.isError && <Alert type="error" showIcon message={errorText(detail.error)} />}
      {detail.isPending && <Spin />}
      {d && <Summary detail={d} />}
      {d && (
        <Tabs
          defaultActiveKey={search.get('tab') === 'objections' ? 'objections' : 'ratings'}
          items={[
            {
              key: 'ratings',
              label: t('assessCampaign.campaign.ratingsTab'),
              children: <Ratings detail={d} />,
            },
            {
              key: 'objections',
              label: `${t('assessCampaign.campaign.objectionsTab')}${d.openObjections ? ` (${d.openObjections})` : ''}`,
              children: <Objections campaignId={d.campaign.id} />,
            },
          ]}
        />
      )}
    </Flex>
  );
}

function Summary({ detail }: { detail: CampaignDetail }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const c = detail.campaign;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const act = (action: 'startNotice' | 'publish') =>
    modal.confirm({
      title:
        action === 'startNotice'
          ? t('assessCampaign.campaign.startNotice')
          : t('assessCampaign.campaign.publish'),
      content:
        action === 'startNotice'
          ? t('assessCampaign.campaign.confirmStart')
          : t('assessCampaign.campaign.confirmPublish'),
      okButtonProps: { 'data-testid': 'campaign-confirm' } as never,
      onOk: async () => {
        try {
          await campaignApi.campaignAction(c.id, action);
          message.success(t('assessCampaign.campaign.done'));
          await refresh();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'status',
              label: t('assessCampaign.cols.status'),
              children: <CampaignStatusTag status={c.status} />,
            },
            { key: 'year', label: t('assessCampaign.cols.year'), children: c.year },
            { key: 'set', label: t('assessCampaign.cols.set'), children: c.setName },
            { key: 'ratings', label: t('assessCampaign.cols.ratings'), children: detail.counts.total },
            ...(c.noticeEndsAt
              ? [
                  {
                    key: 'notice',
                    label: t('assessCampaign.cols.noticeEnds'),
                    children: when(c.noticeEndsAt),
                  },
                ]
              : []),
            {
              key: 'objections',
              label: t('assessCampaign.campaign.objections'),
              children: `${detail.objections}（${t('assessCampaign.campaign.openObjections', { n: detail.openObjections })}）`,
            },
          ]}
        />
        <Flex wrap gap={6} data-testid="campaign-counts">
          {RATING_STATUSES.map((s) => (
            <Tag key={s}>
              {t(`assessCampaign.statuses.${s}`)} {detail.counts.byStatus[s] ?? 0}
            </Tag>
          ))}
          {['5', '4', '3', '2', '1'].map((n) =>
            detail.counts.byStars[n] ? (
              <Tag key={n} color="gold">
                {t('assessCampaign.stars', { n })} {detail.counts.byStars[n]}
              </Tag>
            ) : null,
          )}
        </Flex>
        <Flex wrap gap={8} align="center">
          {detail.actions.map((a) => (
            <Button
              key={a.action}
              type="primary"
              data-testid={`campaign-${a.action}`}
              onClick={() => act(a.action as 'startNotice' | 'publish')}
            >
              {a.label[lang]}
            </Button>
          ))}
          {c.status === 'notice' && detail.publishBlocked && (
            <Typography.Text type="secondary" data-testid="publish-blocked">
              {t('assessCampaign.campaign.publishBlocked', { why: detail.publishBlocked })}
            </Typography.Text>
          )}
          {c.status === 'notice' && (
            <Link to={`/public/assess-notice/${c.id}`} style={{ textDecoration: 'underline' }}>
              {t('assessCampaign.campaign.publicLink')}
            </Link>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

function Ratings({ detail }: { detail: CampaignDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<RatingFilters>({ page: 1, pageSize: 20, sort: 'village' });
  const set = (patch: RatingFilters) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  const list = useQuery({
    queryKey: ['assessCampaign', 'ratings', detail.campaign.id, filters],
    queryFn: () => campaignApi.ratings(detail.campaign.id, filters),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<RatingRow> = [
    {
      key: 'village',
      title: t('assessCampaign.cols.village'),
      render: (_, r) => (
        <Link
          to={`/assess-ratings/${r.id}`}
          data-testid="rating-link"
          style={{ textDecoration: 'underline' }}
        >
          {r.villageName ?? r.regionCode}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('assessCampaign.cols.status'),
      render: (_, r) => <RatingStatusTag status={r.status} />,
    },
    {
      key: 'township',
      title: t('assessCampaign.cols.township'),
      render: (_, r) => r.townshipName ?? r.townshipCode,
    },
    { key: 'selfTotal', title: t('assessCampaign.cols.selfTotal'), render: (_, r) => r.selfTotal ?? '—' },
    {
      key: 'reviewTotal',
      title: t('assessCampaign.cols.reviewTotal'),
      render: (_, r) => r.reviewTotal ?? '—',
    },
    {
      key: 'computed',
      title: t('assessCampaign.cols.computed'),
      render: (_, r) => <Stars n={r.computedStars} />,
    },
    { key: 'stars', title: t('assessCampaign.cols.stars'), render: (_, r) => <Stars n={r.stars} /> },
    { key: 'changed', title: t('assessCampaign.cols.changed'), dataIndex: 'changed' },
    { key: 'evidence', title: t('assessCampaign.cols.evidence'), dataIndex: 'evidence' },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Input.Search
          allowClear
          placeholder={t('assessCampaign.filters.q')}
          aria-label={t('assessCampaign.filters.q')}
          style={{ width: 180 }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          data-testid="ratings-q"
        />
        <Select
          allowClear
          placeholder={t('assessCampaign.filters.status')}
          aria-label={t('assessCampaign.filters.status')}
          style={{ width: 130 }}
          options={RATING_STATUSES.map((s) => ({ value: s, label: t(`assessCampaign.statuses.${s}`) }))}
          onChange={(status) => set({ status })}
          data-testid="ratings-status"
        />
        <Select
          allowClear
          placeholder={t('assessCampaign.filters.stars')}
          aria-label={t('assessCampaign.filters.stars')}
          style={{ width: 110 }}
          options={[5, 4, 3, 2, 1].map((n) => ({ value: n, label: t('assessCampaign.stars', { n }) }))}
          onChange={(stars) => set({ stars })}
        />
        {detail.townships.length > 1 && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('assessCampaign.filters.township')}
            aria-label={t('assessCampaign.filters.township')}
            style={{ width: 160 }}
            options={detail.townships.map((tw) => ({
              value: tw.regionCode,
              label: tw.regionName ?? tw.regionCode,
            }))}
            onChange={(township) => set({ township })}
          />
        )}
        <Select
          value={filters.sort}
          aria-label={t('assessCampaign.filters.sort')}
          style={{ width: 170 }}
          options={RATING_SORTS.map((s) => ({ value: s, label: t(`assessCampaign.sorts.${s}`) }))}
          onChange={(sort) => set({ sort })}
        />
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<RatingRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['village', 'stars']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessCampaign.empty')} /> }}
        data-testid="ratings-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Flex>
  );
}

function Objections({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [query, setQuery] = useState<{ status?: 'open' | 'answered'; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const [answering, setAnswering] = useState<ObjectionView | null>(null);
  const list = useQuery({
    queryKey: ['assessCampaign', 'objections', campaignId, query],
    queryFn: () => campaignApi.objections(campaignId, query),
  });
  const columns: ColumnsType<ObjectionView> = [
    {
      key: 'village',
      title: t('assessCampaign.cols.village'),
      render: (_, o) => (
        <Link to={`/assess-ratings/${o.ratingId}`} style={{ textDecoration: 'underline' }}>
          {o.villageName ?? o.regionCode}
        </Link>
      ),
    },
    { key: 'text', title: t('assessCampaign.cols.text'), dataIndex: 'text' },
    {
      key: 'from',
      title: t('assessCampaign.cols.from'),
      render: (_, o) =>
        [o.name || t('assessCampaign.objections.anonymous'), o.phone].filter(Boolean).join(' '),
    },
    { key: 'createdAt', title: t('assessCampaign.cols.createdAt'), render: (_, o) => when(o.createdAt) },
    {
      key: 'answer',
      title: t('assessCampaign.cols.answer'),
      render: (_, o) =>
        o.status === 'answered' ? (
          <span>
            <Tag color={o.upheld ? 'warning' : 'default'}>
              {o.upheld
                ? t('assessCampaign.objections.upheldTag')
                : t('assessCampaign.objections.rejectedTag')}
            </Tag>
            {o.answer}
          </span>
        ) : (
          <Tag color="processing">{t('assessCampaign.objections.open')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, o) =>
        o.status === 'open' ? (
          <Button size="small" type="primary" onClick={() => setAnswering(o)} data-testid="objection-answer">
            {t('assessCampaign.objections.answer')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Select
        allowClear
        placeholder={t('assessCampaign.filters.status')}
        aria-label={t('assessCampaign.filters.status')}
        style={{ width: 130 }}
        options={(['open', 'answered'] as const).map((s) => ({
          value: s,
          label: t(`assessCampaign.objections.${s}`),
        }))}
        onChange={(status) => setQuery((q) => ({ ...q, status, page: 1 }))}
      />
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<ObjectionView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessCampaign.objections.empty')} /> }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {answering && <AnswerModal objection={answering} onClose={() => setAnswering(null)} />}
    </Flex>
  );
}

function AnswerModal({ objection, onClose }: { objection: ObjectionView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const [form] = Form.useForm<{ answer: string; upheld: boolean }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await campaignApi.answer(objection.id, { answer: v.answer.trim(), upheld: Boolean(v.upheld) });
      message.success(t('assessCampaign.objections.done'));
      await refresh();
      onClose();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t('assessCampaign.objections.answer')} · ${objection.villageName ?? ''}`}
      okButtonProps={{ 'data-testid': 'answer-ok' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{objection.text}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ upheld: false }}>
        <Form.Item
          name="answer"
          label={t('assessCampaign.objections.answerLabel')}
          rules={[{ required: true, whitespace: true, message: t('assessCampaign.rating.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="answer-text" />
        </Form.Item>
        <Form.Item name="upheld" valuePropName="checked">
          <Checkbox>{t('assessCampaign.objections.upheld')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
