import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { useFormModal } from '../../app/components/use-form-modal';
import { type GridWorker, gridsApi } from './api';
import { gridsKey } from './queries';

type Values = { name: string; phone?: string; clearPhone?: boolean };

/** 修改网格员: name, a new phone (empty keeps the old one, shown only masked) or none. */
export function EditWorkerModal({
  gridId,
  worker,
  onClose,
}: {
  gridId: string;
  worker: GridWorker;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const phone = v.clearPhone ? null : v.phone?.trim() || undefined;
      return gridsApi.updateWorker(gridId, worker.id, {
        name: v.name.trim(),
        ...(phone === undefined ? {} : { phone }),
      });
    },
    success: t('grids.workerSaved'),
    invalidate: [gridsKey],
    onClose,
  });
  const clearing = Form.useWatch('clearPhone', form);

  return (
    <Modal
      open
      title={t('grids.editWorkerTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okButtonProps={{ id: 'grid-worker-save' }}
    >
      <Form form={form} layout="vertical" initialValues={{ name: worker.name }} onFinish={submit}>
        <Form.Item
          name="name"
          label={t('grids.workerName')}
          rules={[{ required: true, whitespace: true, message: t('grids.nameRequired') }]}
        >
          <Input maxLength={32} data-testid="grid-worker-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('grids.workerPhone')}
          extra={worker.phoneMasked ?? undefined}
          rules={[{ pattern: PHONE_PATTERN, message: t('grids.phoneInvalid') }]}
        >
          <Input inputMode="tel" maxLength={11} placeholder={t('grids.phoneKeep')} disabled={clearing} />
        </Form.Item>
        {worker.phoneMasked && (
          <Form.Item name="clearPhone" valuePropName="checked">
            <Checkbox>{t('grids.clearPhone')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
