import { App, Button, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { type ProjectRow, projectsApi, useRefreshProjects } from './api';
import { EvaluationModal } from './EvaluationModal';
import { toFen } from './shared';

type Step = 'commit' | 'record' | 'evaluate' | 'close';

/**
 * The next steps of a project: 公开承诺 (draft), 记录考评 (an evaluator's score, committed or
 * evaluated), 完成考评 (committed, with a score recorded) and 办结销号 (evaluated). On the project's
 * page the server's workflow actions decide; in the list the status and the role do. A closed
 * project shows none.
 */
export function LifecycleButtons({
  project,
  actions,
  mayRecord,
  size,
}: {
  project: Pick<ProjectRow, 'id' | 'status' | 'title'>;
  /** The project page's workflow actions and whether the caller may add evaluations. */
  actions?: { action: string }[];
  mayRecord?: boolean;
  size?: 'small' | 'middle' | 'large';
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState<Step | null>(null);
  const evaluator = can(me.role, 'economy.evaluate');
  const steps = stepsOf(project.status, actions, {
    write: can(me.role, 'economy.projects'),
    evaluate: evaluator,
    record: mayRecord ?? (evaluator && (project.status === 'committed' || project.status === 'evaluated')),
  });
  if (steps.length === 0) return null;
  return (
    <Flex wrap gap={8}>
      {steps.map((step) => (
        <Button
          key={step}
          size={size}
          type={step === 'commit' || step === 'record' ? 'primary' : 'default'}
          onClick={() => setOpen(step)}
          data-testid={`project-${step}`}
        >
          {t(`econProjects.actions.${step}`)}
        </Button>
      ))}
      {open === 'record' && <EvaluationModal projectId={project.id} onClose={() => setOpen(null)} />}
      {(open === 'commit' || open === 'evaluate') && (
        <ConfirmModal projectId={project.id} step={open} onClose={() => setOpen(null)} />
      )}
      {open === 'close' && <CloseModal projectId={project.id} onClose={() => setOpen(null)} />}
    </Flex>
  );
}

const stepsOf = (
  status: ProjectRow['status'],
  actions: { action: string }[] | undefined,
  may: { write: boolean; evaluate: boolean; record: boolean },
): Step[] => {
  if (status === 'closed') return [];
  const names = new Set(
    actions?.map((a) => a.action) ??
      [
        status === 'draft' && may.write && 'commit',
        status === 'committed' && may.evaluate && 'evaluate',
        status === 'evaluated' && may.evaluate && 'close',
      ].filter(Boolean),
  );
  const out: Step[] = [];
  if (names.has('commit')) out.push('commit');
  if (may.record) out.push('record');
  if (names.has('evaluate')) out.push('evaluate');
  if (names.has('close')) out.push('close');
  return out;
};

/** 公开承诺 and 完成考评: a confirmation saying what follows. */
function ConfirmModal({
  projectId,
  step,
  onClose,
}: {
  projectId: string;
  step: 'commit' | 'evaluate';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      await projectsApi.action(projectId, step);
      await refresh();
      onClose();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(`econProjects.actions.${step}Title`)}
      okText={t(`econProjects.actions.${step}`)}
      cancelText={t('econProjects.actions.cancel')}
      okButtonProps={{ 'data-testid': `project-${step}-ok` } as never}
      confirmLoading={busy}
      onOk={() => void go()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t(`econProjects.actions.${step}Text`)}</Typography.Paragraph>
    </Modal>
  );
}

function CloseModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const [form] = Form.useForm<{ incomeFen?: number; note?: string }>();
  const [busy, setBusy] = useState(false);
  const close = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await projectsApi.action(projectId, 'close', {
        incomeFen: toFen(v.incomeFen),
        note: v.note?.trim() || undefined,
      });
      await refresh();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('econProjects.actions.closeTitle')}
      okText={t('econProjects.actions.close')}
      cancelText={t('econProjects.actions.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'project-close-ok' } as never}
      confirmLoading={busy}
      onOk={() => void close()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="warning">{t('econProjects.actions.closeText')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        {/* In 元 here; the field keeps the server's name so that its errors land on it. */}
        <Form.Item
          name="incomeFen"
          label={t('econProjects.actions.income')}
          rules={[{ required: true, message: t('econProjects.actions.incomeRequired') }]}
        >
          <InputNumber<number>
            min={0}
            precision={2}
            inputMode="decimal"
            style={{ width: '100%' }}
            data-testid="project-close-income"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('econProjects.actions.closeReason')}
          extra={t('econProjects.actions.closeNoteHint')}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
