import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateWorkTeamBody, WorkTeam } from '../../../contracts/api/cadres';
import { sendingLevel } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { DateRangeFields } from '../../app/components/DateField';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { cadresApi } from './api';
import { cadresKey } from './queries';

/** A new 驻村工作队; with `team`, edits its name, sending unit and level, and dates (the village stays). */
export function CreateTeamModal({ onClose, team }: { onClose: () => void; team?: WorkTeam }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateWorkTeamBody>({
    mutationFn: (v) => {
      const body = { ...v, startedOn: v.startedOn || null, endedOn: v.endedOn || null };
      if (!team) return cadresApi.createTeam(body);
      const { regionCode: _village, ...changes } = body;
      return cadresApi.updateTeam(team.id, changes);
    },
    success: t(team ? 'cadres.updated' : 'cadres.created'),
    invalidate: [cadresKey],
    onClose,
  });
  return (
    <Modal
      open
      title={team ? t('cadres.editTeam') : t('cadres.createTeam')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
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
          <CodedSelect coded={sendingLevel} />
        </Form.Item>
        <DateRangeFields
          start={{ name: 'startedOn', label: t('cadres.teamStartedOn') }}
          end={{ name: 'endedOn', label: t('cadres.teamEndedOn') }}
        />
      </Form>
    </Modal>
  );
}
