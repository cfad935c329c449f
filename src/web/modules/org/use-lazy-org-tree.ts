import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../contracts/api/org';
import { orgApi } from './api';
import { orgKey } from './queries';

export type OrgNode = { key: string; title: string; isLeaf: boolean; org: Org; children?: OrgNode[] };

/** 中共平马镇委员会（党员 210）: the members of the organization and of all below it, as its detail counts them. */
const nodeOf =
  (t: TFunction) =>
  (o: Org): OrgNode => ({
    key: o.id,
    title: t('org.treeTitle', { name: o.name, count: o.subtreeMemberCount }),
    isLeaf: o.childCount === 0,
    org: o,
  });

const attach = (nodes: OrgNode[], key: string, children: OrgNode[]): OrgNode[] =>
  nodes.map((n) =>
    n.key === key
      ? { ...n, children }
      : n.children
        ? { ...n, children: attach(n.children, key, children) }
        : n,
  );

/** The organization tree, each level fetched when opened; `reset` reloads after a change. */
export const useLazyOrgTree = () => {
  const client = useQueryClient();
  const { t } = useTranslation();
  const [nodes, setNodes] = useState<OrgNode[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    void client
      .fetchQuery({ queryKey: [...orgKey, 'tree', null, generation], queryFn: () => orgApi.tree() })
      .then((r) => {
        if (!live) return;
        setNodes(r.items.map(nodeOf(t)));
        setLoadedKeys([]);
        setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [client, generation, t]);
  const loadData = useCallback(
    async (node: { key: React.Key }) => {
      const key = String(node.key);
      const r = await orgApi.tree(key);
      setNodes((prev) => attach(prev, key, r.items.map(nodeOf(t))));
      setLoadedKeys((prev) => [...prev, key]);
    },
    [t],
  );
  return { nodes, loadData, loadedKeys, loading, reset: () => setGeneration((g) => g + 1) };
};
