import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '../../app/use-debounced';
import { pointsApi } from './api';

export type HolderOption = { value: string; label: string; regionCode: string };

/** Households (文明积分) or party members (党员积分) found by name or household number. */
export const useHolderSearch = (system: 'civil' | 'member', term: string, enabled = true) => {
  const q = useDebounced(term.trim(), 300);
  return useQuery({
    queryKey: ['points', 'holder-search', system, q],
    enabled: enabled && q.length > 0,
    queryFn: async (): Promise<HolderOption[]> =>
      system === 'civil'
        ? (await pointsApi.households(q)).items.map((h) => ({
            value: h.id,
            label: `${h.headName ?? '—'} · ${h.householdNo} · ${h.regionName}`,
            regionCode: h.regionCode,
          }))
        : (await pointsApi.members(q)).items.map((m) => ({
            value: m.id,
            label: `${m.name} · ${m.orgName}`,
            regionCode: m.regionCode,
          })),
  });
};

/**
 * A fresh random key (UUID v4) for one form: a double tap or a retry posts once. Built from
 * getRandomValues because randomUUID exists only on https pages, and village servers may be plain http.
 */
export const newIdempotencyKey = (): string => {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
