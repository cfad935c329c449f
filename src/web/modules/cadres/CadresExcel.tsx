import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { excelEndpoints, exportUrl } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';
import { useRefreshCadres } from './queries';

type Sheet = 'cadres' | 'workTeams';

const SHEETS: Record<Sheet, { base: string; counted: string }> = {
  cadres: { base: '/cadres', counted: 'cadres' },
  // The import counts members: a row is one member, teams are made on the way.
  workTeams: { base: '/work-teams', counted: 'workTeamMembers' },
};

/**
 * 导入 / 导出 of the cadre sheets. Both files hold personal numbers (ID numbers, phones): the
 * export is masked, and roles that may reveal can ask for the full file with a purpose.
 */
export function CadresExcel({
  sheet,
  filters,
  mayImport,
}: {
  sheet: Sheet;
  filters: Record<string, string | undefined>;
  mayImport: boolean;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshCadres();
  const [importing, setImporting] = useState(false);
  const { base, counted } = SHEETS[sheet];
  return (
    <>
      {mayImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid={`${sheet}-import`}>
          {t('cadres.excel.import')}
        </Button>
      )}
      <ExportButton
        url={(reveal) => exportUrl(base, filters, reveal)}
        personal
        testId={`${sheet}-export`}
        label={t('cadres.excel.export')}
      />
      {importing && (
        <ImportModal
          title={t(`cadres.excel.${sheet}.title`)}
          steps={t(`cadres.excel.${sheet}.steps`)}
          endpoints={excelEndpoints(base)}
          doneText={(counts) => t(`cadres.excel.${sheet}.done`, { count: counts[counted] ?? 0 })}
          onDone={() => void refresh()}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
