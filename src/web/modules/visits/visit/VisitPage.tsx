import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Flex, List, Result, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QUESTION_CODES } from '../../../../contracts/api/visits';
import { useErrorText } from '../../../app/errors';
import { visitsApi } from './api';
import { StatusTag, useFieldLabel, useShowValue } from './shared';

const question = (code: string) => (QUESTION_CODES as readonly string[]).includes(code);

/** 走访详情: the answers, the corrections before → after, the problems with their events. */
export default function VisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const errorText = useErrorText();
  const show = useShowValue();
  const fieldLabel = useFieldLabel();
  const visit = useQuery({
    queryKey: ['visitsVisit', 'detail', visitId],
    queryFn: () => visitsApi.detail(visitId),
  });
  const back = (
    <Link to="/visits">
      <ArrowLeftOutlined /> {t('visitsVisit.detail.back')}
    </Link>
  );
  if (visit.isPending) return <Skeleton active />;
  if (visit.isError) return <Result status="warning" title={errorText(visit.error)} extra={back} />;
  const v = visit.data;
  const qLabel = (code: string) => (question(code) ? t(`visitsVisit.questions.${code as 'Q01'}`) : code);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      {back}
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="visit-title">
        {t('visitsVisit.detailTitle')} · {v.headName ?? '—'} · {v.visitedOn}
      </Typography.Title>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'household',
              label: t('visitsVisit.detail.household'),
              children: (
                <Link to={`/households/${v.householdId}`} style={{ textDecoration: 'underline' }}>
                  {v.headName ?? '—'} · {v.householdNo}
                </Link>
              ),
            },
            { key: 'region', label: t('visitsVisit.cols.region'), children: v.regionName },
            { key: 'visitor', label: t('visitsVisit.detail.visitor'), children: v.visitorName },
            { key: 'date', label: t('visitsVisit.cols.visitedOn'), children: v.visitedOn },
          ]}
        />
      </Card>
      <Card size="small" title={t('visitsVisit.detail.answers')}>
        <List
          size="small"
          dataSource={QUESTION_CODES.filter((q) => v.answers[q])}
          data-testid="visit-answers"
          renderItem={(q, i) => {
            const a = v.answers[q]!;
            return (
              <List.Item key={q} extra={<StatusTag status={a.status} />}>
                <Flex vertical>
                  <span>
                    {i + 1}. {qLabel(q)}
                  </span>
                  {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                  {a.checks && (
                    <Flex wrap gap={4}>
                      {Object.entries(a.checks).map(([key, held]) => (
                        <Tag key={key} color={held ? 'green' : 'red'}>
                          {t(`visitsVisit.checks.${key as 'food'}`, key)}
                        </Tag>
                      ))}
                    </Flex>
                  )}
                </Flex>
              </List.Item>
            );
          }}
        />
      </Card>
      <Card size="small" title={t('visitsVisit.detail.changes')}>
        {v.changes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visitsVisit.detail.noChanges')} />
        ) : (
          <List
            size="small"
            dataSource={v.changes}
            data-testid="visit-changes"
            renderItem={(c, i) => (
              <List.Item key={i}>
                <Flex vertical>
                  <Typography.Text strong>
                    {c.name} · {fieldLabel(c.field)}
                  </Typography.Text>
                  <Typography.Text>
                    {t('visitsVisit.detail.before')}：{show(c.field, c.before)} →{' '}
                    {t('visitsVisit.detail.after')}：{show(c.field, c.after)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('visitsVisit.detail.problems')}>
        {v.problems.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visitsVisit.detail.noProblems')} />
        ) : (
          <List
            size="small"
            dataSource={v.problems}
            data-testid="visit-problems"
            renderItem={(p) => (
              <List.Item key={p.id}>
                <Flex vertical>
                  <Typography.Text strong>
                    {qLabel(p.question)}：{p.description}
                  </Typography.Text>
                  {p.riskType && (
                    <Typography.Text type="secondary">
                      {t(`visitsVisit.risks.${p.riskType as 'other'}`, p.riskType)}
                    </Typography.Text>
                  )}
                  {p.outcome === 'solved' ? (
                    <Typography.Text>
                      {t('visitsVisit.detail.solvedWith', { text: p.solution ?? '' })}
                    </Typography.Text>
                  ) : p.eventId ? (
                    <Link
                      to={`/events/${p.eventId}`}
                      style={{ textDecoration: 'underline' }}
                      data-testid="visit-problem-event"
                    >
                      {t('visitsVisit.detail.event', { no: p.eventNo ?? '' })}
                    </Link>
                  ) : (
                    <Typography.Text>{t('visitsVisit.problem.event')}</Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
