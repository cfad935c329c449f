import { FileOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Collapse, Empty, Flex, Image, Spin, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicVersion } from '../../../contracts/api/disclosure';
import { useErrorText } from '../../app/errors';
import { useDocumentTitle } from '../../app/page-titles';
import { disclosureApi } from './api';
import { day, TableView } from './shared';

/**
 * 村务公开栏 for anyone, without logging in (the QR code on the village notice board leads here):
 * the approved items by kind, each with its current version and the versions it replaced, marked
 * 已更正 / 已撤回 with the date and reason. Phone first.
 */
export default function PublicDisclosurePage() {
  useDocumentTitle();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const { villageCode = '' } = useParams();
  const page = useQuery({
    queryKey: ['public', 'disclosure', villageCode],
    queryFn: () => disclosureApi.publicPage(villageCode),
  });
  const data = page.data;
  return (
    <main style={{ minHeight: '100vh', padding: 'clamp(8px, 2vw, 32px)', background: token.colorBgLayout }}>
      <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', minWidth: 0 }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 'clamp(20px, 5vw, 30px)' }}>
          {data
            ? `${data.village.townshipName ?? ''}${data.village.name} · ${t('disclosure.publicTitle')}`
            : t('disclosure.publicTitle')}
        </Typography.Title>
        <Typography.Text>{t('disclosure.public.intro')}</Typography.Text>
        {page.isError && <Alert type="warning" showIcon message={errorText(page.error)} />}
        {page.isPending && <Spin style={{ display: 'block', margin: 32 }} />}
        {data && data.kinds.length === 0 && <Empty description={t('disclosure.public.none')} />}
        {data?.kinds.map((k) => (
          <section key={k.code} aria-labelledby={`kind-${k.code}`} data-testid={`public-kind-${k.code}`}>
            <Typography.Title level={2} id={`kind-${k.code}`} style={{ fontSize: 20, margin: '8px 0' }}>
              {k.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                （{k.frequencyLabel.zh}）
              </Typography.Text>
            </Typography.Title>
            <Flex vertical gap={12}>
              {k.series.map((s) => (
                <SeriesCard key={s.seriesId} villageCode={villageCode} versions={s.versions} />
              ))}
            </Flex>
          </section>
        ))}
      </Flex>
    </main>
  );
}

function SeriesCard({ villageCode, versions }: { villageCode: string; versions: PublicVersion[] }) {
  const { t } = useTranslation();
  const [current, ...earlier] = versions;
  return (
    <Card size="small" data-testid="public-series">
      <VersionView villageCode={villageCode} v={current} />
      {earlier.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          defaultActiveKey={['earlier']}
          items={[
            {
              key: 'earlier',
              label: t('disclosure.public.earlier', { n: earlier.length }),
              children: (
                <Flex vertical gap={12}>
                  {earlier.map((v) => (
                    <VersionView key={v.id} villageCode={villageCode} v={v} />
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function VersionView({ villageCode, v }: { villageCode: string; v: PublicVersion }) {
  const { t } = useTranslation();
  const replaced = v.status !== 'published';
  const what = t(`disclosure.public.${v.status === 'withdrawn' ? 'withdrawn' : 'corrected'}`);
  return (
    <Flex vertical gap={6} data-testid={`public-version-${v.status}`}>
      <Flex wrap gap={8} align="center">
        <Typography.Text strong style={{ fontSize: 16 }}>
          {v.title}
        </Typography.Text>
        {replaced ? (
          <Tag color={v.status === 'withdrawn' ? 'default' : 'orange'}>{what}</Tag>
        ) : (
          <Tag color="green">{t('disclosure.public.current')}</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {v.period} · {t('disclosure.public.publishedOn', { date: day(v.publishedAt) })}
      </Typography.Text>
      {replaced && v.supersededAt && (
        <Alert
          type={v.status === 'withdrawn' ? 'warning' : 'info'}
          showIcon
          message={t('disclosure.public.supersededOn', {
            date: day(v.supersededAt),
            what,
            reason: v.supersededReason ?? '',
          })}
        />
      )}
      {v.change === 'withdrawal' && (
        <Alert
          type="warning"
          showIcon
          message={`${t('disclosure.public.withdrawnNotice')}：${v.changeReason ?? ''}`}
        />
      )}
      {v.change === 'correction' && v.changeReason && (
        <Typography.Text>
          {t('disclosure.detail.reasonOf', {
            change: t('disclosure.changes.correction'),
            reason: v.changeReason,
          })}
        </Typography.Text>
      )}
      {v.body && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{v.body}</Typography.Paragraph>
      )}
      {v.table && <TableView table={v.table} caption={v.title} />}
      {v.attachments.length > 0 && (
        <Flex wrap gap={8} align="center">
          <Image.PreviewGroup>
            {v.attachments.map((f, i) =>
              f.category === 'image' ? (
                <Image
                  key={f.id}
                  width={96}
                  height={96}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                  src={disclosureApi.publicFileUrl(villageCode, f.id, 'thumb')}
                  preview={{ src: disclosureApi.publicFileUrl(villageCode, f.id, 'full') }}
                  alt={t('disclosure.public.photo', { title: v.title, n: i + 1 })}
                />
              ) : (
                <a
                  key={f.id}
                  href={disclosureApi.publicFileUrl(villageCode, f.id, 'full')}
                  target="_blank"
                  rel="noreferrer"
                  style={{ textDecoration: 'underline' }}
                  aria-label={t('disclosure.public.openFile', { name: f.fileName })}
                >
                  <FileOutlined /> {f.fileName}
                </a>
              ),
            )}
          </Image.PreviewGroup>
        </Flex>
      )}
    </Flex>
  );
}
