import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type Milestone, projectsApi, useRefreshProjects } from './api';
import { MilestoneModal } from './MilestoneModal';
import { MilestonePhotos } from './MilestonePhotos';
import { day } from './shared';

/** 进度节点: each with its dates, note and photos; 记录进度 and 标记完成 while the project is open. */
export function Milestones({
  projectId,
  items,
  editable,
}: {
  projectId: string;
  items: Milestone[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={t('econProjects.milestones.title')}
      extra={
        editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="milestone-add"
          >
            {t('econProjects.milestones.add')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty description={t('econProjects.milestones.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={12} data-testid="milestone-list">
          {items.map((m) => (
            <MilestoneItem key={m.id} milestone={m} editable={editable} />
          ))}
        </Flex>
      )}
      {adding && (
        <MilestoneModal
          projectId={projectId}
          knownIds={items.map((m) => m.id)}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

function MilestoneItem({ milestone: m, editable }: { milestone: Milestone; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const [busy, setBusy] = useState(false);
  const markDone = async () => {
    setBusy(true);
    try {
      await projectsApi.markDone(m.id);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex
      vertical
      gap={6}
      data-testid="milestone-item"
      style={{ borderBottom: '1px solid rgba(0,0,0,0.06)', paddingBottom: 12, minWidth: 0 }}
    >
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {m.title}
        </Typography.Text>
        {m.doneOn ? (
          <Tag color="success" icon={<CheckOutlined />} style={{ marginInlineEnd: 0 }}>
            {t('econProjects.milestones.done', { date: day(m.doneOn) })}
          </Tag>
        ) : (
          <Flex gap={8} align="center" wrap>
            <Tag color="processing" style={{ marginInlineEnd: 0 }}>
              {m.dueOn
                ? t('econProjects.milestones.due', { date: day(m.dueOn) })
                : t('econProjects.milestones.pending')}
            </Tag>
            {editable && (
              <Button
                size="small"
                loading={busy}
                onClick={() => void markDone()}
                data-testid="milestone-done"
              >
                {t('econProjects.milestones.markDone')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
      {m.note && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {m.note}
        </Typography.Paragraph>
      )}
      <MilestonePhotos milestone={m} editable={editable} />
    </Flex>
  );
}
