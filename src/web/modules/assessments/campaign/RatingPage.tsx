import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RatingSheet, ScoreRow } from '../../../../contracts/api/assess-campaign';
import type { WorkflowAction } from '../../../../contracts/api/workflow';
import { useErrorText } from '../../../app/errors';
import { campaignApi, useRefreshCampaign } from './api';
import {
  EvidencePhotos,
  RatingStatusTag,
  RecordValue,
  ScoreAreas,
  ScoreHeading,
  Stars,
  StepHistory,
  TotalBar,
  useValueText,
  ValueControl,
} from './shared';

/**
 * 评分表 of one village for the township (adjust a value with a reason, approve or return) and the
 * county (decide the stars, reopen during 公示). The buttons come from the server's `actions`.
 */
export default function RatingPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { ratingId = '' } = useParams();
  const rating = useQuery({
    queryKey: ['assessCampaign', 'rating', ratingId],
    queryFn: () => campaignApi.rating(ratingId),
  });
  const sheet = rating.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessCampaign.titles.rating')}
        {sheet ? ` · ${sheet.villageName ?? sheet.regionCode}` : ''}
      </Typography.Title>
      {rating.isError && <Alert type="error" showIcon message={errorText(rating.error)} />}
      {rating.isPending && <Spin />}
      {sheet && <Sheet sheet={sheet} />}
    </Flex>
  );
}

function Sheet({ sheet }: { sheet: RatingSheet }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const reviewing = sheet.status === 'township' && sheet.scores.some((s) => s.editable);
  const refreshRecords = async () => {
    try {
      await campaignApi.refresh(sheet.id);
      message.success(t('assessCampaign.rating.refreshed'));
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Link to={`/assess-campaigns/${sheet.campaignId}`} style={{ textDecoration: 'underline' }}>
          {t('assessCampaign.rating.back')}
        </Link>
        <Typography.Text>
          {sheet.townshipName} · {sheet.campaignName}
        </Typography.Text>
        <RatingStatusTag status={sheet.status} />
        <Link to={`/assess-villages/${sheet.regionCode}`} style={{ textDecoration: 'underline' }}>
          {t('assessCampaign.rating.villagePage')}
        </Link>
      </Flex>
      <Card size="small">
        <Flex vertical gap={8}>
          <TotalBar sheet={sheet} />
          {sheet.stars != null && (
            <Flex wrap gap={8} align="center" data-testid="rating-decision">
              <Typography.Text strong>{t('assessCampaign.rating.starsLabel')}</Typography.Text>
              <Stars n={sheet.stars} size={20} testId="decided-stars" />
              {sheet.decisionReason && (
                <Typography.Text>
                  {t('assessCampaign.rating.decisionReason', { reason: sheet.decisionReason })}
                </Typography.Text>
              )}
            </Flex>
          )}
          <Flex wrap gap={8}>
            <RatingActions sheet={sheet} />
            {reviewing && (
              <Button onClick={() => void refreshRecords()}>{t('assessCampaign.rating.refresh')}</Button>
            )}
          </Flex>
        </Flex>
      </Card>
      <ScoreAreas sheet={sheet} render={(s) => <ReviewScore sheet={sheet} score={s} />} />
      <Card size="small" title={t('assessCampaign.rating.history')}>
        <StepHistory steps={sheet.history} />
      </Card>
    </Flex>
  );
}

/** One indicator: the village's value, note and photos; the township's value and reason; 调整. */
function ReviewScore({ sheet, score }: { sheet: RatingSheet; score: ScoreRow }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const [adjusting, setAdjusting] = useState(false);
  const changed = score.reviewValue != null && score.reviewValue !== score.selfValue;
  return (
    <Flex vertical gap={6}>
      <ScoreHeading score={score} />
      <Flex wrap gap={12} align="center">
        <Typography.Text data-testid={`self-${score.code}`}>
          {t('assessCampaign.cols.selfValue')}：<strong>{valueText(score, score.selfValue)}</strong>
          {score.selfPoints != null && score.method !== 'veto'
            ? `（${t('assessCampaign.points', { n: score.selfPoints })}）`
            : ''}
        </Typography.Text>
        {score.reviewValue != null && (
          <Typography.Text data-testid={`review-${score.code}`} type={changed ? 'warning' : undefined}>
            {t('assessCampaign.cols.reviewValue')}：<strong>{valueText(score, score.reviewValue)}</strong>
            {score.reviewPoints != null && score.method !== 'veto'
              ? `（${t('assessCampaign.points', { n: score.reviewPoints })}）`
              : ''}
          </Typography.Text>
        )}
        <RecordValue score={score} />
        {score.editable && sheet.status === 'township' && (
          <Button onClick={() => setAdjusting(true)} data-testid={`adjust-${score.code}`}>
            {t('assessCampaign.rating.adjust')}
          </Button>
        )}
      </Flex>
      {score.selfNote && <Typography.Text type="secondary">{score.selfNote}</Typography.Text>}
      {score.reviewReason && (
        <Typography.Text>
          {t('assessCampaign.cols.reason')}：{score.reviewReason}
        </Typography.Text>
      )}
      {score.links.length > 0 && (
        <Typography.Text type="secondary">
          {t('assessCampaign.rating.links')}：{score.links.map((l) => l.label).join('、')}
        </Typography.Text>
      )}
      {score.attachments > 0 && <EvidencePhotos score={score} editable={false} />}
      {adjusting && <AdjustModal sheet={sheet} score={score} onClose={() => setAdjusting(false)} />}
    </Flex>
  );
}

/** 调整: the township's value, with the reason required when it differs from the village's. */
function AdjustModal({
  sheet,
  score,
  onClose,
}: {
  sheet: RatingSheet;
  score: ScoreRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const [form] = Form.useForm<{ value: number | null; reason?: string }>();
  const value = Form.useWatch('value', form);
  const [busy, setBusy] = useState(false);
  const differs = value != null && value !== score.selfValue;
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await campaignApi.putScore(sheet.id, score.code, {
        value: v.value,
        reason: v.reason?.trim() || undefined,
      });
      message.success(t('assessCampaign.saved'));
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
      title={`${t('assessCampaign.rating.adjust')} ${score.code} ${score.name}`}
      okText={t('assessCampaign.rating.save')}
      cancelText={t('assessCampaign.rating.cancel')}
      okButtonProps={{ 'data-testid': 'adjust-save' } as never}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: score.reviewValue ?? score.selfValue, reason: score.reviewReason ?? '' }}
      >
        <Form.Item name="value" label={t('assessCampaign.rating.reviewValue')} rules={[{ required: true }]}>
          <FormValue score={score} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assessCampaign.rating.reasonLabel')}
          rules={[
            {
              required: differs,
              whitespace: true,
              message: t('assessCampaign.rating.changeReasonRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** ValueControl as a form control (Form.Item passes value and onChange). */
function FormValue({
  score,
  value,
  onChange,
}: {
  score: ScoreRow;
  value?: number | null;
  onChange?: (v: number | null) => void;
}) {
  return <ValueControl score={score} value={value} onChange={(v) => onChange?.(v)} testId="adjust-value" />;
}

/** The workflow's buttons: approve at once; return, decide and reopen ask in a modal. */
function RatingActions({ sheet }: { sheet: RatingSheet }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const [open, setOpen] = useState<WorkflowAction | 'reopen' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const run = async (action: string, body: { reason?: string; stars?: number } = {}) => {
    setBusy(action);
    try {
      if (action === 'reopen') await campaignApi.reopen(sheet.id, body.reason ?? '');
      else await campaignApi.ratingAction(sheet.id, action, body);
      message.success(t('assessCampaign.campaign.done'));
      await refresh();
      return true;
    } catch (error) {
      message.error(errorText(error));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {sheet.actions.map((a) => (
        <Button
          key={a.action}
          type={a.action === 'return' ? 'default' : 'primary'}
          danger={a.action === 'return'}
          loading={busy === a.action}
          data-testid={`rating-${a.action}`}
          onClick={() => (a.action === 'return' || a.action === 'decide' ? setOpen(a) : void run(a.action))}
        >
          {a.label[lang]}
        </Button>
      ))}
      {sheet.canReopen && (
        <Button danger onClick={() => setOpen('reopen')} data-testid="rating-reopen">
          {t('assessCampaign.rating.reopen')}
        </Button>
      )}
      {open && (
        <ActionModal
          sheet={sheet}
          action={open === 'reopen' ? 'reopen' : open.action}
          title={open === 'reopen' ? t('assessCampaign.rating.reopen') : open.label[lang]}
          busy={busy !== null}
          onClose={() => setOpen(null)}
          onOk={run}
        />
      )}
    </>
  );
}

function ActionModal({
  sheet,
  action,
  title,
  busy,
  onClose,
  onOk,
}: {
  sheet: RatingSheet;
  action: string;
  title: string;
  busy: boolean;
  onClose: () => void;
  onOk: (action: string, body: { reason?: string; stars?: number }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ stars?: number; reason?: string }>();
  const stars = Form.useWatch('stars', form);
  const deciding = action === 'decide';
  const reasonRequired = !deciding || (stars != null && stars !== sheet.computedStars);
  const submit = async () => {
    const v = await form.validateFields();
    const body = { reason: v.reason?.trim() || undefined, ...(deciding ? { stars: v.stars } : {}) };
    if (await onOk(action, body)) onClose();
  };
  return (
    <Modal
      open
      title={title}
      okText={t('assessCampaign.rating.submit')}
      cancelText={t('assessCampaign.rating.cancel')}
      okButtonProps={{ 'data-testid': 'action-ok' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ stars: sheet.stars ?? sheet.computedStars ?? undefined }}
      >
        {deciding && (
          <>
            <TotalBar sheet={sheet} />
            <Form.Item
              name="stars"
              label={t('assessCampaign.rating.starsLabel')}
              rules={[{ required: true, message: t('assessCampaign.campaigns.required') }]}
            >
              <Select
                size="large"
                data-testid="decide-stars"
                options={[5, 4, 3, 2, 1].map((n) => ({ value: n, label: t('assessCampaign.stars', { n }) }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={
            deciding
              ? t('assessCampaign.rating.decideReason')
              : action === 'reopen'
                ? t('assessCampaign.rating.reopenReason')
                : t('assessCampaign.rating.returnReason')
          }
          rules={[
            {
              required: reasonRequired,
              whitespace: true,
              message: deciding
                ? t('assessCampaign.rating.decideReasonRequired')
                : t('assessCampaign.rating.reasonRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="action-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
