import { App, Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalentDetail } from '../../../contracts/api/talents';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { useDecideTalent, useSubmitTalent } from './queries';

/** The buttons of the step the record is at, shown only to the role that takes that step. */
export function TalentActions({ talent, onEdit }: { talent: TalentDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const submit = useSubmitTalent();
  const decide = useDecideTalent();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const step =
    talent.status === 'surveyed' && can(me.role, 'talents.review')
      ? 'review'
      : talent.status === 'township_reviewed' && can(me.role, 'talents.file')
        ? 'file'
        : null;
  const editable =
    (talent.status === 'draft' || talent.status === 'returned') && can(me.role, 'talents.survey');
  const done = {
    onSuccess: () => message.success(t('talents.done')),
    onError: (e: unknown) => message.error(errorText(e)),
  };

  const sendBack = () => {
    if (!comment.trim()) return message.warning(t('talents.commentRequired'));
    if (!step) return;
    decide.mutate(
      { id: talent.id, step, body: { decision: 'return', comment: comment.trim() } },
      {
        ...done,
        onSuccess: () => {
          setReturning(false);
          done.onSuccess();
        },
      },
    );
  };

  return (
    <Flex wrap gap={8}>
      {editable && <Button onClick={onEdit}>{t('talents.edit')}</Button>}
      {editable && (
        <Button
          type="primary"
          loading={submit.isPending}
          onClick={() => submit.mutate(talent.id, done)}
          data-testid="talent-submit"
        >
          {t('talents.submit')}
        </Button>
      )}
      {step && (
        <Button
          type="primary"
          loading={decide.isPending}
          onClick={() => decide.mutate({ id: talent.id, step, body: { decision: 'approve' } }, done)}
          data-testid="talent-approve"
        >
          {step === 'review' ? t('talents.approve') : t('talents.fileApprove')}
        </Button>
      )}
      {step && (
        <Button danger onClick={() => setReturning(true)} data-testid="talent-return">
          {t('talents.return')}
        </Button>
      )}
      <Modal
        open={returning}
        title={t('talents.returnTitle')}
        onCancel={() => setReturning(false)}
        onOk={sendBack}
        confirmLoading={decide.isPending}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t('talents.commentPlaceholder')}
          aria-label={t('talents.returnTitle')}
        />
      </Modal>
    </Flex>
  );
}
