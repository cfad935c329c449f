import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { useErrorText } from '../../../app/errors';
import { projectsApi } from './api';
import { EditButtons } from './EditButtons';
import { Evaluations, History } from './History';
import { LifecycleButtons } from './LifecycleButtons';
import { Milestones } from './Milestones';
import { day, isClosed, ProjectKindTag, ProjectStatusTag, wan, yuan } from './shared';

/**
 * One project: its commitment, milestones with photos (recorded on a phone by the village
 * secretary), the evaluators' scores, its status history and closure. Read-only once closed.
 */
export default function ProjectPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { projectId = '' } = useParams();
  const project = useQuery({
    queryKey: ['econProjects', 'project', projectId],
    queryFn: () => projectsApi.get(projectId),
  });
  const back = (
    <Link to="/economy-projects" style={{ textDecoration: 'underline' }}>
      <ArrowLeftOutlined /> {t('econProjects.detail.back')}
    </Link>
  );
  if (project.isError) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('econProjects.detail.notFound') : errorText(project.error)}
        extra={back}
      />
    );
  }
  if (!project.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const p = project.data;
  const closed = isClosed(p.status);
  return (
    <Flex vertical gap={12} style={{ minWidth: 0 }} data-testid="project-page">
      {back}
      <Flex wrap gap={8} align="center">
        <Typography.Title
          level={3}
          style={{ margin: 0, overflowWrap: 'anywhere' }}
          data-testid="project-title"
        >
          {p.title}
        </Typography.Title>
        <ProjectStatusTag status={p.status} />
        <ProjectKindTag kind={p.kind} />
      </Flex>
      {closed && (
        <Alert type="info" showIcon message={t('econProjects.readOnly')} data-testid="project-readonly" />
      )}
      <Flex wrap gap={8}>
        <LifecycleButtons project={p} actions={p.actions} mayRecord={p.may.evaluate} />
        <EditButtons project={p} />
      </Flex>
      <Card size="small" title={t('econProjects.detail.commitment')}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {p.commitment}
        </Typography.Paragraph>
        {p.status !== 'draft' && (
          <Link to={`/public/projects/${p.regionCode}`} style={{ textDecoration: 'underline' }}>
            {t('econProjects.detail.publicPage')}
          </Link>
        )}
      </Card>
      <Card size="small" title={t('econProjects.detail.info')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3 }}
          items={[
            { key: 'region', label: t('econProjects.detail.region'), children: p.regionName ?? p.regionCode },
            { key: 'year', label: t('econProjects.cols.year'), children: p.year },
            {
              key: 'leader',
              label: t('econProjects.detail.leader'),
              children: [p.leaderName, p.leaderPost].filter(Boolean).join(' · '),
            },
            { key: 'industry', label: t('econProjects.detail.industry'), children: p.industry ?? '—' },
            {
              key: 'budget',
              label: t('econProjects.detail.budget'),
              children: p.budgetFen === null ? '—' : t('econProjects.money', { n: wan(p.budgetFen) }),
            },
            { key: 'due', label: t('econProjects.detail.due'), children: day(p.dueOn) },
            { key: 'committed', label: t('econProjects.detail.committedAt'), children: day(p.committedAt) },
            { key: 'score', label: t('econProjects.detail.score'), children: p.score ?? '—' },
            ...(closed
              ? [
                  { key: 'closed', label: t('econProjects.detail.closedAt'), children: day(p.closedAt) },
                  ...(p.closingNote
                    ? [{ key: 'note', label: t('econProjects.actions.closeReason'), children: p.closingNote }]
                    : []),
                  {
                    key: 'income',
                    label: t('econProjects.detail.income'),
                    children: p.incomeFen === null ? '—' : t('econProjects.yuan', { n: yuan(p.incomeFen) }),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Milestones projectId={p.id} items={p.milestones} editable={p.may.milestones} />
      <Evaluations items={p.evaluations} score={p.score} />
      <History steps={p.history} />
    </Flex>
  );
}
