import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Flex, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateMemberBody, CreateRecordBody, TransferMemberBody } from '../../../contracts/api/members';
import { memberStatus } from '../../../contracts/registry/enums';
import { apiRequest as request } from '../../app/api';
import { BranchSelect } from '../../app/components/BranchSelect';
import { PersonSelect } from '../../app/components/PersonSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';

// The members module's forms: a new member (a person of the households registry into a
// branch), a transfer to another branch, and a new development record.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const useSave = <B,>(fn: (body: B) => Promise<unknown>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
};

const useFormModal = <B extends object>(
  fn: (body: B) => Promise<unknown>,
  done: string,
  onClose: () => void,
) => {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<B>();
  const save = useSave(fn);
  const submit = (body: B) =>
    save.mutate(body, {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorText(error));
      },
    });
  return { form, save, submit };
};

/** 新增党员: the person, the branch, status and dates, the post and the commitment. */
export function NewMemberModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const { form, save, submit } = useFormModal<CreateMemberBody>(
    (body) =>
      request('POST', '/members', {
        body: { ...body, fullOn: body.fullOn || null, plaque: body.plaque ?? false },
      }),
    t('members.created'),
    onClose,
  );
  const status = Form.useWatch('status', form);
  const dateRule = { pattern: DATE, message: t('members.dateInvalid') };
  return (
    <Modal
      open
      title={t('members.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
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
          <Select options={coded.options(memberStatus)} data-testid="member-form-status" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="joinedOn"
            label={t('members.joinedOn')}
            rules={[{ required: true, message: t('common.required') }, dateRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" data-testid="member-form-joined" />
          </Form.Item>
          {status === 'full' && (
            <Form.Item
              name="fullOn"
              label={t('members.fullOn')}
              rules={[dateRule]}
              style={{ flex: '1 1 140px' }}
            >
              <Input type="date" data-testid="member-form-full" />
            </Form.Item>
          )}
        </Flex>
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
  const { form, save, submit } = useFormModal<TransferMemberBody>(
    (body) =>
      request('POST', `/members/${encodeURIComponent(memberId)}/transfer`, {
        body: { ...body, reason: body.reason || null },
      }),
    t('members.transferred'),
    onClose,
  );
  return (
    <Modal
      open
      title={t('members.transfer')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
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
        <Form.Item
          name="transferredOn"
          label={t('members.transferredOn')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: DATE, message: t('members.dateInvalid') },
          ]}
        >
          <Input type="date" />
        </Form.Item>
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
  const { form, save, submit } = useFormModal<CreateRecordBody>(
    (body) => request('POST', '/development/records', { body: { ...body, note: body.note || null } }),
    t('members.recordCreated'),
    onClose,
  );
  return (
    <Modal
      open
      title={t('members.createRecord')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
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
          <Form.Item
            name="reachedOn"
            label={t('members.applicationDate')}
            rules={[
              { required: true, message: t('common.required') },
              { pattern: DATE, message: t('members.dateInvalid') },
            ]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" />
          </Form.Item>
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
  const { form, save, submit } = useFormModal<{ regionCode: string; year: number; target: number }>(
    (body) => request('PUT', '/development/targets', { body }),
    t('members.targetSaved'),
    onClose,
  );
  return (
    <Modal
      open
      title={t('members.setTarget')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
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
