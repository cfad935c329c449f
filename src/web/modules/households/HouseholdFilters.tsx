import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdFilters as Filters } from '../../../contracts/api/households';
import { labourCapacity, leftBehind, povertyStatus } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';

/** One search box (the API reads what was typed: ID, phone, last 4, initials, number, name) and filters. */
export function HouseholdFilters({
  value,
  onChange,
  showDeleted,
}: {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
  showDeleted?: boolean;
}) {
  const { t } = useTranslation();
  // Two filters a row on a phone, one row on a wide screen.
  const select = { allowClear: true, style: { flex: '1 1 140px', maxWidth: 200 } } as const;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('households.searchPlaceholder')}
        aria-label={t('households.searchPlaceholder')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 340, maxWidth: '100%' }}
        data-testid="household-search"
      />
      <div style={{ flex: '1 1 200px', maxWidth: 260 }}>
        <RegionPicker
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          data-testid="household-filter-region"
        />
      </div>
      <CodedSelect
        {...select}
        placeholder={t('households.allStatuses')}
        aria-label={t('households.povertyStatus')}
        value={value.povertyStatus}
        coded={povertyStatus}
        onChange={(v) => onChange({ povertyStatus: v })}
      />
      <CodedSelect
        {...select}
        placeholder={t('households.allLabour')}
        aria-label={t('households.labour')}
        value={value.labour}
        coded={labourCapacity}
        onChange={(v) => onChange({ labour: v })}
      />
      <CodedSelect
        {...select}
        placeholder={t('households.allLeftBehind')}
        aria-label={t('households.leftBehind')}
        value={value.leftBehind}
        coded={leftBehind}
        onChange={(v) => onChange({ leftBehind: v })}
      />
      <Select
        {...select}
        placeholder={t('households.relocatedAll')}
        aria-label={t('households.relocated')}
        value={value.relocated}
        options={[
          { value: 'true', label: t('households.relocatedYes') },
          { value: 'false', label: t('households.relocatedNo') },
        ]}
        onChange={(v) => onChange({ relocated: v })}
      />
      {showDeleted && (
        <Checkbox
          checked={value.includeDeleted === 'true'}
          onChange={(e) => onChange({ includeDeleted: e.target.checked ? 'true' : undefined })}
          style={{ alignSelf: 'center' }}
        >
          {t('households.includeDeleted')}
        </Checkbox>
      )}
    </Flex>
  );
}
