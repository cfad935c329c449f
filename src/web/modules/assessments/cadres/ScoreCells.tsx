import { Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoresBody } from '../../../../contracts/api/assess-cadres';

// The inputs of a row in score entry (录入): numbers 0–100, the deliberation text, the one vote.

export type Draft = Required<
  Pick<ScoresBody, 'membersScore' | 'villagersScore' | 'townshipScore' | 'debriefScore'>
> & {
  deliberation: string | null;
  vote: 'approve' | 'veto' | null;
  voteReason: string | null;
};

type Field = 'membersScore' | 'villagersScore' | 'townshipScore' | 'debriefScore';

export function ScoreInput({
  draft,
  field,
  onChange,
}: {
  draft: Draft;
  field: Field;
  onChange: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  return (
    <InputNumber
      size="small"
      min={0}
      max={100}
      precision={0}
      style={{ width: 72 }}
      aria-label={t(`assessCadres.form.${field}`)}
      data-testid={`cadre-${field}`}
      value={draft[field] ?? null}
      onChange={(v) => onChange({ ...draft, [field]: v ?? null })}
    />
  );
}

export function DeliberationInput({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  return (
    <Input.TextArea
      size="small"
      autoSize
      style={{ minWidth: 120, marginTop: 4 }}
      placeholder={t('assessCadres.form.deliberation')}
      aria-label={t('assessCadres.form.deliberation')}
      value={draft.deliberation ?? ''}
      onChange={(e) => onChange({ ...draft, deliberation: e.target.value })}
    />
  );
}

export function VoteInput({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        size="small"
        style={{ width: 110 }}
        aria-label={t('assessCadres.form.vote')}
        data-testid="cadre-vote"
        value={draft.vote ?? ''}
        options={[
          { value: '', label: t('assessCadres.form.voteNone') },
          { value: 'approve', label: t('assessCadres.votes.approve') },
          { value: 'veto', label: t('assessCadres.votes.veto') },
        ]}
        onChange={(v) => onChange({ ...draft, vote: (v || null) as Draft['vote'] })}
      />
      {draft.vote && (
        <Input
          size="small"
          style={{ minWidth: 120, marginTop: 4 }}
          placeholder={t('assessCadres.form.voteReason')}
          aria-label={t('assessCadres.form.voteReason')}
          data-testid="cadre-vote-reason"
          value={draft.voteReason ?? ''}
          onChange={(e) => onChange({ ...draft, voteReason: e.target.value })}
        />
      )}
    </>
  );
}

export const pay = (v: number | null) => (v === null ? '—' : (v / 100).toFixed(2));

export function Dim({ children }: { children: React.ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
