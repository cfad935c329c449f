import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Form, Input, Modal, Result, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NoticeDetail } from '../../../../contracts/api/assess-campaign';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/page-titles';
import { campaignApi } from './api';
import { Stars } from './shared';

type Item = NoticeDetail['items'][number];

/**
 * 星级评定公示 for anyone, without logging in: the county's villages and their stars, and a form to
 * lodge an objection (text; name and phone optional). No personal data is shown.
 */
export default function PublicNoticePage() {
  useDocumentTitle();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const { campaignId = '' } = useParams();
  const [objecting, setObjecting] = useState<Item | null>(null);
  const notice = useQuery({
    queryKey: ['public', 'assess-notice', campaignId],
    queryFn: () => campaignApi.notice(campaignId),
  });
  const data = notice.data;
  const day = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD') : '—');
  return (
    <main style={{ minHeight: '100vh', padding: 'clamp(12px, 2vw, 32px)', background: token.colorBgLayout }}>
      <Flex vertical gap={12} style={{ maxWidth: 1000, margin: '0 auto' }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 'clamp(20px, 3vw, 32px)' }}>
          {data
            ? t('assessCampaign.notice.heading', { county: data.countyName ?? '', year: data.year })
            : t('assessCampaign.titles.notice')}
        </Typography.Title>
        {notice.isError && <Alert type="warning" showIcon message={errorText(notice.error)} />}
        {data && (
          <>
            <Typography.Text strong data-testid="notice-period">
              {t('assessCampaign.notice.period', {
                from: day(data.noticeStartedAt),
                to: day(data.noticeEndsAt),
              })}
            </Typography.Text>
            <Typography.Text>{t('assessCampaign.notice.intro')}</Typography.Text>
          </>
        )}
        <ResponsiveTable<Item>
          rowKey="ratingId"
          loading={notice.isPending}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('assessCampaign.notice.none')} /> }}
          phoneColumns={['village', 'stars', 'actions']}
          columns={[
            {
              key: 'village',
              title: t('assessCampaign.cols.village'),
              render: (_, r) => r.villageName ?? r.regionCode,
            },
            { key: 'stars', title: t('assessCampaign.cols.stars'), render: (_, r) => <Stars n={r.stars} /> },
            {
              key: 'township',
              title: t('assessCampaign.cols.township'),
              render: (_, r) => r.townshipName ?? '—',
            },
            { key: 'total', title: t('assessCampaign.total'), render: (_, r) => r.total ?? '—' },
            {
              key: 'actions',
              title: '',
              render: (_, r) => (
                <Button size="small" onClick={() => setObjecting(r)} data-testid={`object-${r.regionCode}`}>
                  {t('assessCampaign.notice.object')}
                </Button>
              ),
            },
          ]}
        />
        {objecting && (
          <ObjectionModal campaignId={campaignId} item={objecting} onClose={() => setObjecting(null)} />
        )}
      </Flex>
    </main>
  );
}

function ObjectionModal({
  campaignId,
  item,
  onClose,
}: {
  campaignId: string;
  item: Item;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ text: string; name?: string; phone?: string }>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const answer = await campaignApi.object(campaignId, {
        ratingId: item.ratingId,
        text: v.text.trim(),
        name: v.name?.trim() || undefined,
        phone: v.phone?.trim() || undefined,
      });
      setSent(answer.message || t('assessCampaign.notice.sent'));
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const village = item.villageName ?? item.regionCode;
  return (
    <Modal
      open
      title={t('assessCampaign.notice.formTitle', { village })}
      okText={t('assessCampaign.notice.send')}
      okButtonProps={
        { 'data-testid': 'objection-send', style: sent ? { display: 'none' } : undefined } as never
      }
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {sent ? (
        <Result status="success" title={sent} data-testid="objection-sent" />
      ) : (
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={t('assessCampaign.notice.text')}
            rules={[
              { required: true, whitespace: true, message: t('assessCampaign.notice.textRequired') },
              { min: 5, message: t('assessCampaign.notice.textPlaceholder') },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={1000}
              placeholder={t('assessCampaign.notice.textPlaceholder')}
              data-testid="objection-text"
            />
          </Form.Item>
          <Form.Item name="name" label={t('assessCampaign.notice.name')}>
            <Input maxLength={30} autoComplete="name" />
          </Form.Item>
          <Form.Item name="phone" label={t('assessCampaign.notice.phone')}>
            <Input maxLength={20} inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
