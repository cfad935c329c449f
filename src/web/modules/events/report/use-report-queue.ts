import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { QueuedReport } from './offline-queue';
import { idbQueue } from './queue-store';
import { notifyQueueChanged, onQueueChanged, sendWaiting } from './sync';

/** The reports waiting on this phone, whether the browser is online, and 立即发送. */
export const useReportQueue = () => {
  const client = useQueryClient();
  const [waiting, setWaiting] = useState<QueuedReport[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  const [lastSend, setLastSend] = useState<{ sent: number; waiting: number } | null>(null);

  const refresh = useCallback(async () => {
    const all = await idbQueue.all().catch(() => []);
    setWaiting(all.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt)));
    void client.invalidateQueries({ queryKey: ['eventsReport', 'mine'] });
  }, [client]);

  useEffect(() => {
    void refresh();
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    const stop = onQueueChanged((flushed) => {
      if (flushed) setLastSend(flushed);
      void refresh();
    });
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      stop();
    };
  }, [refresh]);

  const sendNow = useCallback(async () => {
    setSending(true);
    try {
      await sendWaiting();
    } finally {
      setSending(false);
    }
  }, []);

  const remove = useCallback(async (key: string) => {
    await idbQueue.remove(key);
    notifyQueueChanged();
  }, []);

  return { waiting, online, sending, lastSend, sendNow, remove };
};
