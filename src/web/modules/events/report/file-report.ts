import type { ReportCategory } from '../../../../contracts/api/events-report';
import { isNetworkError, reportServer } from './api';
import { queuedReport, sendReport } from './offline-queue';
import { idbQueue } from './queue-store';
import type { Draft } from './ReportForm';
import { notifyQueueChanged } from './sync';

export type Filed = { step: 'sent' | 'offline' | 'details'; problem?: string };

/**
 * 提交: the report is kept on the phone first (with its key), then sent unless the browser is
 * offline. A refusal before the event exists sends the user back to the form; one after (a
 * photo) leaves the event filed, so it is never filed twice.
 */
export const fileReport = async (c: ReportCategory, draft: Draft): Promise<Filed> => {
  const report = queuedReport(
    {
      categoryId: c.id,
      description: draft.description.trim(),
      address: draft.address.trim() || undefined,
      location: draft.spot ? { ...draft.spot, datum: 'wgs84' } : undefined,
      // A category that asks for a photo is filed once its photos are there (draft, then submit).
      draft: c.requiredFields.includes('photo') ? true : undefined,
    },
    draft.photos,
    `${c.name}：${draft.description.trim().slice(0, 20)}`,
  );
  await idbQueue.put(report);
  notifyQueueChanged();
  if (!navigator.onLine) return { step: 'offline' };
  const result = await sendReport(report, idbQueue, reportServer, isNetworkError);
  notifyQueueChanged();
  if (result.outcome === 'sent') return { step: 'sent' };
  if (result.outcome === 'offline') return { step: 'offline' };
  await idbQueue.remove(report.key);
  notifyQueueChanged();
  return { step: result.eventId ? 'sent' : 'details', problem: result.message };
};
