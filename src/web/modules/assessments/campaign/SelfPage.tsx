import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Input, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RatingSheet, ScoreRow } from '../../../../contracts/api/assess-campaign';
import { useErrorText } from '../../../app/errors';
import { campaignApi, useRefreshCampaign } from './api';
import { missingOf } from './missing';
import {
  EvidencePhotos,
  RecordValue,
  ScoreAreas,
  ScoreHeading,
  StepHistory,
  TotalBar,
  useValueText,
  ValueControl,
} from './shared';

/** 星级自评: the village secretary's phone page — every indicator, its value, note and photos. */
export default function SelfPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mine = useQuery({ queryKey: ['assessCampaign', 'my-rating'], queryFn: campaignApi.myRating });
  const sheet = mine.data?.rating;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessCampaign.titles.self')}
      </Typography.Title>
      {mine.isError && <Alert type="error" showIcon message={errorText(mine.error)} />}
      {mine.isPending && <Spin />}
      {mine.isSuccess && !sheet && <Empty description={t('assessCampaign.self.none')} />}
      {sheet && <SelfSheet sheet={sheet} />}
    </Flex>
  );
}

function SelfSheet({ sheet }: { sheet: RatingSheet }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const [submitting, setSubmitting] = useState(false);
  const submit = sheet.actions.find((a) => a.action === 'submit');
  const editing = sheet.status === 'self';
  const missing = missingOf(sheet);
  const lastReturn = [...sheet.history].reverse().find((s) => s.action === 'return');
  const en = i18n.language === 'en';

  const confirmSubmit = () =>
    modal.confirm({
      title: t('assessCampaign.self.confirmTitle'),
      content: t('assessCampaign.self.confirmText', {
        total: sheet.selfTotal ?? 0,
        stars: sheet.computedStars ?? '—',
      }),
      okText: t('assessCampaign.self.submit'),
      okButtonProps: { 'data-testid': 'self-confirm' } as never,
      onOk: async () => {
        setSubmitting(true);
        try {
          await campaignApi.ratingAction(sheet.id, 'submit');
          message.success(t('assessCampaign.self.submitted'));
          await refresh();
        } catch (error) {
          message.error(errorText(error));
        } finally {
          setSubmitting(false);
        }
      },
    });

  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {sheet.villageName} · {sheet.campaignName}
      </Typography.Text>
      {editing ? (
        <Typography.Text type="secondary">{t('assessCampaign.self.intro')}</Typography.Text>
      ) : (
        <Alert
          type="info"
          showIcon
          data-testid="self-readonly"
          message={t('assessCampaign.self.readOnly', {
            status: en ? sheet.statusLabel.en : sheet.statusLabel.zh,
          })}
        />
      )}
      {editing && lastReturn?.reason && (
        <Alert
          type="warning"
          showIcon
          message={t('assessCampaign.self.returned', { reason: lastReturn.reason })}
        />
      )}
      <ScoreAreas sheet={sheet} render={(s) => <SelfScore ratingId={sheet.id} score={s} />} />
      {editing && missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="self-missing"
          message={t('assessCampaign.self.missing', {
            n: missing.length,
            codes: missing.map((m) => `${m.code}（${t(`assessCampaign.self.${m.what}`)}）`).join('、'),
          })}
        />
      )}
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          padding: '8px 0',
          background: 'var(--ant-color-bg-layout, #f5f5f5)',
          zIndex: 2,
        }}
      >
        <TotalBar
          sheet={sheet}
          extra={
            submit && (
              <Button
                type="primary"
                size="large"
                block
                loading={submitting}
                disabled={missing.length > 0}
                onClick={confirmSubmit}
                data-testid="self-submit"
              >
                {t('assessCampaign.self.submit')}
              </Button>
            )
          }
        />
      </div>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('assessCampaign.rating.history')}
      </Typography.Title>
      <StepHistory steps={sheet.history} />
      <Link to={`/assess-villages/${sheet.regionCode}`} style={{ textDecoration: 'underline' }}>
        {t('assessCampaign.rating.villagePage')}
      </Link>
      {sheet.submittedAt && (
        <Typography.Text type="secondary">
          {dayjs(sheet.submittedAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      )}
    </Flex>
  );
}

const TYPED = new Set(['points', 'percent']);

/** One indicator on the phone: value control (or the record's value), note, photos. */
function SelfScore({ ratingId, score }: { ratingId: string; score: ScoreRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const valueText = useValueText();
  const [note, setNote] = useState(score.selfNote ?? '');
  const [value, setValue] = useState<number | null>(score.selfValue);
  const save = async (body: { value?: number | null; note?: string | null }) => {
    try {
      await campaignApi.putScore(ratingId, score.code, {
        ...(score.source ? {} : { value: body.value !== undefined ? body.value : value }),
        note: body.note !== undefined ? body.note : note.trim() || null,
      });
      await refresh();
    } catch (error) {
      message.error(errorText(error));
      setValue(score.selfValue);
    }
  };
  return (
    <Flex vertical gap={8}>
      <ScoreHeading score={score} />
      {score.source ? (
        <Flex wrap gap={8} align="center" style={{ opacity: 0.85 }}>
          <Typography.Text strong data-testid={`value-${score.code}`}>
            {valueText(score, score.selfValue)}
          </Typography.Text>
          <RecordValue score={score} />
        </Flex>
      ) : (
        <Flex wrap gap={8} align="center">
          <ValueControl
            score={score}
            value={value}
            disabled={!score.editable}
            testId={`value-${score.code}`}
            onChange={(v) => {
              setValue(v);
              // A choice is saved at once; a typed number when the field is left.
              if (!TYPED.has(score.method)) void save({ value: v });
            }}
            onBlur={() => {
              if (value !== score.selfValue) void save({ value });
            }}
          />
          {score.selfPoints != null && score.method !== 'veto' && (
            <Typography.Text type="secondary">
              {t('assessCampaign.points', { n: score.selfPoints })}
            </Typography.Text>
          )}
        </Flex>
      )}
      {score.editable ? (
        <Input.TextArea
          rows={1}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          value={note}
          aria-label={`${score.code} ${t('assessCampaign.noteLabel')}`}
          placeholder={t('assessCampaign.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if ((note.trim() || null) !== (score.selfNote ?? null)) void save({ note: note.trim() || null });
          }}
          data-testid={`note-${score.code}`}
        />
      ) : (
        score.selfNote && <Typography.Text>{score.selfNote}</Typography.Text>
      )}
      {(score.editable || score.attachments > 0) && (
        <EvidencePhotos score={score} editable={score.editable} />
      )}
    </Flex>
  );
}
