import { App, Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { DateField } from '../../../app/components/DateField';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { projectsApi, useRefreshProjects } from './api';

type Values = {
  evaluatorName: string;
  evaluatorUnit?: string;
  score: number;
  comment: string;
  evaluatedOn: string;
};

/** 现场考评: one evaluator's score (0–100) and comment; the project's score is the mean. */
export function EvaluationModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await projectsApi.addEvaluation(projectId, {
        evaluatorName: v.evaluatorName.trim(),
        evaluatorUnit: v.evaluatorUnit?.trim() || undefined,
        score: v.score,
        comment: v.comment.trim(),
        evaluatedOn: v.evaluatedOn,
      });
      message.success(t('econProjects.evaluations.saved'));
      await refresh();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('econProjects.form.required') };
  return (
    <Modal
      open
      title={t('econProjects.evaluations.formTitle')}
      okButtonProps={{ 'data-testid': 'evaluation-save' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ evaluatedOn: dayjs().format('YYYY-MM-DD'), evaluatorUnit: me.scopeName }}
      >
        <Form.Item name="evaluatorName" label={t('econProjects.evaluations.evaluator')} rules={[required]}>
          <Input maxLength={30} data-testid="evaluation-name" />
        </Form.Item>
        <Form.Item name="evaluatorUnit" label={t('econProjects.evaluations.unit')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="score"
          label={t('econProjects.evaluations.score')}
          rules={[{ required: true, message: t('econProjects.form.required') }]}
        >
          <InputNumber<number>
            min={0}
            max={100}
            precision={0}
            inputMode="numeric"
            style={{ width: 140 }}
            data-testid="evaluation-score"
          />
        </Form.Item>
        <Form.Item name="comment" label={t('econProjects.evaluations.comment')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="evaluation-comment" />
        </Form.Item>
        <DateField name="evaluatedOn" label={t('econProjects.evaluations.on')} required />
      </Form>
    </Modal>
  );
}
