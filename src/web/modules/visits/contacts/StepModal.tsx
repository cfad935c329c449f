import { Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RecordStepBody, TEN_STEP_CODES } from '../../../../contracts/api/visits-contacts';
import { DateField } from '../../../app/components/DateField';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { beijingToday, contactsApi, contactsKey } from './api';
import { useUndoableDelete } from './use-undoable-delete';

// 十步法: mark a step done (or correct its date) for a cadre; a step already done can be undone.
// Opened from a cadre's step (village, cadre and step fixed) or blank for a cadre not in a team.

export interface StepDraft {
  regionCode?: string;
  villageName?: string;
  cadreName?: string;
  step?: RecordStepBody['step'];
  doneOn?: string | null;
  note?: string | null;
  id?: string | null;
}

export function StepModal({ draft, onClose }: { draft: StepDraft; onClose: () => void }) {
  const { t } = useTranslation();
  const fixed = !!draft.step && !!draft.regionCode;
  const undo = useUndoableDelete({
    remove: contactsApi.removeStep,
    restore: contactsApi.restoreStep,
    deleted: t('visitsContacts.ten.undone'),
  });
  const { form, pending, submit } = useFormModal<RecordStepBody>({
    mutationFn: (v) =>
      contactsApi.recordStep({ ...draft, ...v, note: v.note?.trim() || null } as RecordStepBody),
    success: t('visitsContacts.ten.saved'),
    invalidate: [contactsKey],
    onClose,
  });
  const title = fixed
    ? t('visitsContacts.ten.markTitle', {
        cadre: draft.cadreName,
        step: t(`visitsContacts.steps.${draft.step ?? 'S01'}`),
      })
    : t('visitsContacts.ten.add');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'step-submit' }}
      confirmLoading={pending}
      destroyOnHidden
      footer={(buttons) => (
        <>
          {draft.id && (
            <Button
              danger
              onClick={() => {
                undo(draft.id!);
                onClose();
              }}
            >
              {t('visitsContacts.ten.undoStep')}
            </Button>
          )}
          {buttons}
        </>
      )}
    >
      <Form<RecordStepBody>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          regionCode: draft.regionCode,
          cadreName: draft.cadreName,
          step: draft.step ?? 'S01',
          doneOn: draft.doneOn ?? beijingToday(),
          note: draft.note ?? undefined,
        }}
      >
        {!fixed && (
          <>
            <Form.Item
              name="regionCode"
              label={t('visitsContacts.ten.village')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <RegionPicker allowedLevels={['village']} aria-label={t('visitsContacts.ten.village')} />
            </Form.Item>
            <Form.Item
              name="cadreName"
              label={t('visitsContacts.ten.cadre')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item name="step" label={t('visitsContacts.ten.step')} rules={[{ required: true }]}>
              <Select
                options={TEN_STEP_CODES.map((s) => ({
                  value: s,
                  label: `${s} ${t(`visitsContacts.steps.${s}`)}`,
                }))}
              />
            </Form.Item>
          </>
        )}
        <DateField name="doneOn" label={t('visitsContacts.ten.doneOn')} required testId="step-date" />
        <Form.Item name="note" label={t('visitsContacts.ten.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
