import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { excelEndpoints, exportUrl } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';
import { talentsKey } from './queries';

const BASE = '/talents';

/**
 * 导入 (a village's survey, as drafts) and 导出 (the list's filters, with the review status and
 * the last step) of the talent pool. The file holds phones and ID numbers: the export is masked,
 * and roles that may reveal can ask for the full file with a purpose.
 */
export function TalentsExcel({
  filters,
  mayImport,
}: {
  filters: Record<string, string | undefined>;
  mayImport: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [importing, setImporting] = useState(false);
  return (
    <>
      {mayImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="talents-import">
          {t('talents.excel.import')}
        </Button>
      )}
      <ExportButton
        url={(reveal) => exportUrl(BASE, filters, reveal)}
        personal
        testId="talents-export"
        label={t('talents.excel.export')}
      />
      {importing && (
        <ImportModal
          title={t('talents.excel.title')}
          steps={t('talents.excel.steps')}
          endpoints={excelEndpoints(BASE)}
          doneText={(counts) => t('talents.excel.done', { count: counts.talents ?? 0 })}
          onDone={() => void client.invalidateQueries({ queryKey: talentsKey })}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
