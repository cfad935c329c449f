import { useQuery } from '@tanstack/react-query';
import { App, Button, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../contracts/api/grids';
import { useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { gridsApi } from './api';
import { useAssignHouseholds } from './queries';

/** Chooses households of the grid's village and puts them into this small grid. */
export function AssignHouseholds({ grid }: { grid: Grid }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState('');
  const [ids, setIds] = useState<string[]>([]);
  const q = useDebounced(term, 300);
  const options = useQuery({
    queryKey: ['grids', 'household-options', grid.regionCode, q],
    queryFn: () => gridsApi.households(grid.regionCode, q || undefined),
    enabled: open,
  });
  const assign = useAssignHouseholds();

  const submit = () => {
    if (ids.length === 0) return message.warning(t('grids.assignRequired'));
    assign.mutate(
      { gridId: grid.id, ids },
      {
        onSuccess: () => {
          message.success(t('grids.assigned', { count: ids.length }));
          setIds([]);
          setOpen(false);
        },
        onError: (error) => message.error(errorText(error)),
      },
    );
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="grid-assign">
        {t('grids.assign')}
      </Button>
      <Modal
        open={open}
        title={t('grids.assign')}
        onCancel={() => setOpen(false)}
        onOk={submit}
        confirmLoading={assign.isPending}
      >
        <Typography.Paragraph type="secondary">{t('grids.assignHint')}</Typography.Paragraph>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          value={ids}
          onChange={setIds}
          filterOption={false}
          onSearch={setTerm}
          loading={options.isFetching}
          placeholder={t('grids.assignPick')}
          options={(options.data?.items ?? []).map((h) => ({
            value: h.id,
            label: `${h.householdNo} ${h.headName ?? ''}`,
          }))}
        />
      </Modal>
    </>
  );
}
