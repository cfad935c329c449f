import { Card, Empty, Flex, List, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkflowStep } from '../../../../contracts/api/workflow';
import type { Evaluation } from './api';
import { day } from './shared';

/** 现场考评: each evaluator's score and comment, and the mean that is the project's score. */
export function Evaluations({ items, score }: { items: Evaluation[]; score: number | null }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('econProjects.evaluations.title')}
      extra={
        score !== null &&
        items.length > 0 && (
          <Typography.Text strong>{t('econProjects.evaluations.mean', { score })}</Typography.Text>
        )
      }
    >
      {items.length === 0 ? (
        <Empty description={t('econProjects.evaluations.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items}
          data-testid="evaluation-list"
          renderItem={(e) => (
            <List.Item>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex wrap gap={8} align="center">
                  <Typography.Text strong>{e.evaluatorName}</Typography.Text>
                  {e.evaluatorUnit && <Typography.Text type="secondary">{e.evaluatorUnit}</Typography.Text>}
                  <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                    {t('econProjects.evaluations.points', { n: e.score })}
                  </Tag>
                  <Typography.Text type="secondary">{day(e.evaluatedOn)}</Typography.Text>
                </Flex>
                <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {e.comment}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 状态记录: each step of the lifecycle with who took it, when and why. */
export function History({ steps }: { steps: WorkflowStep[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <Card size="small" title={t('econProjects.history.title')}>
      {steps.length === 0 ? (
        <Typography.Text type="secondary">{t('econProjects.history.none')}</Typography.Text>
      ) : (
        <Timeline
          data-testid="project-history"
          items={steps.map((s) => ({
            content: (
              <Flex vertical>
                <Typography.Text>
                  {en ? s.label.en : s.label.zh} → {en ? s.toLabel.en : s.toLabel.zh}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {dayjs(s.at).format('YYYY-MM-DD HH:mm')}
                  {s.actorName ? ` · ${s.actorName}` : ''}
                </Typography.Text>
                {s.reason && (
                  <Typography.Text style={{ overflowWrap: 'anywhere' }}>{s.reason}</Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
