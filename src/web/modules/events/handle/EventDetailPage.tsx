import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Flex, Image, Row, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DispatchView } from '../../../../contracts/api/events';
import { useErrorText } from '../../../app/errors';
import { ActionButtons } from './ActionButtons';
import { eventsHandleApi, useEventDetail } from './api';
import { DueTag, when } from './shared';

/** 事件详情: facts, photos, stage and deadline, history, dispatches, and the caller's actions. */
export default function EventDetailPage() {
  const { eventId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const detail = useEventDetail(eventId);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  if (detail.isError) return <Typography.Text type="danger">{errorText(detail.error)}</Typography.Text>;
  if (!detail.data) return <Spin />;
  const e = detail.data;
  const map =
    e.lat != null && e.lng != null
      ? `https://uri.amap.com/marker?position=${e.lng},${e.lat}&coordinate=wgs84`
      : null;
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="event-title">
          {e.title}
        </Typography.Title>
        <Flex wrap gap={8} align="center">
          <Typography.Text type="secondary">{e.number}</Typography.Text>
          <Tag color="blue" data-testid="event-status">
            {e.statusLabel}
          </Tag>
          {e.overdue && <Tag color="error">{t('eventsHandle.overdue')}</Tag>}
        </Flex>
      </Flex>
      <Card size="small" title={t('eventsHandle.actionsTitle')} data-testid="event-actions">
        {e.actions.length ? (
          <ActionButtons target={{ kind: 'event', id: e.id, categoryId: e.categoryId }} actions={e.actions} />
        ) : (
          <Typography.Text type="secondary">{t('eventsHandle.noActions')}</Typography.Text>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('eventsHandle.cols.category')}>{e.categoryName}</Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.cols.region')}>
                {e.regionName ?? e.regionCode}
              </Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.facts.reporter')}>
                {e.reporterName ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.cols.reportedAt')}>
                {when(e.reportedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.facts.address')}>
                {e.address ?? '—'}
                {map && (
                  <Typography.Link
                    href={map}
                    target="_blank"
                    rel="noreferrer"
                    style={{ marginInlineStart: 8 }}
                  >
                    <EnvironmentOutlined /> {t('eventsHandle.facts.map')}
                  </Typography.Link>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.facts.stage')}>
                {e.stageKind ? t(`eventsHandle.stages.${e.stageKind}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('eventsHandle.facts.due')}>
                <DueTag event={e} />
              </Descriptions.Item>
              {e.rating != null && (
                <Descriptions.Item label={t('eventsHandle.facts.rating')}>{e.rating}</Descriptions.Item>
              )}
              {e.result && (
                <Descriptions.Item label={t('eventsHandle.facts.result')}>{e.result}</Descriptions.Item>
              )}
              {e.source === 'visit' && e.originId && (
                <Descriptions.Item label={t('eventsHandle.facts.origin')}>
                  <Link
                    to={`/visits/${e.originId}`}
                    style={{ textDecoration: 'underline' }}
                    data-testid="event-origin-visit"
                  >
                    {t('eventsHandle.facts.fromVisit')}
                  </Link>
                </Descriptions.Item>
              )}
              {e.mergedNumber && (
                <Descriptions.Item label={t('eventsHandle.cols.status')}>
                  {t('eventsHandle.facts.merged', { number: e.mergedNumber })}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>
              {e.description}
            </Typography.Paragraph>
            <Photos ids={e.photos.map((p) => p.id)} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('eventsHandle.history')}>
            <Timeline
              items={e.history.map((s) => ({
                children: (
                  <Flex vertical>
                    <Typography.Text strong>{s.label[lang]}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {when(s.at)} {s.actorName ?? ''}
                    </Typography.Text>
                    {s.reason && <Typography.Text>{s.reason}</Typography.Text>}
                  </Flex>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('eventsHandle.dispatches')}
      </Typography.Title>
      {e.dispatches.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('eventsHandle.noDispatches')} />
      ) : (
        <Row gutter={[12, 12]}>
          {e.dispatches.map((d) => (
            <Col key={d.id} xs={24} md={12} xl={8}>
              <DispatchCard dispatch={d} />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}

function Photos({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8}>
        {ids.map((id) => (
          <Image
            key={id}
            width={80}
            height={80}
            style={{ objectFit: 'cover' }}
            src={eventsHandleApi.photoUrl(id, 'thumb')}
            preview={{ src: eventsHandleApi.photoUrl(id, 'full') }}
            alt=""
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

/** One department's part: status, deadlines, result and photos, and the department's buttons. */
export function DispatchCard({ dispatch: d, title }: { dispatch: DispatchView; title?: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={title ?? d.departmentName}
      extra={<Tag>{d.statusLabel}</Tag>}
      data-testid="dispatch-card"
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('eventsHandle.duty.ackDue')}>{when(d.ackDueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('eventsHandle.duty.handleDue')}>{when(d.handleDueAt)}</Descriptions.Item>
        {d.note && <Descriptions.Item label={t('eventsHandle.modal.note')}>{d.note}</Descriptions.Item>}
        {d.result && <Descriptions.Item label={t('eventsHandle.facts.result')}>{d.result}</Descriptions.Item>}
        {d.reason && <Descriptions.Item label={t('eventsHandle.modal.reason')}>{d.reason}</Descriptions.Item>}
      </Descriptions>
      <Photos ids={d.photos.map((p) => p.id)} />
      {d.actions.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <ActionButtons target={{ kind: 'event_dispatch', id: d.id }} actions={d.actions} />
        </div>
      )}
    </Card>
  );
}
