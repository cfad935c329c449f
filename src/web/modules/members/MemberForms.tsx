import { Flex, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateMemberBody, CreateRecordBody, TransferMemberBody } from '../../../contracts/api/members';
import { memberStatus } from '../../../contracts/registry/enums';
import { BranchSelect } from '../../app/components/BranchSelect';
import { CodedSelect } from '../../app/components/CodedSelect';
import { DateField, DateRangeFields } from '../../app/components/DateField';
import { PersonSelect } from '../../app/components/PersonSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { membersApi } from './api';
import { membersKey } from './queries';

// The members module's forms: a new member (a person of the households registry into a
// branch), a transfer to another branch, and a new development record.

/** 新增党员: the person, the branch, status and dates, the post and the commitment. */
export function NewMemberModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateMemberBody>({
    invalidate: [membersKey],
    mutationFn: (body) =>
      membersApi.create({ ...body, fullOn: body.fullOn || null, plaque: body.plaque ?? false }),
    success: t('members.created'),
    onClose,
  });
  const status = Form.useWatch('status', form);
  return (
    <Modal
      open
      title={t('members.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ id: 'member-form-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ status: 'full', plaque: false }}>
        <Form.Item
          name="personId"
          label={t('members.person')}
          rules={[{ required: true, message: t('members.personRequired') }]}
        >
          <PersonSelect testId="member-form-person" />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('members.org')}
          rules={[{ required: true, message: t('members.orgRequired') }]}
        >
          <BranchSelect />
        </Form.Item>
        <Form.Item name="status" label={t('members.status')} rules={[{ required: true }]}>
          <CodedSelect coded={memberStatus} data-testid="member-form-status" />
        </Form.Item>
        <DateRangeFields
          start={{
            name: 'joinedOn',
            label: t('members.joinedOn'),
            required: true,
            testId: 'member-form-joined',
          }}
          end={
            status === 'full'
              ? { name: 'fullOn', label: t('members.fullOn'), testId: 'member-form-full' }
              : undefined
          }
        />
        <Form.Item name="post" label={t('members.post')} rules={[{ max: 32 }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="commitment" label={t('members.commitment')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="plaque" label={t('members.plaque')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 转接组织关系: to another branch of the caller's scope; the history keeps the old one. */
export function TransferModal({ memberId, onClose }: { memberId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<TransferMemberBody>({
    invalidate: [membersKey],
    mutationFn: (body) => membersApi.transfer(memberId, { ...body, reason: body.reason || null }),
    success: t('members.transferred'),
    onClose,
  });
  return (
    <Modal
      open
      title={t('members.transfer')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ id: 'transfer-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ transferredOn: new Date().toISOString().slice(0, 10) }}
      >
        <Form.Item
          name="toOrgId"
          label={t('members.toOrg')}
          rules={[{ required: true, message: t('members.orgRequired') }]}
        >
          <BranchSelect />
        </Form.Item>
        <DateField name="transferredOn" label={t('members.transferredOn')} required />
        <Form.Item name="reason" label={t('members.transferReason')} rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 新增发展对象: a person enters the pipeline as an applicant (入党申请人). */
export function NewRecordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateRecordBody>({
    invalidate: [membersKey],
    mutationFn: (body) => membersApi.createRecord({ ...body, note: body.note || null }),
    success: t('members.recordCreated'),
    onClose,
  });
  return (
    <Modal
      open
      title={t('members.createRecord')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ id: 'record-form-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ reachedOn: new Date().toISOString().slice(0, 10) }}
      >
        <Form.Item
          name="personId"
          label={t('members.person')}
          rules={[{ required: true, message: t('members.personRequired') }]}
        >
          <PersonSelect testId="member-form-person" />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('members.org')}
          rules={[{ required: true, message: t('members.orgRequired') }]}
        >
          <BranchSelect />
        </Form.Item>
        <Flex gap={8} wrap>
          <DateField
            name="reachedOn"
            label={t('members.applicationDate')}
            required
            style={{ flex: '1 1 140px' }}
          />
          <Form.Item
            name="responsible"
            label={t('members.responsible')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 32 }]}
            style={{ flex: '1 1 140px' }}
          >
            <Input maxLength={32} data-testid="record-form-responsible" />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t('members.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设定年度发展目标: a county or township and its target for the year (set again to change it). */
export function TargetModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<{ regionCode: string; year: number; target: number }>({
    invalidate: [membersKey],
    mutationFn: (body) => membersApi.setTarget(body),
    success: t('members.targetSaved'),
    onClose,
  });
  return (
    <Modal
      open
      title={t('members.setTarget')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ id: 'target-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year }}>
        <Form.Item
          name="regionCode"
          label={t('members.targetRegion')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <RegionPicker allowedLevels={['county', 'township']} data-testid="target-region" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="year"
            label={t('members.year')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 120px' }}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="target"
            label={t('members.target')}
            rules={[{ required: true, message: t('common.required') }]}
            style={{ flex: '1 1 120px' }}
          >
            <InputNumber
              min={0}
              max={100_000}
              precision={0}
              style={{ width: '100%' }}
              data-testid="target-value"
            />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
