import { App, Button, Card, Descriptions, Flex, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { pointsApi } from './api';
import { STATUS_COLORS } from './ClaimCard';
import { ClaimPhotos } from './ClaimPhotos';
import { usePointsMutation } from './queries';
import { formatTime, PointsTag } from './shared';

const OPEN = new Set(['draft', 'pending', 'returned']);
type Step = 'submit' | 'resubmit' | 'withdraw';
const STEP_ACTIONS: ReadonlySet<string> = new Set<Step>(['submit', 'resubmit', 'withdraw']);

/**
 * One of my claims (我的申报): where it stands, the reason it came back, its photos; a photo can be
 * added while it is not yet decided, and the steps the server offers (提交、重新提交、撤回) are
 * buttons.
 */
export function MyClaimCard({ claim }: { claim: ClaimView }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const upload = usePointsMutation((files: File[]) => pointsApi.addEvidence(claim.id, files));
  const act = usePointsMutation((action: Step) => pointsApi.act(claim.id, action));
  const steps = claim.actions.filter((a) => STEP_ACTIONS.has(a.action));
  const waitsForPhoto = steps.some((a) => a.missing === 'evidence');
  const run = (action: Step) =>
    act.mutate(action, {
      onSuccess: (c) => message.success(t(`points.status.${c.status}`)),
      onError: (e) => message.error(errorText(e)),
    });
  return (
    <Card
      size="small"
      data-testid={`my-claim-${claim.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{claim.householdNo ? `${claim.holderName}（${claim.householdNo}）` : claim.holderName}</span>
          <PointsTag value={claim.points} />
        </Flex>
      }
      extra={
        <Tag color={STATUS_COLORS[claim.status]} data-testid="my-claim-status">
          {t(`points.status.${claim.status}`)}
        </Tag>
      }
    >
      {claim.status === 'returned' && claim.reason && (
        <Typography.Paragraph data-testid="my-claim-reason" style={{ marginBottom: 8 }}>
          <Tag color="orange">{t('points.returnReason')}</Tag>
          {claim.reason}
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'rule', label: t('points.rule'), children: `${claim.ruleCode} ${claim.ruleName}` },
          { key: 'date', label: t('points.occurredOn'), children: claim.occurredOn },
          { key: 'at', label: t('points.proposer'), children: formatTime(claim.proposedAt) },
          ...(claim.decidedByName
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
      <ClaimPhotos photos={claim.evidence} size={64} />
      {waitsForPhoto && (
        <Typography.Text type="warning" style={{ display: 'block', marginTop: 8 }}>
          {t('points.mine.needsPhoto')}
        </Typography.Text>
      )}
      {OPEN.has(claim.status) && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            multiple
            showUploadList={false}
            beforeUpload={(_file, list) => {
              // Called once per file; send the whole selection with the last one.
              if (_file === list[list.length - 1])
                upload.mutate(list, {
                  onSuccess: () => message.success(t('points.mine.photoAdded')),
                  onError: (e) => message.error(errorText(e)),
                });
              return false;
            }}
          >
            <Button size="large" loading={upload.isPending} data-testid="my-claim-add-photo">
              {t('points.mine.addPhoto')}
            </Button>
          </Upload>
          {steps.map((a) => (
            <Button
              key={a.action}
              size="large"
              type={a.action === 'withdraw' ? 'default' : 'primary'}
              danger={a.action === 'withdraw'}
              disabled={a.missing !== null}
              loading={act.isPending && act.variables === a.action}
              data-testid={`my-claim-action-${a.action}`}
              onClick={() =>
                a.action === 'withdraw'
                  ? modal.confirm({
                      title: t('points.mine.withdrawConfirm'),
                      onOk: () => run(a.action as Step),
                    })
                  : run(a.action as Step)
              }
            >
              {i18n.language.startsWith('en') ? a.label.en : a.label.zh}
            </Button>
          ))}
        </Flex>
      )}
    </Card>
  );
}
