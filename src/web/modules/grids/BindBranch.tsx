import { useQuery } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../contracts/api/grids';
import { useErrorText } from '../../app/errors';
import { gridsApi } from './api';
import { useUpdateGrid } from './queries';

const LEVELS = {
  big: ['general_branch', 'branch', 'group'],
  middle: ['branch', 'group'],
  small: ['branch', 'group'],
};

/** 一个网格+一个党支部（党小组）: chooses the organization bound to the grid, among those of its township. */
export function BindBranch({ grid, onSaved }: { grid: Grid; onSaved: (grid: Grid) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const township = `${grid.regionCode.slice(0, 9)}000`;
  const orgs = useQuery({ queryKey: ['grids', 'orgs', township], queryFn: () => gridsApi.orgs(township) });
  const update = useUpdateGrid();
  const options = (orgs.data?.items ?? [])
    .filter((o) => LEVELS[grid.tier].includes(o.level))
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <Select
      allowClear
      style={{ width: '100%' }}
      aria-label={t('grids.branch')}
      placeholder={t('grids.noBranch')}
      loading={orgs.isFetching || update.isPending}
      value={grid.partyOrg?.id}
      options={
        grid.partyOrg && !options.some((o) => o.value === grid.partyOrg?.id)
          ? [...options, { value: grid.partyOrg.id, label: grid.partyOrg.name }]
          : options
      }
      onChange={(partyOrgId) =>
        update.mutate(
          { gridId: grid.id, body: { partyOrgId: partyOrgId ?? null } },
          { onSuccess: onSaved, onError: (e) => message.error(errorText(e)) },
        )
      }
    />
  );
}
