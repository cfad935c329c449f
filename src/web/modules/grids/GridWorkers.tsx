import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { RosterCard } from '../../app/components/RosterCard';
import { useFormModal } from '../../app/components/use-form-modal';
import { type GridWorker, gridsApi } from './api';
import { EditWorkerModal } from './EditWorkerModal';
import { gridsKey, useRemoveWorker } from './queries';

type Values = { name: string; phone?: string };

/** 网格员 of a grid: list, add (phone stored encrypted, shown masked), edit, remove with confirmation. */
export function GridWorkers({
  gridId,
  workers,
  mayWrite,
}: {
  gridId: string;
  workers: GridWorker[];
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const remove = useRemoveWorker();
  const [editing, setEditing] = useState<GridWorker | null>(null);
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => gridsApi.addWorker(gridId, { name: v.name.trim(), phone: v.phone?.trim() || null }),
    invalidate: [gridsKey],
    onSuccess: () => form.resetFields(),
  });

  return (
    <>
      <RosterCard
        title={t('grids.workers')}
        mayWrite={mayWrite}
        people={workers}
        empty={t('grids.noWorkers')}
        line={(w) => `${w.name} ${w.phoneMasked ?? ''}`}
        edit={{ label: t('grids.editWorker'), onEdit: setEditing, testId: () => 'grid-worker-edit' }}
        remove={{
          label: t('grids.removeWorker'),
          confirm: (w) => t('grids.removeWorkerConfirm', { name: w.name }),
          onRemove: (w) => remove.mutateAsync({ gridId, workerId: w.id }),
        }}
        add={{
          form,
          onFinish: submit,
          pending,
          label: t('grids.addWorker'),
          fields: (
            <>
              <Form.Item
                name="name"
                rules={[{ required: true, whitespace: true, message: t('grids.nameRequired') }]}
              >
                <Input
                  placeholder={t('grids.workerName')}
                  aria-label={t('grids.workerName')}
                  maxLength={32}
                />
              </Form.Item>
              <Form.Item name="phone" rules={[{ pattern: PHONE_PATTERN, message: t('grids.phoneInvalid') }]}>
                <Input
                  placeholder={t('grids.workerPhone')}
                  aria-label={t('grids.workerPhone')}
                  inputMode="tel"
                  maxLength={11}
                />
              </Form.Item>
            </>
          ),
        }}
      />
      {editing && <EditWorkerModal gridId={gridId} worker={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
