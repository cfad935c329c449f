import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { figuresApi } from './api';

/** The catalogue's figures as Select options grouped by their module (驾驶舱 and 一表通 choose from it). */
export const useFigureOptions = (lang: 'zh' | 'en') => {
  const catalogue = useQuery({ queryKey: ['figures'], queryFn: figuresApi.catalogue, staleTime: Infinity });
  const options = useMemo(() => {
    const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const f of catalogue.data?.items ?? []) {
      const group = groups.get(f.module) ?? { label: f.moduleLabel[lang], options: [] };
      group.options.push({ value: f.key, label: `${f.label[lang]}（${f.unit[lang]}）` });
      groups.set(f.module, group);
    }
    return [...groups.values()];
  }, [catalogue.data, lang]);
  return { options, loading: catalogue.isLoading };
};
