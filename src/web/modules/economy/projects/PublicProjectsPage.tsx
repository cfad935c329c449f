import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, QRCode, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/page-titles';
import { type PublicProject, projectsApi } from './api';
import { day, MilestoneProgress, ProjectKindTag, ProjectStatusTag } from './shared';

// Printed on A4 and posted in the village: the buttons do not print, the QR code leads back here.
const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  .no-print { display: none !important; }
  body, main { background: #fff !important; }
  .public-project { break-inside: avoid; }
}
`;

/**
 * 书记领办项目公开承诺 for anyone, without logging in: the committed projects of a region, their
 * leaders (name and post only, never a phone or ID number), commitments and progress.
 */
export default function PublicProjectsPage() {
  useDocumentTitle();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const { regionCode = '' } = useParams();
  const page = useQuery({
    queryKey: ['public', 'projects', regionCode],
    queryFn: () => projectsApi.publicPage(regionCode),
  });
  const data = page.data;
  const address = `${window.location.origin}/public/projects/${encodeURIComponent(regionCode)}`;
  return (
    <main style={{ minHeight: '100vh', padding: 'clamp(12px, 2vw, 32px)', background: token.colorBgLayout }}>
      <style>{PRINT_CSS}</style>
      <Flex vertical gap={12} style={{ maxWidth: 1000, margin: '0 auto', minWidth: 0 }}>
        <Flex wrap gap={8} justify="space-between" align="center">
          <Typography.Title level={1} style={{ margin: 0, fontSize: 'clamp(20px, 3vw, 30px)' }}>
            {data
              ? t('econProjects.public.heading', { region: data.region.name, year: data.year })
              : t('econProjects.public.title')}
          </Typography.Title>
          <Button icon={<PrinterOutlined />} className="no-print" onClick={() => window.print()}>
            {t('econProjects.public.print')}
          </Button>
        </Flex>
        <Typography.Text>{t('econProjects.public.intro')}</Typography.Text>
        {page.isError && <Alert type="warning" showIcon message={errorText(page.error)} />}
        {page.isPending && <Spin style={{ display: 'block', margin: 32 }} />}
        {data && data.items.length === 0 && <Empty description={t('econProjects.public.none')} />}
        {data?.items.map((p) => (
          <PublicProjectCard key={p.id} project={p} />
        ))}
        <Flex gap={16} align="center" wrap>
          <QRCode
            value={address}
            size={112}
            bordered={false}
            type="svg"
            color="#000"
            bgColor="#fff"
            aria-label={t('econProjects.public.qr')}
          />
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Typography.Text>{t('econProjects.public.scan')}</Typography.Text>
            <a href={address} style={{ textDecoration: 'underline', overflowWrap: 'anywhere' }}>
              {address}
            </a>
          </Flex>
        </Flex>
      </Flex>
    </main>
  );
}

function PublicProjectCard({ project: p }: { project: PublicProject }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="public-project"
      data-testid="public-project"
      title={
        <Flex wrap gap={8} align="center" style={{ whiteSpace: 'normal' }}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {p.title}
          </Typography.Text>
          <ProjectKindTag kind={p.kind} />
          <ProjectStatusTag status={p.status} />
        </Flex>
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text>
          {t('econProjects.public.leader')}：
          {[p.regionName, p.leaderPost, p.leaderName].filter(Boolean).join(' ')}
        </Typography.Text>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('econProjects.public.commitment')}：{p.commitment}
        </Typography.Paragraph>
        <Typography.Text>
          {t('econProjects.public.due')}：{day(p.dueOn)}
        </Typography.Text>
        {p.milestonesTotal > 0 && (
          <Flex gap={8} align="center">
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>
              {t('econProjects.public.progress')}：
            </Typography.Text>
            <div style={{ flex: 1, minWidth: 0 }}>
              <MilestoneProgress title={p.title} done={p.milestonesDone} all={p.milestonesTotal} />
            </div>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
