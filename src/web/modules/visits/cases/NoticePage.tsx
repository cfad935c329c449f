import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { useNotice } from './api';

// 民主评议公示 (A4, printable): the village's households under appraisal with only what a notice may
// show — head's name, villager group, members, proposed type and dates. The API carries nothing
// else; the page is read by the village's own people and its township and county.

const cell = { border: '1px solid #000', padding: '6px 8px', textAlign: 'left' } as const;

export default function NoticePage() {
  const { villageCode = '' } = useParams();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notice = useNotice(villageCode);
  if (notice.isLoading) return <Spin />;
  if (!notice.data)
    return <Result status="404" title={t('visitsCases.noticeTitle')} subTitle={errorText(notice.error)} />;
  const n = notice.data;
  return (
    <Flex
      vertical
      gap={12}
      style={{ maxWidth: '210mm', margin: '0 auto', background: '#fff', color: '#000', padding: 16 }}
    >
      <style>
        {'@page { size: A4; margin: 18mm; } @media print { .no-print { display: none !important; } }'}
      </style>
      <Flex justify="end" className="no-print">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('visitsCases.print')}
        </Button>
      </Flex>
      <Typography.Title
        level={2}
        style={{ textAlign: 'center', margin: 0, color: '#000' }}
        data-testid="notice-title"
      >
        {n.townshipName ?? ''}
        {n.villageName}防返贫监测对象{t('visitsCases.noticeTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ color: '#000' }}>{t('visitsCases.noticeIntro')}</Typography.Paragraph>
      {n.entries.length === 0 ? (
        <Typography.Paragraph style={{ color: '#000' }}>{t('visitsCases.noticeEmpty')}</Typography.Paragraph>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="notice-table">
            <thead>
              <tr>
                <th style={cell}>{t('visitsCases.headName')}</th>
                <th style={cell}>{t('visitsCases.group')}</th>
                <th style={cell}>{t('visitsCases.members')}</th>
                <th style={cell}>{t('visitsCases.objectType')}</th>
                <th style={cell}>{t('visitsCases.period')}</th>
              </tr>
            </thead>
            <tbody>
              {n.entries.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the entries carry no id by design
                <tr key={i}>
                  <td style={cell}>{e.headName ?? ''}</td>
                  <td style={cell}>{e.groupName ?? '—'}</td>
                  <td style={cell}>{t('visitsCases.people', { count: e.memberCount })}</td>
                  <td style={cell}>{e.objectTypeLabel ?? '—'}</td>
                  <td style={cell}>{e.noticeFrom ? `${e.noticeFrom} 至 ${e.noticeTo}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Typography.Paragraph style={{ textAlign: 'right', color: '#000', marginTop: 24 }}>
        {t('visitsCases.noticeFooter', { village: n.villageName })}
      </Typography.Paragraph>
    </Flex>
  );
}
