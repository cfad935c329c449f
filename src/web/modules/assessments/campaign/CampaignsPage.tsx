import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CampaignView, CreateCampaignBody } from '../../../../contracts/api/assess-campaign';
import { can } from '../../../../contracts/roles';
import { useMe } from '../../../app/auth';
import { DateField } from '../../../app/components/DateField';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { type CampaignSet, campaignApi, useRefreshCampaign } from './api';
import { CampaignStatusTag, when } from './shared';

/** 星级评定: the county's campaigns by year; the county opens the year's campaign here. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useMe();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [opening, setOpening] = useState(false);
  const list = useQuery({
    queryKey: ['assessCampaign', 'campaigns', page],
    queryFn: () => campaignApi.campaigns(page),
  });
  const columns: ColumnsType<CampaignView> = [
    {
      key: 'name',
      title: t('assessCampaign.cols.name'),
      render: (_, c) => (
        <Link
          to={`/assess-campaigns/${c.id}`}
          data-testid="campaign-link"
          // The text's own colour: antd's lighter hover red on a hovered row falls below 4.5:1.
          style={{ textDecoration: 'underline', color: 'inherit' }}
        >
          {c.name}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('assessCampaign.cols.status'),
      render: (_, c) => <CampaignStatusTag status={c.status} />,
    },
    { key: 'year', title: t('assessCampaign.cols.year'), dataIndex: 'year' },
    { key: 'set', title: t('assessCampaign.cols.set'), dataIndex: 'setName' },
    { key: 'ratings', title: t('assessCampaign.cols.ratings'), dataIndex: 'ratings' },
    { key: 'notice', title: t('assessCampaign.cols.noticeEnds'), render: (_, c) => when(c.noticeEndsAt) },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessCampaign.titles.campaigns')}
        </Typography.Title>
        {me.data && can(me.data.role, 'assess.campaign') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpening(true)}
            data-testid="campaign-open"
          >
            {t('assessCampaign.campaigns.open')}
          </Button>
        )}
      </Flex>
      {list.isError && <Alert type="error" showIcon message={errorText(list.error)} />}
      <ResponsiveTable<CampaignView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['name', 'status']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessCampaign.campaigns.empty')} /> }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
      />
      {opening && <OpenModal onClose={() => setOpening(false)} />}
    </Flex>
  );
}

type OpenValues = {
  year: number;
  setId: string;
  name?: string;
  noticeDays?: number;
  selfDue?: string;
  reviewDue?: string;
};

/** 开展年度星级评定: year, the published criteria set, notice days and due dates. */
function OpenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenValues>();
  const [busy, setBusy] = useState(false);
  const sets = useQuery({
    queryKey: ['assessCampaign', 'published-sets'],
    queryFn: campaignApi.publishedSets,
  });
  const options = (Array.isArray(sets.data) ? sets.data : (sets.data?.items ?? []))
    .filter((s: CampaignSet) => s.status === 'published')
    .map((s: CampaignSet) => ({
      value: s.id,
      label: `${s.year} · ${s.name}${s.version ? ` v${s.version}` : ''}`,
    }));
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const body: CreateCampaignBody = {
        year: v.year,
        setId: v.setId,
        name: v.name?.trim() || undefined,
        noticeDays: v.noticeDays ?? undefined,
        selfDue: v.selfDue || undefined,
        reviewDue: v.reviewDue || undefined,
      };
      const created = await campaignApi.create(body);
      message.success(t('assessCampaign.campaigns.created'));
      await refresh();
      onClose();
      navigate(`/assess-campaigns/${created.campaign.id}`);
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('assessCampaign.campaigns.formTitle')}
      okButtonProps={{ 'data-testid': 'campaign-create' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {sets.isError && (
        <Alert
          type="error"
          showIcon
          message={t('assessCampaign.campaigns.setsUnavailable', { error: errorText(sets.error) })}
        />
      )}
      <Form form={form} layout="vertical" initialValues={{ year: dayjs().year(), noticeDays: 5 }}>
        <Form.Item name="year" label={t('assessCampaign.campaigns.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} data-testid="campaign-year" />
        </Form.Item>
        <Form.Item
          name="setId"
          label={t('assessCampaign.campaigns.set')}
          rules={[{ required: true, message: t('assessCampaign.campaigns.required') }]}
        >
          <Select loading={sets.isPending} options={options} data-testid="campaign-set" />
        </Form.Item>
        <Form.Item name="name" label={t('assessCampaign.campaigns.name')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="noticeDays" label={t('assessCampaign.campaigns.noticeDays')}>
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        <Flex wrap gap={12}>
          <DateField name="selfDue" label={t('assessCampaign.campaigns.selfDue')} />
          <DateField name="reviewDue" label={t('assessCampaign.campaigns.reviewDue')} />
        </Flex>
      </Form>
    </Modal>
  );
}
