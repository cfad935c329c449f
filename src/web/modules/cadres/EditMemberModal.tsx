import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateTeamMemberBody, WorkTeam } from '../../../contracts/api/cadres';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useUpdateMember } from './queries';

type Member = WorkTeam['members'][number];
type Values = Omit<UpdateTeamMemberBody, 'phone'> & { phone?: string; clearPhone?: boolean };

/**
 * A member's name, role in the team (队长 / 第一书记 / 队员), sending unit and level, start date,
 * and phone: the recorded phone is only shown masked, so an empty field keeps it.
 */
export function EditMemberModal({
  team,
  member,
  onClose,
}: {
  team: WorkTeam;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMember();
  const clearing = Form.useWatch('clearPhone', form);
  const submit = ({ phone, clearPhone, ...v }: Values) => {
    const body: UpdateTeamMemberBody = {
      ...v,
      startedOn: v.startedOn || null,
      ...(clearPhone ? { phone: null } : phone?.trim() ? { phone: phone.trim() } : {}),
    };
    update.mutate(
      { teamId: team.id, memberId: member.id, body },
      {
        onSuccess: () => {
          message.success(t('cadres.updated'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorText(error));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('cadres.editMember', { name: member.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="member-form"
        initialValues={{
          name: member.name,
          role: member.role,
          sendingUnit: member.sendingUnit,
          sendingLevel: member.sendingLevel,
          startedOn: member.startedOn ?? undefined,
        }}
      >
        <Form.Item
          name="name"
          label={t('cadres.memberName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('cadres.memberRole')}
          rules={[{ required: true, message: t('cadres.roleRequired') }]}
        >
          <Select options={coded.options(teamRole)} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('cadres.phone')}
          extra={member.phoneMasked ? t('cadres.phoneKeep', { masked: member.phoneMasked }) : undefined}
          rules={[{ pattern: PHONE_PATTERN, message: t('cadres.phoneInvalid') }]}
        >
          <Input inputMode="tel" maxLength={11} disabled={Boolean(clearing)} />
        </Form.Item>
        {member.phoneMasked && (
          <Form.Item name="clearPhone" valuePropName="checked">
            <Checkbox>{t('cadres.clearPhone')}</Checkbox>
          </Form.Item>
        )}
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
        <Form.Item
          name="startedOn"
          label={t('cadres.memberStartedOn')}
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('cadres.dateInvalid') }]}
        >
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
