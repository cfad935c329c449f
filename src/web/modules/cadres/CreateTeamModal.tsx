import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateWorkTeamBody } from '../../../contracts/api/cadres';
import { sendingLevel } from '../../../contracts/registry/enums';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useCoded } from '../org/use-coded';
import { RegionPicker } from '../regions/RegionPicker';
import { useCreateTeam } from './queries';

export function CreateTeamModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<CreateWorkTeamBody>();
  const create = useCreateTeam();
  const submit = (v: CreateWorkTeamBody) =>
    create.mutate(v, {
      onSuccess: () => {
        message.success(t('cadres.created'));
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorText(error));
      },
    });
  return (
    <Modal
      open
      title={t('cadres.createTeam')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="regionCode"
          label={t('cadres.village')}
          rules={[{ required: true, message: t('grids.villageRequired') }]}
        >
          <RegionPicker allowedLevels={['village']} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('cadres.teamName')}
          rules={[{ required: true, whitespace: true, message: t('cadres.teamNameRequired') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="sendingUnit"
          label={t('cadres.sendingUnit')}
          rules={[{ required: true, whitespace: true, message: t('cadres.sendingUnitRequired') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="sendingLevel"
          label={t('cadres.sendingLevel')}
          rules={[{ required: true, message: t('cadres.sendingLevelRequired') }]}
        >
          <Select options={coded.options(sendingLevel)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
