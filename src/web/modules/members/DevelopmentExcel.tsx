import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { excelEndpoints, exportUrl } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';

const BASE = '/development/records';

/** 导入 and 导出 of the development pipeline (发展党员), with the page's current stage as filter. */
export function DevelopmentExcel({ stage, mayImport }: { stage: string; mayImport: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [importing, setImporting] = useState(false);
  return (
    <>
      {mayImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="development-import">
          {t('members.devImport')}
        </Button>
      )}
      <ExportButton
        url={(reveal) => exportUrl(BASE, { stage }, reveal)}
        personal
        testId="development-export"
        label={t('members.devExport')}
      />
      {importing && (
        <ImportModal
          title={t('members.devImportTitle')}
          steps={t('members.devImportSteps')}
          endpoints={excelEndpoints(BASE)}
          doneText={(counts) => t('members.devImported', { count: counts.development ?? 0 })}
          // Rows at 预备党员 or 正式党员 also create members: refetch every list on screen.
          onDone={() => void client.invalidateQueries()}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
