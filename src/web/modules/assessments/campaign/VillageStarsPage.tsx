import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { VillageStars } from '../../../../contracts/api/assess-campaign';
import { useErrorText } from '../../../app/errors';
import { campaignApi } from './api';
import {
  EvidencePhotos,
  RecordValue,
  ScoreAreas,
  ScoreHeading,
  Stars,
  TotalBar,
  useValueText,
  when,
} from './shared';

/** 村星级: the village's stars now, their history with reasons, the latest published rating and its evidence. */
export default function VillageStarsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { regionCode = '' } = useParams();
  const stars = useQuery({
    queryKey: ['assessCampaign', 'village', regionCode],
    queryFn: () => campaignApi.villageStars(regionCode),
  });
  const v = stars.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {v?.villageName ?? t('assessCampaign.titles.village')}
      </Typography.Title>
      {stars.isError && <Alert type="error" showIcon message={errorText(stars.error)} />}
      {stars.isPending && <Spin />}
      {v && <VillageStarsSection stars={v} />}
    </Flex>
  );
}

/** The section itself, for any page that shows a village. */
export function VillageStarsSection({ stars }: { stars: VillageStars }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const sheet = stars.rating;
  return (
    <Flex vertical gap={12} data-testid="village-stars">
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <Typography.Text strong>{t('assessCampaign.village.current')}</Typography.Text>
          {stars.stars == null ? (
            <Typography.Text type="secondary">{t('assessCampaign.village.none')}</Typography.Text>
          ) : (
            <Stars n={stars.stars} size={28} testId="village-current-stars" />
          )}
        </Flex>
      </Card>
      <Card size="small" title={t('assessCampaign.village.history')}>
        {stars.history.length === 0 ? (
          <Empty description={t('assessCampaign.village.none')} />
        ) : (
          <Timeline
            items={stars.history.map((h) => ({
              content: (
                <Flex vertical gap={2}>
                  <Flex wrap gap={8} align="center">
                    <Typography.Text strong>{h.year}</Typography.Text>
                    <Stars n={h.stars} />
                    <Tag>{t(`assessCampaign.village.sources.${h.source}`)}</Tag>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {when(h.effectiveAt)}
                    {h.createdByName ? ` · ${h.createdByName}` : ''}
                  </Typography.Text>
                  {h.reason && <Typography.Text>{h.reason}</Typography.Text>}
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
      {sheet && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('assessCampaign.village.latest', { year: sheet.year })}
          </Typography.Title>
          <TotalBar sheet={sheet} />
          {sheet.decisionReason && (
            <Typography.Text>
              {t('assessCampaign.rating.decisionReason', { reason: sheet.decisionReason })}
            </Typography.Text>
          )}
          <ScoreAreas
            sheet={sheet}
            render={(s) => {
              const value = s.reviewValue ?? s.selfValue;
              const points = s.reviewPoints ?? s.selfPoints;
              return (
                <Flex vertical gap={6}>
                  <ScoreHeading score={s} />
                  <Flex wrap gap={12} align="center">
                    <Typography.Text strong>{valueText(s, value)}</Typography.Text>
                    {points != null && s.method !== 'veto' && (
                      <Typography.Text type="secondary">
                        {t('assessCampaign.points', { n: points })}
                      </Typography.Text>
                    )}
                    <RecordValue score={s} />
                  </Flex>
                  {s.reviewReason && (
                    <Typography.Text>
                      {t('assessCampaign.cols.reason')}：{s.reviewReason}
                    </Typography.Text>
                  )}
                  {s.attachments > 0 && <EvidencePhotos score={s} editable={false} />}
                </Flex>
              );
            }}
          />
        </>
      )}
    </Flex>
  );
}
