import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { excelEndpoints, exportUrl } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';

// The grids page's two sheets: 网格 (the roster; its file holds grid workers' phones, so roles
// that may reveal can export them in full with a purpose) and 户网格归属 (household → small grid).

const SHEETS = {
  grids: { base: '/grids', counted: 'grids', personal: true },
  gridAssignments: { base: '/grids/assignments', counted: 'households', personal: false },
} as const;
type Sheet = keyof typeof SHEETS;

/** 导入 and 导出 of both sheets; `regionCode` (the selected grid's village, if any) filters the exports. */
export function GridsExcel({
  regionCode,
  mayImport,
  onImported,
}: {
  regionCode?: string;
  mayImport: boolean;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [importing, setImporting] = useState<Sheet | null>(null);
  const sheet = importing ? SHEETS[importing] : null;
  return (
    <>
      {(Object.keys(SHEETS) as Sheet[]).map((key) => (
        <span key={key} style={{ display: 'contents' }}>
          {mayImport && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(key)} data-testid={`${key}-import`}>
              {t(`grids.excel.${key}.import`)}
            </Button>
          )}
          <ExportButton
            url={(reveal) => exportUrl(SHEETS[key].base, { regionCode }, reveal)}
            personal={SHEETS[key].personal}
            testId={`${key}-export`}
            label={t(`grids.excel.${key}.export`)}
          />
        </span>
      ))}
      {importing && sheet && (
        <ImportModal
          title={t(`grids.excel.${importing}.title`)}
          steps={t(`grids.excel.${importing}.steps`)}
          endpoints={excelEndpoints(sheet.base)}
          doneText={(counts) => t(`grids.excel.${importing}.done`, { count: counts[sheet.counted] ?? 0 })}
          onDone={() => {
            // New grids and moved households show in the tree, the cards and the household pages.
            void client.invalidateQueries();
            onImported();
          }}
          onClose={() => setImporting(null)}
        />
      )}
    </>
  );
}
