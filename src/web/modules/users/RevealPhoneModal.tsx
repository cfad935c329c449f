import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';
import { RevealValueModal } from '../../app/components/RevealValueModal';
import { useRevealPhone } from './queries';

/** The full phone number is shown only after the viewer states a purpose, which the server audits. */
export function RevealPhoneModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const reveal = useRevealPhone();
  return (
    <RevealValueModal
      texts={{
        title: `${t('users.revealTitle')} · ${user.displayName}`,
        notice: t('users.revealNotice'),
        valueLabel: t('users.revealValue'),
        submit: t('users.reveal'),
        purpose: t('users.purpose'),
        purposeRequired: t('users.purposeRequired'),
        purposeLength: t('users.purposeLength'),
        purposePlaceholder: t('users.purposePlaceholder'),
      }}
      reveal={{ ...reveal, mutate: (purpose, o) => reveal.mutate({ userId: user.id, purpose }, o) }}
      testIdPrefix="phone-reveal"
      purposeTestId="phone-reveal-purpose"
      onClose={onClose}
    />
  );
}
