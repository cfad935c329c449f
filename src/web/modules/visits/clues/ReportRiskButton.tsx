import { AlertOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { ScreeningForm } from './ScreeningForm';

const SCREENERS = new Set(['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker']);

/** 上报返贫风险 on the household page (一户一档): for the roles that screen (clues/policy.ts mayScreen). */
export function ReportRiskButton({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!SCREENERS.has(me.role)) return null;
  return (
    <>
      <Button icon={<AlertOutlined />} onClick={() => setOpen(true)} data-testid="household-report-risk">
        {t('visitsClues.screening.button')}
      </Button>
      {open && (
        <Modal
          open
          title={t('visitsClues.screening.title')}
          onCancel={() => setOpen(false)}
          footer={null}
          destroyOnHidden
        >
          <ScreeningForm householdId={householdId} onDone={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}
