import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Image, InputNumber, Radio, Select, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingSheet, RatingStatusName, ScoreRow } from '../../../../contracts/api/assess-campaign';
import type { WorkflowStep } from '../../../../contracts/api/workflow';
import { useErrorText } from '../../../app/errors';
import { campaignApi, useRefreshCampaign } from './api';

// Pieces shared by the star-rating pages: stars, states, a value control per scoring method, the
// evidence photos of a score, the running total, the indicators grouped by area, the history.

export const when = (at: string | null | undefined) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

/** ★★★☆☆ with its number for screen readers; 未定 when there are none yet. */
export function Stars({
  n,
  size = 16,
  testId,
}: {
  n: number | null | undefined;
  size?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (n == null) return <Typography.Text type="secondary">{t('assessCampaign.noStars')}</Typography.Text>;
  return (
    <span
      role="img"
      aria-label={t('assessCampaign.starsLabel', { n })}
      data-testid={testId}
      data-stars={n}
      style={{ fontSize: size, color: '#ad6800', letterSpacing: 1, whiteSpace: 'nowrap' }}
    >
      {'★'.repeat(n)}
      <span style={{ color: '#8c8c8c' }}>{'☆'.repeat(Math.max(0, 5 - n))}</span>
    </span>
  );
}

const STATUS_COLORS: Record<RatingStatusName, string> = {
  self: 'default',
  township: 'processing',
  county: 'warning',
  decided: 'success',
};

export function RatingStatusTag({ status }: { status: RatingStatusName }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`assessCampaign.statuses.${status}`)}</Tag>;
}

export function CampaignStatusTag({ status }: { status: 'open' | 'notice' | 'published' }) {
  const { t } = useTranslation();
  const color = status === 'published' ? 'success' : status === 'notice' ? 'warning' : 'processing';
  return <Tag color={color}>{t(`assessCampaign.campaignStatuses.${status}`)}</Tag>;
}

/** A value as the page shows it: 是 / 否, the tier's label, 85%, 3 分. */
export const useValueText = () => {
  const { t } = useTranslation();
  return (score: ScoreRow, value: number | null | undefined): string => {
    if (value == null) return '—';
    switch (score.method) {
      case 'yesno':
      case 'veto':
        return value === 1 ? t('assessCampaign.yes') : t('assessCampaign.no');
      case 'tiers':
        return score.tiers?.[value]?.label ?? String(value);
      case 'percent':
        return `${value}%`;
      default:
        return t('assessCampaign.points', { n: value });
    }
  };
};

/** The control of a value by the indicator's method, big enough for a thumb. */
export function ValueControl({
  score,
  value,
  onChange,
  onBlur,
  disabled,
  testId,
}: {
  score: ScoreRow;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** Typed numbers: the field was left (the page saves then). */
  onBlur?: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const label = t('assessCampaign.valueFor', { code: score.code, name: score.name });
  switch (score.method) {
    case 'yesno':
    case 'veto':
      return (
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          disabled={disabled}
          aria-label={label}
          value={value ?? undefined}
          onChange={(e) => onChange(e.target.value as number)}
          data-testid={testId}
          options={[
            { value: 1, label: <span style={{ padding: '0 12px' }}>{t('assessCampaign.yes')}</span> },
            { value: 0, label: <span style={{ padding: '0 12px' }}>{t('assessCampaign.no')}</span> },
          ]}
        />
      );
    case 'tiers':
      return (
        <Select
          size="large"
          disabled={disabled}
          aria-label={label}
          placeholder={t('assessCampaign.tierPlaceholder')}
          value={value ?? undefined}
          onChange={(v) => onChange(v)}
          style={{ width: '100%', maxWidth: 360 }}
          data-testid={testId}
          options={(score.tiers ?? []).map((tier, i) => ({
            value: i,
            label: `${tier.label}（${t('assessCampaign.points', { n: tier.points })}）`,
          }))}
        />
      );
    case 'percent':
      return (
        <InputNumber<number>
          size="large"
          disabled={disabled}
          aria-label={label}
          min={0}
          max={100}
          precision={0}
          inputMode="numeric"
          value={value ?? null}
          onChange={(v) => onChange(v)}
          onBlur={onBlur}
          suffix={t('assessCampaign.percentSuffix')}
          style={{ width: 160 }}
          data-testid={testId}
        />
      );
    default:
      return (
        <Flex align="center" gap={8}>
          <InputNumber<number>
            size="large"
            disabled={disabled}
            aria-label={label}
            min={0}
            max={score.maxPoints}
            precision={0}
            inputMode="numeric"
            value={value ?? null}
            onChange={(v) => onChange(v)}
            onBlur={onBlur}
            style={{ width: 120 }}
            data-testid={testId}
          />
          <Typography.Text type="secondary">
            {t('assessCampaign.pointsSuffix', { max: score.maxPoints })}
          </Typography.Text>
        </Flex>
      );
  }
}

/** The photos (and PDFs) of a score: thumbnails, and when it may change, 拍照 / 上传 and 删除. */
export function EvidencePhotos({ score, editable }: { score: ScoreRow; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCampaign();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const photos = useQuery({
    queryKey: ['assessCampaign', 'photos', score.id, score.attachments],
    queryFn: () => campaignApi.photos(score.id),
    enabled: score.attachments > 0 || editable,
  });
  const items = photos.data?.items ?? [];
  const add = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    try {
      await campaignApi.addPhotos(score.id, files);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    try {
      await campaignApi.removePhoto(id);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Flex wrap gap={8} align="center" data-testid={`evidence-${score.code}`}>
      <Image.PreviewGroup>
        {items.map((p, i) =>
          p.category === 'image' ? (
            <div key={p.id} style={{ position: 'relative' }}>
              <Image
                width={72}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={campaignApi.fileUrl(p.id, 'thumb')}
                preview={{ src: campaignApi.fileUrl(p.id, 'full') }}
                alt={t('assessCampaign.photoAlt', { code: score.code, n: i + 1 })}
              />
              {editable && (
                <Button
                  size="small"
                  shape="circle"
                  icon={<DeleteOutlined />}
                  aria-label={t('assessCampaign.removePhoto')}
                  onClick={() => void remove(p.id)}
                  style={{ position: 'absolute', top: -8, right: -8 }}
                />
              )}
            </div>
          ) : (
            <a key={p.id} href={campaignApi.fileUrl(p.id, 'full')} style={{ textDecoration: 'underline' }}>
              {p.fileName}
            </a>
          ),
        )}
      </Image.PreviewGroup>
      {editable && (photos.data?.slotsLeft ?? 1) > 0 && (
        <>
          <Button
            size="large"
            icon={<CameraOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
            data-testid={`photo-add-${score.code}`}
          >
            {t('assessCampaign.addPhoto')}
          </Button>
          <input
            ref={input}
            type="file"
            accept="image/*,application/pdf"
            multiple
            hidden
            aria-label={t('assessCampaign.addPhoto')}
            data-testid={`photo-input-${score.code}`}
            onChange={(e) => {
              const picked = [...(e.target.files ?? [])];
              e.target.value = '';
              void add(picked);
            }}
          />
        </>
      )}
    </Flex>
  );
}

/** 合计 x / 100 分 and the stars the score gives, with why they are capped. */
export function TotalBar({ sheet, extra }: { sheet: RatingSheet; extra?: ReactNode }) {
  const { t } = useTranslation();
  const total = sheet.reviewTotal ?? sheet.selfTotal ?? 0;
  return (
    <Flex wrap align="center" gap={12} data-testid="rating-total">
      <Typography.Text strong style={{ fontSize: 18 }}>
        {t('assessCampaign.total')} {t('assessCampaign.of', { total, max: sheet.maxTotal })}
      </Typography.Text>
      <Flex align="center" gap={4}>
        <Typography.Text>{t('assessCampaign.computed')}</Typography.Text>
        <Stars n={sheet.computedStars} size={20} testId="computed-stars" />
      </Flex>
      {sheet.capped.map((c) => (
        <Tag key={c.rule} color="warning">
          {t(`assessCampaign.capped.${c.rule}`, { n: c.maxStars })}
        </Tag>
      ))}
      {extra}
    </Flex>
  );
}

/** The indicators grouped by area (A 组织建设 …), each area a card with its points. */
export function ScoreAreas({
  sheet,
  render,
}: {
  sheet: RatingSheet;
  render: (score: ScoreRow) => ReactNode;
}) {
  const { t } = useTranslation();
  const areas: { area: string; name: string; scores: ScoreRow[] }[] = [];
  for (const s of sheet.scores) {
    let group = areas.find((a) => a.area === s.area);
    if (!group) {
      group = { area: s.area, name: s.areaName, scores: [] };
      areas.push(group);
    }
    group.scores.push(s);
  }
  return (
    <Flex vertical gap={12}>
      {areas.map((a) => (
        <Card
          key={a.area}
          size="small"
          title={`${a.area} ${a.name}`}
          extra={
            a.area in sheet.byArea ? t('assessCampaign.points', { n: sheet.byArea[a.area] ?? 0 }) : undefined
          }
          styles={{ body: { padding: 0 } }}
        >
          {a.scores.map((s, i) => (
            <div
              key={s.id}
              data-testid={`score-${s.code}`}
              style={{ padding: 12, borderTop: i > 0 ? '1px solid rgba(5,5,5,0.06)' : undefined }}
            >
              {render(s)}
            </div>
          ))}
        </Card>
      ))}
    </Flex>
  );
}

/** The indicator's heading: code, name, max points, what it asks, 自动读取 for record-filled ones. */
export function ScoreHeading({ score }: { score: ScoreRow }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Flex wrap gap={6} align="baseline">
        <Typography.Text strong>
          {score.code} {score.name}
        </Typography.Text>
        {score.method !== 'veto' && (
          <Typography.Text type="secondary">
            {t('assessCampaign.points', { n: score.maxPoints })}
          </Typography.Text>
        )}
        {score.source && <Tag color="blue">{t('assessCampaign.auto')}</Tag>}
        {score.evidenceRequired && <Tag color="orange">{t('assessCampaign.evidenceRequired')}</Tag>}
      </Flex>
      {score.description && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {score.description}
        </Typography.Text>
      )}
      {score.evidenceText && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('assessCampaign.evidenceAsked', { text: score.evidenceText })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The figure a record-filled indicator read, and when. */
export function RecordValue({ score }: { score: ScoreRow }) {
  const { t } = useTranslation();
  if (!score.source) return null;
  return (
    <Typography.Text type="secondary" data-testid={`record-${score.code}`}>
      {score.source.label ? `${score.source.label} ` : ''}
      {score.recordValue == null
        ? t('assessCampaign.figureNone')
        : t('assessCampaign.figure', { value: Math.round(score.recordValue * 100) / 100 })}
      {score.recordAt ? `（${when(score.recordAt)}）` : ''}
    </Typography.Text>
  );
}

/** 流转记录: each step with who, when and why. */
export function StepHistory({ steps }: { steps: WorkflowStep[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  if (steps.length === 0)
    return <Typography.Text type="secondary">{t('assessCampaign.rating.noHistory')}</Typography.Text>;
  return (
    <Timeline
      items={steps.map((s) => ({
        content: (
          <Flex vertical>
            <Typography.Text>
              {en ? s.label.en : s.label.zh} → {en ? s.toLabel.en : s.toLabel.zh}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {when(s.at)}
              {s.actorName ? ` · ${s.actorName}` : ''}
            </Typography.Text>
            {s.reason && <Typography.Text>{s.reason}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
