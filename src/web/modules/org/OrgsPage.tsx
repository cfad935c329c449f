import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Space, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../contracts/api/org';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { ExcelActions } from '../../app/components/excel/ExcelActions';
import { CoverageCard } from './CoverageCard';
import { OrgDetailCard } from './OrgDetailCard';
import { OrgFormModal } from './OrgFormModal';
import { useLazyOrgTree } from './use-lazy-org-tree';

export default function OrgsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const tree = useLazyOrgTree();
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<{ parent?: Org | null; org?: Org } | null>(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('org.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'org.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ parent: null })}
              data-testid="org-create"
            >
              {t('org.create')}
            </Button>
          )}
          <ExcelActions registry="orgs" filters={{}} mayImport={can(me.role, 'org.write')} />
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card data-testid="org-tree">
            {tree.nodes.length === 0 && !tree.loading ? (
              <Empty description={t('org.empty')} />
            ) : (
              <Tree
                treeData={tree.nodes}
                loadData={tree.loadData}
                loadedKeys={tree.loadedKeys}
                onSelect={(keys) => setSelected((keys[0] as string) ?? null)}
              />
            )}
            <Typography.Text type="secondary" data-testid="org-tree-note">
              {t('org.treeCountNote')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <OrgDetailCard
            orgId={selected}
            onCreateChild={(parent) => setForm({ parent })}
            onEdit={(org) => setForm({ org })}
            onDeleted={() => setSelected(null)}
          />
        </Col>
      </Row>
      <CoverageCard />
      {form && (
        <OrgFormModal
          {...form}
          onClose={() => {
            setForm(null);
            tree.reset();
          }}
        />
      )}
    </Space>
  );
}
