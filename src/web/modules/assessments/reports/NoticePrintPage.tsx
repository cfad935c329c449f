import { useQuery } from '@tanstack/react-query';
import { Button, Flex, QRCode, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { assessReportsApi } from './api';

// The A4 sheet: the browser prints what the page shows; the buttons and the app's chrome do not print.
const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
.assess-print { max-width: 180mm; margin: 0 auto; padding: 16px; color: #000; background: #fff; font-size: 14px; }
.assess-print h1 { font-size: 20px; text-align: center; margin: 0 0 12px; }
.assess-print table { width: 100%; border-collapse: collapse; margin: 12px 0; }
.assess-print th, .assess-print td { border: 1px solid #000; padding: 4px 6px; text-align: left; }
.assess-print thead { display: table-header-group; }
.assess-print tr { break-inside: avoid; }
.assess-print a { text-decoration: underline; color: inherit; word-break: break-all; }
@media print {
  .no-print { display: none !important; }
  body { background: #fff; }
  .assess-print { padding: 0; max-width: none; }
}
`;

/** 星级评定结果公示 (A4): the villages and their stars, the notice period, the objection channel. */
export default function NoticePrintPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const notice = useQuery({
    queryKey: ['assess', 'reports', 'notice', campaignId],
    queryFn: () => assessReportsApi.notice(campaignId),
  });
  if (notice.isError)
    return (
      <Typography.Text type="danger" style={{ padding: 16, display: 'block' }}>
        {errorText(notice.error)}
      </Typography.Text>
    );
  if (!notice.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const n = notice.data;
  const address = `${window.location.origin}/public/assess-notice/${n.campaignId}`;
  const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');
  return (
    <div className="assess-print" data-testid="assess-print">
      <style>{PRINT_CSS}</style>
      <Flex gap={8} justify="flex-end" className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate(-1)}>{t('assessReports.print.back')}</Button>
        <Button type="primary" onClick={() => window.print()} data-testid="assess-print-button">
          {t('assessReports.print.button')}
        </Button>
      </Flex>
      <h1>{t('assessReports.print.title', { county: n.county, year: n.year })}</h1>
      <p>{t('assessReports.print.intro', { year: n.year })}</p>
      <table>
        <thead>
          <tr>
            <th style={{ width: '10%' }}>{t('assessReports.print.number')}</th>
            <th style={{ width: '30%' }}>{t('assessReports.township')}</th>
            <th>{t('assessReports.print.village')}</th>
            <th style={{ width: '18%' }}>{t('assessReports.print.stars')}</th>
          </tr>
        </thead>
        <tbody>
          {n.rows.map((r, i) => (
            <tr key={r.regionCode}>
              <td>{i + 1}</td>
              <td>{r.township}</td>
              <td>{r.village}</td>
              <td>{r.stars ? '★'.repeat(r.stars) : t('assessReports.print.undecided')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {n.noticeStartedAt && n.noticeEndsAt
          ? t('assessReports.print.period', {
              from: day(n.noticeStartedAt),
              to: day(n.noticeEndsAt),
              days: n.noticeDays,
            })
          : t('assessReports.print.periodDays', { days: n.noticeDays })}
      </p>
      <p>{t('assessReports.print.objection')}</p>
      <Flex gap={16} align="center">
        <QRCode
          value={address}
          size={112}
          bordered={false}
          type="svg"
          color="#000"
          bgColor="#fff"
          aria-label={t('assessReports.print.qr')}
        />
        <a href={address}>{address}</a>
      </Flex>
      <p style={{ textAlign: 'right', marginTop: 32 }}>
        {t('assessReports.print.issuer', { county: n.county })}
        <br />
        {dayjs(n.noticeStartedAt ?? undefined).format('YYYY年M月D日')}
      </p>
    </div>
  );
}
