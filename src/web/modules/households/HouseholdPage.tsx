import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  SolutionOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Person } from '../../../contracts/api/households';
import { povertyStatus } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { HouseholdFlagsCard } from '../assessments/flags/HouseholdFlagsCard';
import { HouseholdBenefitsCard } from '../economy/assets/HouseholdBenefitsCard';
import { HouseholdEventsCard } from '../events/handle/HouseholdEventsCard';
import { HouseholdPointsCard } from '../points/HouseholdPointsCard';
import { ReportRiskButton } from '../visits/clues/ReportRiskButton';
import { HouseholdVisitsCard } from '../visits/visit/HouseholdVisitsCard';
import type { PiiField } from './api';
import { HouseholdFormModal } from './HouseholdFormModal';
import { MembersTable } from './MembersTable';
import { MovePersonModal } from './MovePersonModal';
import { PersonFormModal } from './PersonFormModal';
import { GridCard, HistoryCard } from './ProfileCards';
import { useDeleteHousehold, useHouseholdProfile, useRestoreHousehold, useRestorePerson } from './queries';
import { RevealModal } from './RevealModal';

/** 一户一档: one household with its members, grid, helper, moves and the slots later modules fill. */
export default function HouseholdPage() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const me = useCurrentUser();
  const coded = useCoded();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const profile = useHouseholdProfile(householdId);
  const removeHousehold = useDeleteHousehold();
  const restoreHousehold = useRestoreHousehold();
  const restorePerson = useRestorePerson();
  const [editing, setEditing] = useState(false);
  const [personForm, setPersonForm] = useState<{ person?: Person } | null>(null);
  const [moving, setMoving] = useState<Person | null>(null);
  const [revealing, setRevealing] = useState<{ person: Person; field: PiiField } | null>(null);
  const [deleted, setDeleted] = useState<Person[]>([]);

  const back = (
    <Link to="/households">
      <ArrowLeftOutlined /> {t('households.back')}
    </Link>
  );
  if (profile.isPending) return <Skeleton active />;
  if (profile.isError) return <Result status="warning" title={errorText(profile.error)} extra={back} />;

  const { household: h, members } = profile.data;
  const writable = can(me.role, 'households.write');
  const editable = writable && !h.deleted;
  const run = (p: Promise<unknown>, done: string) =>
    p.then(
      () => message.success(done),
      (error) => message.error(errorText(error)),
    );

  return (
    <Flex vertical gap={16}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="profile-title">
          {h.headName ?? '—'} · {h.householdNo}{' '}
          <Tag
            color={
              h.povertyStatus === 'monitored' ? 'orange' : h.povertyStatus === 'escaped' ? 'green' : 'default'
            }
          >
            {coded.label(povertyStatus, h.povertyStatus)}
          </Tag>
          {profile.data.partyMembers.some((m) => m.plaque) && (
            <Tag color="red" data-testid="profile-plaque">
              {t('households.plaque')}
            </Tag>
          )}
        </Typography.Title>
        {can(me.role, 'visits.record') && !h.deleted && (
          <Link to={`/visits/new?householdId=${h.id}`} data-testid="household-visit">
            <Button type="primary" icon={<SolutionOutlined />} tabIndex={-1}>
              {t('visitsVisit.start')}
            </Button>
          </Link>
        )}
        {writable && (
          <Flex wrap gap={8}>
            {editable && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="household-edit">
                {t('households.editHousehold')}
              </Button>
            )}
            {editable && <ReportRiskButton householdId={h.id} />}
            {h.deleted ? (
              <Button
                icon={<UndoOutlined />}
                loading={restoreHousehold.isPending}
                onClick={() => run(restoreHousehold.mutateAsync(h.id), t('households.restored'))}
                data-testid="household-restore"
              >
                {t('households.restoreHousehold')}
              </Button>
            ) : (
              <Popconfirm
                title={t('households.deleteHouseholdConfirm')}
                okButtonProps={{ danger: true }}
                onConfirm={() => run(removeHousehold.mutateAsync(h.id), t('households.householdDeleted'))}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="household-delete">
                  {t('households.deleteHousehold')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
      {h.deleted && <Alert type="warning" showIcon title={t('households.deletedBanner')} />}
      <Card size="small" title={t('households.profile')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          data-testid="profile-household"
          items={[
            { key: 'no', label: t('households.householdNo'), children: h.householdNo },
            { key: 'village', label: t('households.village'), children: h.regionName },
            { key: 'address', label: t('households.address'), children: h.address ?? '—' },
            { key: 'count', label: t('households.memberCount'), children: h.memberCount },
            {
              key: 'income',
              label: t('households.incomePerCapita'),
              children: h.incomePerCapita?.toLocaleString() ?? '—',
            },
            {
              key: 'relocated',
              label: t('households.relocated'),
              children: h.relocated
                ? `${t('common.yes')}${h.relocationSite ? `（${h.relocationSite}）` : ''}`
                : t('common.no'),
            },
            { key: 'helper', label: t('households.helperName'), children: h.helperName ?? '—' },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('households.members')}
        extra={
          editable && (
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setPersonForm({})}
              data-testid="person-add"
            >
              {t('households.addPerson')}
            </Button>
          )
        }
      >
        {deleted.map((p) => (
          <Alert
            key={p.id}
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('households.personDeleted', { name: p.name })}
            action={
              <Button
                size="small"
                loading={restorePerson.isPending}
                onClick={() =>
                  run(restorePerson.mutateAsync(p.id), t('households.restored')).then(() =>
                    setDeleted((list) => list.filter((x) => x.id !== p.id)),
                  )
                }
                data-testid={`person-restore-${p.id}`}
              >
                {t('households.undo')}
              </Button>
            }
          />
        ))}
        <MembersTable
          members={members}
          editable={editable}
          onEdit={(person) => setPersonForm({ person })}
          onMove={setMoving}
          onDeleted={(p) => setDeleted((list) => [...list, p])}
          onReveal={(person, field) => setRevealing({ person, field })}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <GridCard profile={profile.data} />
        </Col>
        <Col xs={24} lg={12}>
          <HistoryCard profile={profile.data} />
        </Col>
        <Col xs={24} md={8}>
          <HouseholdPointsCard title={t('households.points')} points={profile.data.points} />
        </Col>
        {/* 入户走访 (visits, visit part: 十问十清) */}
        <Col xs={24} md={8}>
          <HouseholdVisitsCard visits={profile.data.visits} />
        </Col>
        <Col xs={24} md={8}>
          <HouseholdEventsCard events={profile.data.events} />
        </Col>
        {/* 红旗户 (assessments, 争创五旗) */}
        <Col xs={24} md={8}>
          <HouseholdFlagsCard flags={profile.data.flags} />
        </Col>
        {/* 利益联结 (economy, assets part) */}
        <Col xs={24} md={8}>
          <HouseholdBenefitsCard benefits={profile.data.economyBenefits} />
        </Col>
      </Row>
      {editing && <HouseholdFormModal household={h} members={members} onClose={() => setEditing(false)} />}
      {personForm && (
        <PersonFormModal householdId={h.id} person={personForm.person} onClose={() => setPersonForm(null)} />
      )}
      {moving && <MovePersonModal person={moving} onClose={() => setMoving(null)} />}
      {revealing && <RevealModal {...revealing} onClose={() => setRevealing(null)} />}
    </Flex>
  );
}
