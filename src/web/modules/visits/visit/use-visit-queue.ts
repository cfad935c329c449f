import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { QueuedVisit, VisitFlushResult } from './visit-queue';
import { idbVisitQueue } from './visit-queue-store';
import { notifyVisitQueueChanged, onVisitQueueChanged, sendWaitingVisits } from './visit-sync';

/** The visits waiting on this phone, and 立即发送. */
export const useVisitQueue = () => {
  const client = useQueryClient();
  const [waiting, setWaiting] = useState<QueuedVisit[]>([]);
  const [sending, setSending] = useState(false);
  const [lastSend, setLastSend] = useState<VisitFlushResult | null>(null);

  const refresh = useCallback(async () => {
    const all = await idbVisitQueue.all().catch(() => []);
    setWaiting(all.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt)));
    void client.invalidateQueries({ queryKey: ['visitsVisit'] });
  }, [client]);

  useEffect(() => {
    void refresh();
    return onVisitQueueChanged((flushed) => {
      if (flushed) setLastSend(flushed);
      void refresh();
    });
  }, [refresh]);

  const sendNow = useCallback(async () => {
    setSending(true);
    try {
      await sendWaitingVisits();
    } finally {
      setSending(false);
    }
  }, []);

  const remove = useCallback(async (key: string) => {
    await idbVisitQueue.remove(key);
    notifyVisitQueueChanged();
  }, []);

  return { waiting, sending, lastSend, sendNow, remove };
};
