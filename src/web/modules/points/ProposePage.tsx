import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  Result,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointsSystem, RuleView } from '../../../contracts/api/points';
import { useCurrentUser } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { pointsApi } from './api';
import { HolderSelect } from './HolderSelect';
import { useMyPoints, usePointsMutation, useRules } from './queries';
import { RuleButtons } from './RuleButtons';
import { SystemSwitch } from './shared';
import { type HolderOption, newIdempotencyKey } from './use-search';

/**
 * 申报积分 on a phone in three taps: the household (or member), the rule, submit. The date
 * defaults to today; a points field shows only for a rule with a range.
 */
export default function ProposePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const self = me.role === 'party_member';
  const [system, setSystem] = useState<PointsSystem>(self ? 'member' : 'civil');
  const [holder, setHolder] = useState<HolderOption | null>(null);
  const [rule, setRule] = useState<RuleView | null>(null);
  const [points, setPoints] = useState<number | null>(null);
  const [occurredOn, setOccurredOn] = useState(dayjs());
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const [done, setDone] = useState<string | null>(null);
  const confirmCard = useRef<HTMLDivElement>(null);
  // On a phone the rule buttons fill the screen: bring the submit button into view once a rule is picked.
  useEffect(() => {
    if (rule) confirmCard.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [rule]);

  const mine = useMyPoints(self);
  useEffect(() => {
    const m = mine.data?.member;
    if (self && m) setHolder({ value: m.holderId, label: m.holderName, regionCode: m.regionCode });
  }, [self, mine.data]);

  const rules = useRules({ system, regionCode: holder?.regionCode }, !!holder);
  const allowed = (rules.data ?? []).filter((r) => r.active && r.proposerRoles.includes(me.role));
  const propose = usePointsMutation(async () => {
    if (!holder || !rule) throw new Error('incomplete');
    // With photos the claim is kept unsent until they are up, then sent: a rule that asks for a
    // photo never reaches the secretary without one, and a failed upload leaves it in 我的申报.
    const withPhotos = photos.length > 0;
    const claim = await pointsApi.propose(
      {
        system,
        holderId: holder.value,
        ruleId: rule.id,
        points: rule.maxPoints == null ? undefined : (points ?? undefined),
        occurredOn: occurredOn.format('YYYY-MM-DD'),
        note: note.trim() || undefined,
        draft: withPhotos || undefined,
      },
      key,
    );
    if (!withPhotos) return claim;
    try {
      await pointsApi.addEvidence(claim.id, photos);
    } catch (e) {
      throw new Error(`${t('points.photoFailed')}${errorText(e)}`);
    }
    return claim.status === 'draft' ? pointsApi.act(claim.id, 'submit') : claim;
  });

  const switchSystem = (s: PointsSystem | undefined) => {
    setSystem(s ?? 'civil');
    setHolder(null);
    setRule(null);
  };
  const again = () => {
    setDone(null);
    setRule(null);
    setPoints(null);
    setNote('');
    setPhotos([]);
    setKey(newIdempotencyKey());
    if (!self) setHolder(null);
  };
  const submit = () => {
    if (rule?.evidenceRequired && photos.length === 0) return message.warning(t('points.photoMissing'));
    if (rule?.maxPoints != null && points == null)
      return message.warning(t('points.pointsRequired', { low: rule.points, high: rule.maxPoints }));
    propose.mutate(undefined, {
      onSuccess: () => setDone(holder?.label ?? ''),
      onError: (e) => message.error(e instanceof Error && !('code' in e) ? e.message : errorText(e)),
    });
  };

  if (done !== null)
    return (
      <Card>
        <Result
          status="success"
          title={t('points.proposed')}
          subTitle={t('points.proposedHint', { holder: done })}
          extra={
            <Button type="primary" size="large" onClick={again} data-testid="propose-again">
              {t('points.proposeAgain')}
            </Button>
          }
        />
      </Card>
    );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.proposeTitle')}
      </Typography.Title>
      {!self && <SystemSwitch value={system} onChange={switchSystem} />}
      <Card
        size="small"
        title={`1. ${system === 'civil' ? t('points.pickHousehold') : t('points.pickMember')}`}
      >
        {self ? (
          mine.data && !mine.data.member ? (
            <Alert type="warning" showIcon title={t('points.notLinked')} />
          ) : (
            <Typography.Text strong data-testid="propose-self">
              {holder?.label ?? '…'}
            </Typography.Text>
          )
        ) : (
          <HolderSelect
            system={system}
            value={holder}
            onChange={(h) => {
              setHolder(h);
              setRule(null);
            }}
            testId="propose-holder"
          />
        )}
      </Card>
      {holder && (
        <Card size="small" title={`2. ${t('points.pickRule')}`}>
          <RuleButtons
            rules={allowed}
            loading={rules.isLoading}
            value={rule?.id}
            onPick={(r) => {
              setRule(r);
              setPoints(null);
            }}
          />
        </Card>
      )}
      {holder && rule && (
        <Card size="small" title={`3. ${t('points.confirm')}`} ref={confirmCard}>
          <Flex vertical gap={12}>
            {rule.maxPoints != null && (
              <InputNumber
                size="large"
                style={{ width: '100%' }}
                prefix={t('points.points')}
                min={Math.min(rule.points, rule.maxPoints)}
                max={Math.max(rule.points, rule.maxPoints)}
                precision={0}
                value={points}
                onChange={setPoints}
                placeholder={`${rule.points} ~ ${rule.maxPoints}`}
                data-testid="propose-points"
              />
            )}
            <Flex gap={8} align="center" wrap>
              <span>{t('points.occurredOn')}</span>
              <DatePicker
                value={occurredOn}
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                onChange={(d) => d && setOccurredOn(d)}
                inputReadOnly
              />
            </Flex>
            <Input.TextArea
              rows={2}
              maxLength={500}
              placeholder={t('points.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-label={t('points.note')}
            />
            <Upload
              accept="image/jpeg,image/png,image/webp"
              listType="picture"
              multiple
              maxCount={6}
              beforeUpload={(file) => {
                setPhotos((p) => [...p, file]);
                return false;
              }}
              onRemove={(file) => setPhotos((p) => p.filter((f) => f.name !== file.name))}
            >
              <Button data-testid="propose-photo">
                {rule.evidenceRequired
                  ? `${t('points.addPhoto')}（${t('points.photoNeeded')}）`
                  : t('points.addPhoto')}
              </Button>
            </Upload>
            <Button
              type="primary"
              size="large"
              block
              loading={propose.isPending}
              onClick={submit}
              data-testid="propose-submit"
            >
              {t('points.submit')}{' '}
              {rule.maxPoints == null ? (rule.points > 0 ? `+${rule.points}` : rule.points) : ''}
            </Button>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
