import { Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type DevelopmentRecord, STAGE_ITEMS } from '../../../contracts/api/members';
import { developmentStage } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { useFormModal } from '../../app/components/use-form-modal';
import { membersApi } from './api';
import { membersKey } from './queries';

type Stage = DevelopmentRecord['stage'];
type Values = { reachedOn: dayjs.Dayjs; responsible: string; items: string[]; note?: string };

/** Moves a record to `next`, with the stage's checklist (CATALOGUES.md §8) ticked off. */
export function AdvanceModal({
  record,
  next,
  onClose,
}: {
  record: DevelopmentRecord;
  next: Stage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const coded = useCoded();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) =>
      membersApi.advance(record.id, {
        stage: next,
        reachedOn: v.reachedOn.format('YYYY-MM-DD'),
        responsible: v.responsible.trim(),
        items: Object.fromEntries(STAGE_ITEMS[next].map((i) => [i, v.items?.includes(i) ?? false])),
        note: v.note?.trim() || null,
      }),
    success: t('members.saved'),
    invalidate: [membersKey],
    onClose,
  });
  return (
    <Modal
      open
      title={`${record.name}：${coded.label(developmentStage, next)}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ items: [] }}>
        <Form.Item
          name="reachedOn"
          label={t('members.reachedOn')}
          rules={[{ required: true, message: t('members.reachedOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="responsible"
          label={t('members.responsible')}
          rules={[{ required: true, whitespace: true, message: t('members.responsibleRequired') }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="items" label={t('members.items')}>
          <Checkbox.Group
            options={STAGE_ITEMS[next]}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('members.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
