import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, InputNumber, Radio, Select, Switch, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labourCapacity, povertyStatus, relation } from '../../../../contracts/registry/enums';
import { CodedSelect } from '../../../app/components/CodedSelect';
import { useCoded } from '../../../app/components/use-coded';
import type { EventCategory, VisitPrefill } from './api';
import {
  type HouseholdField,
  householdValue,
  type LeftMember,
  LIFE_CHECKS,
  type NewMember,
  type PersonField,
  type ProblemDraft,
  personValue,
  type QuestionCode,
  type VisitDraft,
} from './visit-draft';

// What 更正 opens under each question, and the problem form under 有问题. Each field shows the
// records' value (原) next to the new one when they differ.

export type Edit = (change: (d: VisitDraft) => VisitDraft) => void;

const RISKS = [
  'illness',
  'disability',
  'schooling',
  'disaster',
  'accident',
  'industry',
  'work',
  'labour',
  'housing',
  'water',
  'other',
] as const;

/** 原 → 新, when the value changed. */
export function BeforeAfter({ before, after }: { before: ReactNode; after: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="visit-before-after">
      {t('visitsVisit.detail.before')}：{before ?? t('visitsVisit.empty')} → {t('visitsVisit.detail.after')}：
      {after ?? t('visitsVisit.empty')}
    </Typography.Text>
  );
}

function Field({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}

/** The fields question `q` owns, opened by 更正. */
export function Corrections({
  q,
  prefill,
  draft,
  edit,
}: {
  q: QuestionCode;
  prefill: VisitPrefill;
  draft: VisitDraft;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const coded = useCoded();
  const h = prefill.household;
  const setHousehold = (field: HouseholdField, value: unknown) =>
    edit((d) => ({ ...d, household: { ...d.household, [field]: value } }));
  const value = (field: HouseholdField) => householdValue(prefill, draft, field);
  const changed = (field: HouseholdField) =>
    field in draft.household && (draft.household[field] ?? null) !== (h[field as keyof typeof h] ?? null);
  const yesNo = (v: unknown) => (v ? t('visitsVisit.yes') : t('visitsVisit.no'));
  const id = (field: string) => `visit-${q}-${field}`;

  switch (q) {
    case 'Q01':
      return <MembersEditor prefill={prefill} draft={draft} edit={edit} />;
    case 'Q04':
      return (
        <Flex vertical gap={8}>
          {(['incomePerCapita', 'rigidSpending'] as const).map((field) => (
            <Field key={field} label={t(`visitsVisit.fields.${field}`)} id={id(field)}>
              <InputNumber
                id={id(field)}
                min={0}
                max={10_000_000}
                precision={0}
                inputMode="numeric"
                style={{ width: '100%' }}
                value={value(field) as number | null}
                onChange={(v) => setHousehold(field, typeof v === 'number' ? v : null)}
                data-testid={`visit-${field}`}
              />
              {changed(field) && (
                <BeforeAfter
                  before={h[field]?.toLocaleString()}
                  after={draft.household[field]?.toLocaleString()}
                />
              )}
            </Field>
          ))}
        </Flex>
      );
    case 'Q05':
      return (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center">
            <label htmlFor={id('relocated')}>{t('visitsVisit.fields.relocated')}</label>
            <Switch
              id={id('relocated')}
              checked={Boolean(value('relocated'))}
              onChange={(v) => setHousehold('relocated', v)}
              data-testid="visit-relocated"
            />
          </Flex>
          {changed('relocated') && (
            <BeforeAfter before={yesNo(h.relocated)} after={yesNo(draft.household.relocated)} />
          )}
          <Field label={t('visitsVisit.fields.relocationSite')} id={id('site')}>
            <Input
              id={id('site')}
              maxLength={100}
              value={(value('relocationSite') as string | null) ?? ''}
              onChange={(e) => setHousehold('relocationSite', e.target.value.trim() ? e.target.value : null)}
            />
            {changed('relocationSite') && (
              <BeforeAfter before={h.relocationSite} after={draft.household.relocationSite} />
            )}
          </Field>
        </Flex>
      );
    case 'Q06':
    case 'Q07':
    case 'Q08':
      return <PersonsEditor field={PERSON_FIELD[q]} prefill={prefill} draft={draft} edit={edit} />;
    case 'Q09':
      return (
        <Field label={t('visitsVisit.fields.helperName')} id={id('helper')}>
          <Input
            id={id('helper')}
            maxLength={32}
            value={(value('helperName') as string | null) ?? ''}
            onChange={(e) => setHousehold('helperName', e.target.value.trim() ? e.target.value : null)}
            data-testid="visit-helperName"
          />
          {changed('helperName') && <BeforeAfter before={h.helperName} after={draft.household.helperName} />}
        </Field>
      );
    case 'Q10':
      return (
        <Field label={t('visitsVisit.fields.povertyStatus')} id={id('status')}>
          <CodedSelect
            id={id('status')}
            coded={povertyStatus}
            value={value('povertyStatus') as string}
            onChange={(v: string) => setHousehold('povertyStatus', v)}
            data-testid="visit-povertyStatus"
          />
          {changed('povertyStatus') && (
            <BeforeAfter
              before={coded.label(povertyStatus, h.povertyStatus)}
              after={coded.label(povertyStatus, draft.household.povertyStatus)}
            />
          )}
        </Field>
      );
    default:
      return null;
  }
}

const PERSON_FIELD: Record<'Q06' | 'Q07' | 'Q08', PersonField> = {
  Q06: 'education',
  Q07: 'health',
  Q08: 'labour',
};

function PersonsEditor({
  field,
  prefill,
  draft,
  edit,
}: {
  field: PersonField;
  prefill: VisitPrefill;
  draft: VisitDraft;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const coded = useCoded();
  const set = (personId: string, v: string | null) =>
    edit((d) => ({ ...d, persons: { ...d.persons, [personId]: { ...d.persons[personId], [field]: v } } }));
  const show = (v: string | null | undefined) =>
    field === 'labour' ? coded.label(labourCapacity, v) || null : v;
  return (
    <Flex vertical gap={8}>
      {prefill.members.map((m) => {
        const id = `visit-${field}-${m.personId}`;
        const now = personValue(prefill, draft, m.personId, field);
        const fix = draft.persons[m.personId];
        const changed = fix && field in fix && (fix[field] ?? null) !== (m[field] ?? null);
        return (
          <Field key={m.personId} label={`${m.name} · ${t(`visitsVisit.fields.${field}`)}`} id={id}>
            {field === 'labour' ? (
              <CodedSelect
                id={id}
                coded={labourCapacity}
                allowClear
                value={now ?? undefined}
                onChange={(v?: string) => set(m.personId, v ?? null)}
              />
            ) : (
              <Input
                id={id}
                maxLength={16}
                value={now ?? ''}
                onChange={(e) => set(m.personId, e.target.value.trim() ? e.target.value : null)}
              />
            )}
            {changed && <BeforeAfter before={show(m[field])} after={show(fix[field])} />}
          </Field>
        );
      })}
    </Flex>
  );
}

const REASONS = ['died', 'moved_out', 'married_out', 'other'] as const;

function MembersEditor({ prefill, draft, edit }: { prefill: VisitPrefill; draft: VisitDraft; edit: Edit }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const [adding, setAdding] = useState<NewMember>({ name: '', relation: 'other', idNumber: '' } as NewMember);
  const leftOf = (personId: string) => draft.leftMembers.find((l) => l.personId === personId);
  const setLeft = (personId: string, reason: LeftMember['reason'] | null) =>
    edit((d) => ({
      ...d,
      leftMembers: [
        ...d.leftMembers.filter((l) => l.personId !== personId),
        ...(reason ? [{ personId, reason }] : []),
      ],
    }));
  const canAdd = adding.name.trim() && /^\d{17}[\dXx]$/.test(adding.idNumber.trim());
  return (
    <Flex vertical gap={8}>
      {prefill.members.map((m) => {
        const left = leftOf(m.personId);
        return (
          <Flex key={m.personId} wrap gap={8} align="center" justify="space-between">
            <Typography.Text delete={Boolean(left)}>
              {m.name}（{coded.label(relation, m.relation)}）
            </Typography.Text>
            <Select
              aria-label={`${m.name} ${t('visitsVisit.members.leftReason')}`}
              allowClear
              placeholder={t('visitsVisit.members.left')}
              value={left?.reason}
              onChange={(v?: LeftMember['reason']) => setLeft(m.personId, v ?? null)}
              options={REASONS.map((r) => ({ value: r, label: t(`visitsVisit.members.reasons.${r}`) }))}
              style={{ width: 120 }}
            />
          </Flex>
        );
      })}
      {draft.newMembers.map((m, i) => (
        <Flex key={m.idNumber} gap={8} align="center" justify="space-between">
          <span>
            <Tag color="green">{t('visitsVisit.members.newTag')}</Tag>
            {m.name}（{coded.label(relation, m.relation)}）
          </span>
          <Button
            size="small"
            icon={<DeleteOutlined />}
            aria-label={`${t('visitsVisit.members.remove')} ${m.name}`}
            onClick={() => edit((d) => ({ ...d, newMembers: d.newMembers.filter((_, j) => j !== i) }))}
          />
        </Flex>
      ))}
      <Flex vertical gap={6} style={{ borderTop: '1px dashed #d9d9d9', paddingTop: 8 }}>
        <Input
          aria-label={t('visitsVisit.members.name')}
          placeholder={t('visitsVisit.members.name')}
          maxLength={32}
          value={adding.name}
          onChange={(e) => setAdding({ ...adding, name: e.target.value })}
          data-testid="visit-member-name"
        />
        <CodedSelect
          aria-label={t('visitsVisit.members.relation')}
          coded={relation}
          exclude={['head']}
          value={adding.relation}
          onChange={(v: NewMember['relation']) => setAdding({ ...adding, relation: v })}
        />
        <Input
          aria-label={t('visitsVisit.members.idNumber')}
          placeholder={t('visitsVisit.members.idNumber')}
          maxLength={18}
          value={adding.idNumber}
          onChange={(e) => setAdding({ ...adding, idNumber: e.target.value.toUpperCase() })}
          data-testid="visit-member-id"
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!canAdd}
          onClick={() => {
            edit((d) => ({
              ...d,
              newMembers: [
                ...d.newMembers,
                { ...adding, name: adding.name.trim(), idNumber: adding.idNumber.trim() },
              ],
            }));
            setAdding({ name: '', relation: 'other', idNumber: '' } as NewMember);
          }}
          data-testid="visit-member-add"
        >
          {t('visitsVisit.members.add')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** Question 3's four checks (吃、穿、住房、饮水), always shown. */
export function LifeChecks({
  draft,
  onCheck,
}: {
  draft: VisitDraft;
  onCheck: (key: (typeof LIFE_CHECKS)[number], held: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8}>
      {LIFE_CHECKS.map((key) => (
        <Checkbox
          key={key}
          checked={draft.checks[key]}
          onChange={(e) => onCheck(key, e.target.checked)}
          data-testid={`visit-check-${key}`}
        >
          {t(`visitsVisit.checks.${key}`)}
        </Checkbox>
      ))}
    </Flex>
  );
}

/** 有问题: what, which risk, and 当场解决 (how) or 转为网格事件 (which category). */
export function ProblemEditor({
  q,
  problem,
  categories,
  onChange,
}: {
  q: QuestionCode;
  problem: ProblemDraft;
  categories: EventCategory[];
  onChange: (p: ProblemDraft) => void;
}) {
  const { t } = useTranslation();
  const id = (f: string) => `visit-${q}-problem-${f}`;
  return (
    <Flex vertical gap={8} data-testid={`visit-problem-${q}`}>
      <Field label={t('visitsVisit.problem.description')} id={id('description')}>
        <Input.TextArea
          id={id('description')}
          rows={2}
          maxLength={500}
          value={problem.description}
          onChange={(e) => onChange({ ...problem, description: e.target.value })}
          data-testid="visit-problem-description"
        />
      </Field>
      <Field label={t('visitsVisit.problem.riskType')} id={id('risk')}>
        <Select
          id={id('risk')}
          allowClear
          value={problem.riskType ?? undefined}
          onChange={(v?: string) => onChange({ ...problem, riskType: v ?? null })}
          options={RISKS.map((r) => ({ value: r, label: t(`visitsVisit.risks.${r}`) }))}
        />
      </Field>
      <Radio.Group
        aria-label={t('visitsVisit.problem.outcome')}
        optionType="button"
        buttonStyle="solid"
        block
        value={problem.outcome}
        onChange={(e) => onChange({ ...problem, outcome: e.target.value })}
        options={[
          { value: 'solved', label: t('visitsVisit.problem.solved') },
          { value: 'event', label: t('visitsVisit.problem.event') },
        ]}
        data-testid="visit-problem-outcome"
      />
      {problem.outcome === 'solved' ? (
        <Field label={t('visitsVisit.problem.solution')} id={id('solution')}>
          <Input.TextArea
            id={id('solution')}
            rows={2}
            maxLength={500}
            value={problem.solution}
            onChange={(e) => onChange({ ...problem, solution: e.target.value })}
            data-testid="visit-problem-solution"
          />
        </Field>
      ) : (
        <Field label={t('visitsVisit.problem.category')} id={id('category')}>
          <Select
            id={id('category')}
            showSearch
            optionFilterProp="label"
            value={problem.categoryCode ?? undefined}
            onChange={(v: string) => onChange({ ...problem, categoryCode: v })}
            options={categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
            data-testid="visit-problem-category"
          />
        </Field>
      )}
    </Flex>
  );
}
