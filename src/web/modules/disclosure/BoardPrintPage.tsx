import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../app/errors';
import { useDocumentTitle } from '../../app/page-titles';
import { disclosureApi } from './api';

// The sheet for the village notice board: the browser prints what the page shows, the buttons do not print.
const PRINT_CSS = `
@page { size: A4; margin: 20mm; }
.board-print { max-width: 180mm; margin: 0 auto; padding: 16px; color: #000; background: #fff; text-align: center; }
.board-print h1 { font-size: 28px; margin: 12px 0; }
.board-print a { color: #000; text-decoration: underline; word-break: break-all; }
@media print { .no-print { display: none !important; } body { background: #fff; } }
`;

/** 公开栏二维码 (A4): village name, “扫码查看本村公开事项”, the QR code (server-made SVG) and the address. */
export default function BoardPrintPage() {
  useDocumentTitle();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { villageCode = '' } = useParams();
  const code = useQuery({
    queryKey: ['disclosure', 'board-code', villageCode],
    queryFn: () => disclosureApi.boardCode(villageCode),
  });
  if (code.isError)
    return (
      <Typography.Text type="danger" style={{ padding: 16, display: 'block' }}>
        {errorText(code.error)}
      </Typography.Text>
    );
  if (!code.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const c = code.data;
  return (
    <div className="board-print" data-testid="board-print">
      <style>{PRINT_CSS}</style>
      <Flex gap={8} justify="flex-end" className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate(-1)}>{t('disclosure.print.back')}</Button>
        <Button type="primary" onClick={() => window.print()}>
          {t('disclosure.print.button')}
        </Button>
      </Flex>
      <h1>
        {c.townshipName ?? ''}
        {c.villageName}
      </h1>
      <p style={{ fontSize: 22, margin: '8px 0 16px' }}>{t('disclosure.print.scan')}</p>
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`}
        alt={`${t('disclosure.print.scan')}：${c.url}`}
        style={{ width: '70%', maxWidth: 360, imageRendering: 'pixelated' }}
        data-testid="board-qr"
      />
      <p>
        <a href={c.url}>{c.url}</a>
      </p>
      <p>{t('disclosure.print.note')}</p>
    </div>
  );
}
