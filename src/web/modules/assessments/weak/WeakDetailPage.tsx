import { Card, Descriptions, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { WeakActions } from './ActionForms';
import { useWeak } from './api';
import { LogsCard } from './LogsCard';
import { MeasuresCard } from './MeasuresCard';

/** 整顿记录: the record, its buttons, measures, log and history (works on a phone). */
export default function WeakDetailPage() {
  const { weakId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const q = useWeak(weakId);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  if (q.isError) return <Typography.Text type="danger">{errorText(q.error)}</Typography.Text>;
  if (!q.data) return <Spin />;
  const w = q.data;
  const a = w.acceptance;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w.regionName} · {w.year}
        </Typography.Title>
        <Tag color="processing" data-testid="weak-status">
          {t(`assessWeak.statuses.${w.status}`)}
        </Tag>
      </Flex>
      <WeakActions weak={w} />
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('assessWeak.filters.township')}>
            {w.townshipName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessWeak.fields.source')}>
            {t(`assessWeak.sources.${w.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessWeak.fields.situations')} span={2}>
            {w.situationNames.map((s) => `${s.code} ${s.name}`).join('；') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessWeak.fields.findings')} span={2}>
            {w.findings}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessWeak.fields.leader')}>
            {w.leaderName ? `${w.leaderName}（${w.leaderPost ?? ''}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessWeak.fields.deadline')}>{w.deadline ?? '—'}</Descriptions.Item>
          {a && (
            <Descriptions.Item label={t('assessWeak.fields.acceptance')} span={2}>
              <Tag color={a.passed ? 'success' : 'error'}>{a.score}</Tag>
              {t('assessWeak.actions.dissatisfied')}: {a.dissatisfied}% · {t('assessWeak.actions.panelSize')}:{' '}
              {a.panelSize}
            </Descriptions.Item>
          )}
          {w.consolidationEnds && (
            <Descriptions.Item label={t('assessWeak.fields.consolidationEnds')}>
              {w.consolidationEnds}
            </Descriptions.Item>
          )}
          {w.carriedFromId && (
            <Descriptions.Item label={t('assessWeak.fields.carriedFrom')}>
              <Link to={`/assess/weak/${w.carriedFromId}`} style={{ textDecoration: 'underline' }}>
                {w.year - 1}
              </Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <MeasuresCard weak={w} />
      <LogsCard weak={w} />
      <Card size="small" title={t('assessWeak.history')}>
        <Timeline
          items={w.history.map((s, i) => ({
            key: i,
            children: (
              <span>
                {new Date(s.at).toLocaleString()} · {s.actorName} · {s.label[lang]} → {s.toLabel[lang]}
                {s.reason ? `：${s.reason}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
