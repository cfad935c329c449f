import { App, Button, Card, Descriptions, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { pointsApi } from './api';
import { ClaimPhotos } from './ClaimPhotos';
import { usePointsMutation } from './queries';
import { ReasonModal } from './ReasonModal';
import { formatTime, PointsTag } from './shared';

export const STATUS_COLORS = {
  draft: 'default',
  pending: 'blue',
  approved: 'green',
  returned: 'red',
  withdrawn: 'default',
} as const;

/** One claim in the approve queue: everything the secretary needs, approve in one tap. */
export function ClaimCard({ claim, mayDecide }: { claim: ClaimView; mayDecide: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const approve = usePointsMutation(pointsApi.approve);
  const sendBack = usePointsMutation(({ id, reason }: { id: string; reason: string }) =>
    pointsApi.returnClaim(id, reason),
  );
  const [returning, setReturning] = useState(false);
  const pending = claim.status === 'pending';
  // The buttons are the actions the server offers this caller (the claim's workflow decides).
  const approveAction = mayDecide ? claim.actions.find((a) => a.action === 'approve') : undefined;
  const returnAction = mayDecide ? claim.actions.find((a) => a.action === 'return') : undefined;
  const photoMissing = claim.evidenceRequired && claim.evidence.length === 0;
  const holder = claim.householdNo ? `${claim.holderName}（${claim.householdNo}）` : claim.holderName;

  return (
    <Card
      size="small"
      data-testid={`claim-${claim.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{holder}</span>
          <PointsTag value={claim.points} big />
        </Flex>
      }
      extra={<Tag color={STATUS_COLORS[claim.status]}>{t(`points.status.${claim.status}`)}</Tag>}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'rule', label: t('points.rule'), children: `${claim.ruleCode} ${claim.ruleName}` },
          { key: 'system', label: t('points.systemLabel'), children: t(`points.system.${claim.system}`) },
          { key: 'date', label: t('points.occurredOn'), children: claim.occurredOn },
          ...(claim.note ? [{ key: 'note', label: t('points.note'), children: claim.note }] : []),
          {
            key: 'by',
            label: t('points.proposer'),
            children: `${claim.proposedByName ?? ''} ${formatTime(claim.proposedAt)}`,
          },
          ...(claim.reason
            ? [{ key: 'reason', label: t('points.returnReason'), children: claim.reason }]
            : []),
          ...(claim.decidedByName && !pending
            ? [
                {
                  key: 'dec',
                  label: t('points.decidedBy'),
                  children: `${claim.decidedByName} ${formatTime(claim.decidedAt)}`,
                },
              ]
            : []),
        ]}
      />
      {pending && photoMissing && (
        <Tag color="orange" style={{ marginTop: 8 }} data-testid="claim-photo-missing">
          {t('points.photoMissing')}
        </Tag>
      )}
      <ClaimPhotos photos={claim.evidence} />
      {(approveAction || returnAction) && (
        <Flex gap={8} style={{ marginTop: 12 }}>
          {approveAction && (
            <Button
              type="primary"
              size="large"
              style={{ flex: 1 }}
              loading={approve.isPending}
              disabled={approveAction.missing !== null}
              data-testid="claim-approve"
              onClick={() =>
                approve.mutate(claim.id, {
                  onSuccess: () => message.success(t('points.approved')),
                  onError: (e) => message.error(errorText(e)),
                })
              }
            >
              {t('points.approve')}
            </Button>
          )}
          {returnAction && (
            <Button size="large" danger onClick={() => setReturning(true)} data-testid="claim-return">
              {t('points.return')}
            </Button>
          )}
        </Flex>
      )}
      {returning && (
        <ReasonModal
          title={t('points.returnTitle')}
          pending={sendBack.isPending}
          onClose={() => setReturning(false)}
          onSubmit={(reason) =>
            sendBack.mutate(
              { id: claim.id, reason },
              {
                onSuccess: () => {
                  setReturning(false);
                  message.success(t('points.returned'));
                },
                onError: (e) => message.error(errorText(e)),
              },
            )
          }
        />
      )}
    </Card>
  );
}
