import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Pagination, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendingLevel } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { TeamFilters } from './api';
import { CadresExcel } from './CadresExcel';
import { CreateTeamModal } from './CreateTeamModal';
import { useWorkTeamStats, useWorkTeams } from './queries';
import { TeamCard } from './TeamCard';

/** 驻村工作队: counts by sending level, then one card per team (readable on a phone). */
export default function WorkTeamsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const coded = useCoded();
  const errorText = useErrorText();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [filters, setFilters] = useState<TeamFilters>({});
  const filterBy = (change: TeamFilters) => {
    setFilters((f) => ({ ...f, ...change }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  const teams = useWorkTeams({ ...page, ...filters });
  const stats = useWorkTeamStats();
  const [creating, setCreating] = useState(false);
  const mayWrite = can(me.role, 'cadres.write');
  const s = stats.data;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cadres.teamsTitle')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('cadres.createTeam')}
            </Button>
          )}
          <CadresExcel sheet="workTeams" filters={filters} mayImport={mayWrite} />
        </Flex>
      </Flex>
      {s && (
        <Row gutter={[12, 12]}>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('cadres.statTeams')} value={s.teams} />
            </Card>
          </Col>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('cadres.statMembers')} value={s.members} />
            </Card>
          </Col>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('cadres.statFirstSecretaries')} value={s.firstSecretaries} />
            </Card>
          </Col>
          {s.bySendingLevel.map((l) => (
            <Col key={l.sendingLevel} xs={12} md={6}>
              <Card size="small">
                <Statistic title={coded.label(sendingLevel, l.sendingLevel)} value={l.members} />
                <Typography.Text type="secondary">
                  {t('cadres.byLevel', { teams: l.teams, members: l.members })}
                </Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Flex wrap gap={8}>
        <div style={{ width: 220, maxWidth: '100%' }}>
          <RegionPicker
            allowedLevels={['township', 'village']}
            value={filters.regionCode}
            onChange={(regionCode) => filterBy({ regionCode })}
            data-testid="teams-region-filter"
          />
        </div>
        <CodedSelect
          allowClear
          placeholder={t('cadres.sendingLevel')}
          aria-label={t('cadres.sendingLevel')}
          style={{ width: 160, maxWidth: '100%' }}
          coded={sendingLevel}
          onChange={(sendingLevel) => filterBy({ sendingLevel })}
        />
      </Flex>
      {teams.isError && <Typography.Paragraph type="danger">{errorText(teams.error)}</Typography.Paragraph>}
      {teams.data?.items.length === 0 && (
        <Card>
          <Empty description={t('cadres.teamsEmpty')} />
        </Card>
      )}
      <Row gutter={[12, 12]}>
        {teams.data?.items.map((team) => (
          <Col key={team.id} xs={24} lg={12}>
            <TeamCard team={team} mayWrite={mayWrite} />
          </Col>
        ))}
      </Row>
      {(teams.data?.total ?? 0) > page.pageSize && (
        <Pagination
          current={page.page}
          pageSize={page.pageSize}
          total={teams.data?.total}
          onChange={(p, pageSize) => setPage({ page: p, pageSize })}
        />
      )}
      {creating && <CreateTeamModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}
