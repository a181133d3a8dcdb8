import { useCallback, useRef, useState } from 'react';
import type { JobStatusT } from '../../../core/api/contract.ts';
import { WorkbenchError } from '../../../core/errors.ts';
import { api } from '../api.ts';

const POLL_MS = 150;

/** A job id the backend accepts; random so two windows never share one. */
function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function isCancelled(error: unknown): boolean {
  return error instanceof WorkbenchError && error.code === 'CANCELLED';
}

/**
 * Runs one long call as a job (service/jobs.ts): polls its progress while it runs, for a
 * progress bar, and lets the user cancel it.
 */
export function useJob() {
  const [status, setStatus] = useState<JobStatusT | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<string | null>(null);

  const run = useCallback(async <T>(start: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId();
    current.current = jobId;
    setStatus(null);
    setCancelling(false);
    setRunning(true);
    const timer = setInterval(() => {
      void api.jobProgress({ jobId }).then(
        (latest) => current.current === jobId && latest && setStatus(latest),
        () => {},
      );
    }, POLL_MS);
    try {
      return await start(jobId);
    } finally {
      clearInterval(timer);
      current.current = null;
      setRunning(false);
      setStatus(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setCancelling(true);
    void api.cancelJob({ jobId });
  }, []);

  return { running, status, cancelling, run, cancel };
}

export type JobHandle = ReturnType<typeof useJob>;
