import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateTeamMemberBody, WorkTeam } from '../../../contracts/api/cadres';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { DateField } from '../../app/components/DateField';
import { useFormModal } from '../../app/components/use-form-modal';
import { cadresApi } from './api';
import { cadresKey } from './queries';

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
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: ({ phone, clearPhone, ...v }) =>
      cadresApi.updateMember(team.id, member.id, {
        ...v,
        startedOn: v.startedOn || null,
        ...(clearPhone ? { phone: null } : phone?.trim() ? { phone: phone.trim() } : {}),
      }),
    success: t('cadres.updated'),
    invalidate: [cadresKey],
    onClose,
  });
  const clearing = Form.useWatch('clearPhone', form);
  return (
    <Modal
      open
      title={t('cadres.editMember', { name: member.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
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
          <CodedSelect coded={teamRole} />
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
          <CodedSelect coded={sendingLevel} />
        </Form.Item>
        <DateField name="startedOn" label={t('cadres.memberStartedOn')} />
      </Form>
    </Modal>
  );
}
