import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from './ExportButton';
import { excelEndpoints, exportUrl } from './excel-api';
import { ImportModal } from './ImportModal';

export type ExcelRegistry =
  | 'members'
  | 'cadres'
  | 'workTeams'
  | 'orgs'
  | 'talents'
  | 'grids'
  | 'gridAssignments'
  | 'pointsLedger';

const BASES: Record<ExcelRegistry, string> = {
  members: '/members',
  cadres: '/cadres',
  workTeams: '/work-teams',
  orgs: '/orgs',
  talents: '/talents',
  grids: '/grids',
  gridAssignments: '/grids/assignments',
  pointsLedger: '/points/ledger',
};

/** The key of the import job's counts that the done message reports (jsonb does not keep key order). */
const COUNTED: Record<ExcelRegistry, string> = {
  members: 'members',
  cadres: 'cadres',
  workTeams: 'workTeamMembers',
  orgs: 'orgs',
  talents: 'talents',
  grids: 'grids',
  gridAssignments: 'households',
  pointsLedger: 'entries',
};

/** Registries whose export holds ID numbers or phones: roles that may reveal can export them in full. */
const PERSONAL = new Set<ExcelRegistry>(['members', 'talents']);

type Filters = Record<string, string | number | boolean | null | undefined>;

/**
 * 导入 and 导出 of one registry's list page, the same on every page: the import button for roles
 * that may write, the export with the list's current filters for everyone who sees the list.
 */
export function ExcelActions({
  registry,
  filters = {},
  mayImport,
}: {
  registry: ExcelRegistry;
  filters?: Filters;
  mayImport: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [importing, setImporting] = useState(false);
  const base = BASES[registry];
  const texts = `excel.registries.${registry}` as const;
  return (
    <>
      {mayImport && (
        <Button
          icon={<UploadOutlined />}
          onClick={() => setImporting(true)}
          data-testid={`${registry}-import`}
        >
          {t(`${texts}.import`)}
        </Button>
      )}
      <ExportButton
        url={(reveal) => exportUrl(base, filters, reveal)}
        personal={PERSONAL.has(registry)}
        testId={`${registry}-export`}
        label={t(`${texts}.export`)}
      />
      {importing && (
        <ImportModal
          title={t(`${texts}.title`)}
          steps={t(`${texts}.steps`)}
          endpoints={excelEndpoints(base)}
          doneText={(counts) =>
            t('excel.doneCount', { count: counts[COUNTED[registry]] ?? 0, what: t(`${texts}.unit`) })
          }
          // Imported rows show up in every list and count: refetch what is on screen.
          onDone={() => void client.invalidateQueries()}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
