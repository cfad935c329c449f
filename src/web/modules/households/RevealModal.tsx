import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { RevealValueModal, PurposeField as SharedPurposeField } from '../../app/components/RevealValueModal';
import type { PiiField } from './api';
import { useRevealPerson } from './queries';

const usePurposeTexts = () => {
  const { t } = useTranslation();
  return {
    title: '',
    notice: t('households.revealNotice'),
    valueLabel: '',
    submit: t('households.reveal'),
    purpose: t('households.purpose'),
    purposeRequired: t('households.purposeRequired'),
    purposeLength: t('households.purposeLength'),
    purposePlaceholder: t('households.purposePlaceholder'),
  };
};

/** The full ID number or phone, shown only after the viewer states a purpose (audited by the server). */
export function RevealModal({
  person,
  field,
  onClose,
}: {
  person: Person;
  field: PiiField;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reveal = useRevealPerson();
  const texts = usePurposeTexts();
  const fieldLabel = field === 'idNumber' ? t('households.idNumber') : t('households.phone');
  return (
    <RevealValueModal
      texts={{
        ...texts,
        title: `${t('households.revealTitle')} · ${person.name} · ${fieldLabel}`,
        valueLabel: fieldLabel,
      }}
      reveal={{ ...reveal, mutate: (purpose, o) => reveal.mutate({ id: person.id, field, purpose }, o) }}
      testIdPrefix="pii-reveal"
      purposeTestId="pii-purpose"
      onClose={onClose}
    />
  );
}

/** The purpose text area, shared by reveal and full export. */
export function PurposeField() {
  return <SharedPurposeField texts={usePurposeTexts()} testId="pii-purpose" />;
}
