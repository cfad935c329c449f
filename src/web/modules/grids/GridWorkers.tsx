import { App, Button, Card, Empty, Form, Input, List, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import type { GridWorker } from './api';
import { EditWorkerModal } from './EditWorkerModal';
import { useAddWorker, useRemoveWorker } from './queries';

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
  const { message } = App.useApp();
  const errorText = useErrorText();
  const add = useAddWorker();
  const remove = useRemoveWorker();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<GridWorker | null>(null);

  const submit = (v: Values) =>
    add.mutate(
      { gridId, body: { name: v.name.trim(), phone: v.phone?.trim() || null } },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorText(error));
        },
      },
    );

  return (
    <Card title={t('grids.workers')}>
      {workers.length === 0 ? (
        <Empty description={t('grids.noWorkers')} />
      ) : (
        <List
          size="small"
          dataSource={workers}
          renderItem={(w) => (
            <List.Item
              actions={
                mayWrite
                  ? [
                      <Button
                        key="edit"
                        type="link"
                        size="small"
                        onClick={() => setEditing(w)}
                        data-testid="grid-worker-edit"
                      >
                        {t('grids.editWorker')}
                      </Button>,
                      <Popconfirm
                        key="remove"
                        title={t('grids.removeWorkerConfirm', { name: w.name })}
                        onConfirm={() =>
                          remove.mutate(
                            { gridId, workerId: w.id },
                            { onError: (e) => message.error(errorText(e)) },
                          )
                        }
                      >
                        <Button type="link" danger size="small">
                          {t('grids.removeWorker')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              {w.name} {w.phoneMasked ?? ''}
            </List.Item>
          )}
        />
      )}
      {mayWrite && (
        <Form form={form} layout="inline" onFinish={submit} style={{ marginTop: 12, rowGap: 8 }}>
          <Form.Item
            name="name"
            rules={[{ required: true, whitespace: true, message: t('grids.nameRequired') }]}
          >
            <Input placeholder={t('grids.workerName')} aria-label={t('grids.workerName')} maxLength={32} />
          </Form.Item>
          <Form.Item name="phone" rules={[{ pattern: PHONE_PATTERN, message: t('grids.phoneInvalid') }]}>
            <Input
              placeholder={t('grids.workerPhone')}
              aria-label={t('grids.workerPhone')}
              inputMode="tel"
              maxLength={11}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('grids.addWorker')}
          </Button>
        </Form>
      )}
      {editing && <EditWorkerModal gridId={gridId} worker={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
