import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../contracts/api/grids';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { gridsApi } from './api';
import { gridsKey } from './queries';

type Values = { regionCode?: string; name: string };

/** A big grid on a village (no parent) or the next tier under `parent`; the code is given by the server. */
export function CreateGridModal({
  parent,
  onClose,
  onCreated,
}: {
  parent: Grid | null;
  onClose: () => void;
  onCreated: (grid: Grid) => void;
}) {
  const { t } = useTranslation();
  const tier = parent ? (parent.tier === 'big' ? 'middle' : 'small') : 'big';
  const { form, pending, submit } = useFormModal<Values, Grid>({
    mutationFn: (v) =>
      gridsApi.create({
        tier,
        name: v.name.trim(),
        ...(parent ? { parentId: parent.id } : { regionCode: v.regionCode }),
      }),
    success: (grid) => t('grids.created', { name: grid.name, code: grid.code }),
    invalidate: [gridsKey],
    onSuccess: onCreated,
    onClose,
  });

  return (
    <Modal
      open
      title={parent ? `${t('grids.createChild')} · ${parent.name}` : t('grids.createBig')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'grid-form-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="grid-form">
        {!parent && (
          <Form.Item
            name="regionCode"
            label={t('grids.village')}
            rules={[{ required: true, message: t('grids.villageRequired') }]}
          >
            <RegionPicker allowedLevels={['village']} data-testid="grid-form-village" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('grids.name')}
          rules={[
            { required: true, whitespace: true, message: t('grids.nameRequired') },
            { max: 64, message: t('grids.nameTooLong') },
          ]}
        >
          <Input data-testid="grid-form-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
