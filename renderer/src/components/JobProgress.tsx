import type { JobPhaseT } from '../../../core/api/contract.ts';
import type { JobHandle } from '../hooks/useJob.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

const PHASE_LABELS: Record<JobPhaseT, MessageKey> = {
  reading: 'jobReading',
  drafting: 'jobDrafting',
  building: 'jobBuilding',
  saving: 'jobSaving',
};

/** What a long operation is doing and how far it has got, with Cancel; indeterminate until the backend knows a total. */
export function JobProgress({ job }: { job: JobHandle }) {
  const t = useT();
  if (!job.running) return null;
  const { status } = job;
  const known = status !== null && status.total > 0;
  const percent = known ? Math.floor((100 * status.done) / status.total) : null;
  return (
    <div className="job-progress" role="status" data-testid="job-progress">
      <span className="job-phase">
        {t(job.cancelling ? 'jobCancelling' : status ? PHASE_LABELS[status.phase] : 'jobStarting')}
        {percent !== null && ` ${t('jobPercent', { percent })}`}
      </span>
      <progress aria-label={t('jobProgressLabel')} max={known ? status.total : undefined} value={known ? status.done : undefined} />
      <button type="button" onClick={job.cancel} disabled={job.cancelling} data-testid="job-cancel">
        {t('jobCancel')}
      </button>
    </div>
  );
}
