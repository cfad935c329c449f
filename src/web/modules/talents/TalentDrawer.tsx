import { Alert, Descriptions, Drawer, Flex, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { talentCategory, talentStatus } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { useTalent } from './queries';
import { TalentActions } from './TalentActions';
import { TalentFormModal } from './TalentFormModal';

/** One talent: its fields, the review history, and the actions of the current step. */
export function TalentDrawer({ talentId, onClose }: { talentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const mobile = useIsMobile();
  const talent = useTalent(talentId);
  const [editing, setEditing] = useState(false);
  const d = talent.data;

  return (
    <Drawer open onClose={onClose} title={d?.name} size={mobile ? '100%' : 480} loading={!d}>
      {d && (
        <Flex vertical gap={16}>
          {d.returnComment && (
            <Alert type="warning" showIcon message={`${t('talents.returnComment')}：${d.returnComment}`} />
          )}
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('talents.status')}>
              {coded.label(talentStatus, d.status)}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents.village')}>{d.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('talents.category')}>
              {coded.label(talentCategory, d.category)}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents.tags')}>
              {d.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents.phone')}>{d.phoneMasked ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talents.skills')}>{d.skills ?? '—'}</Descriptions.Item>
          </Descriptions>
          <TalentActions talent={d} onEdit={() => setEditing(true)} />
          <Typography.Title level={5}>{t('talents.reviews')}</Typography.Title>
          <Timeline
            items={d.reviews.map((r) => ({
              color: r.decision === 'return' ? 'red' : 'green',
              content: (
                <>
                  {t(`talents.steps.${r.step}`)} · {t(`talents.decisions.${r.decision}`)} ·{' '}
                  {r.reviewerName ?? ''}{' '}
                  <Typography.Text type="secondary">{dayjs(r.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  {r.comment && <div>{r.comment}</div>}
                </>
              ),
            }))}
          />
        </Flex>
      )}
      {editing && d && <TalentFormModal talent={d} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}
