import { Flex, Image, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { eventsReportApi } from './api';
import { useEventDetail, useEventPhotos } from './queries';

/** 办理经过: each step with who (their unit's role), when and why; the reporter's photos. */
export function EventHistory({ eventId, mine }: { eventId: string; mine: boolean }) {
  const { t, i18n } = useTranslation();
  const detail = useEventDetail(eventId, true);
  const photos = useEventPhotos(eventId, mine);
  const en = i18n.language === 'en';
  const steps = detail.data?.history ?? [];
  return (
    <Flex vertical gap={8} data-testid="event-history">
      <Typography.Text strong>{t('eventsReport.history')}</Typography.Text>
      {steps.length === 0 ? (
        <Typography.Text type="secondary">
          {detail.isPending ? '…' : t('eventsReport.noHistory')}
        </Typography.Text>
      ) : (
        <Timeline
          items={steps.map((s) => ({
            content: (
              <Flex vertical>
                <Typography.Text>
                  {en ? s.label.en : s.label.zh} → {en ? s.toLabel.en : s.toLabel.zh}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {dayjs(s.at).format('YYYY-MM-DD HH:mm')}
                  {mine && s.actorName ? ` · ${s.actorName}` : ''}
                </Typography.Text>
                {s.reason && <Typography.Text>{s.reason}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
      {(photos.data?.items.length ?? 0) > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {photos.data?.items.map((p, i) => (
              <Image
                key={p.id}
                width={72}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={eventsReportApi.photoUrl(p.id, 'thumb')}
                preview={{ src: eventsReportApi.photoUrl(p.id, 'full') }}
                alt={t('eventsReport.photoAlt', { n: i + 1 })}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </Flex>
  );
}
