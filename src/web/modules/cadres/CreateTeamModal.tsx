import { App, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateWorkTeamBody, WorkTeam } from '../../../contracts/api/cadres';
import { sendingLevel } from '../../../contracts/registry/enums';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useCreateTeam, useUpdateTeam } from './queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A new 驻村工作队; with `team`, edits its name, sending unit and level, and dates (the village stays). */
export function CreateTeamModal({ onClose, team }: { onClose: () => void; team?: WorkTeam }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<CreateWorkTeamBody>();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const handlers = {
    onSuccess: () => {
      message.success(t(team ? 'cadres.updated' : 'cadres.created'));
      onClose();
    },
    onError: (error: Error) => {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    },
  };
  const submit = (v: CreateWorkTeamBody) => {
    const body = { ...v, startedOn: v.startedOn || null, endedOn: v.endedOn || null };
    if (!team) return create.mutate(body, handlers);
    const { regionCode: _village, ...changes } = body;
    update.mutate({ teamId: team.id, body: changes }, handlers);
  };
  const dateRule = { pattern: DATE, message: t('cadres.dateInvalid') };
  return (
    <Modal
      open
      title={team ? t('cadres.editTeam') : t('cadres.createTeam')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="team-form"
        initialValues={
          team
            ? {
                regionCode: team.regionCode,
                name: team.name,
                sendingUnit: team.sendingUnit,
                sendingLevel: team.sendingLevel,
                startedOn: team.startedOn ?? undefined,
                endedOn: team.endedOn ?? undefined,
              }
            : undefined
        }
      >
        <Form.Item
          name="regionCode"
          label={t('cadres.village')}
          rules={[{ required: true, message: t('grids.villageRequired') }]}
          hidden={Boolean(team)}
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
        <Flex gap={8} wrap>
          <Form.Item
            name="startedOn"
            label={t('cadres.teamStartedOn')}
            rules={[dateRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="endedOn"
            label={t('cadres.teamEndedOn')}
            rules={[dateRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
