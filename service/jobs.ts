/**
 * Long operations (file import, TMX import, export) as jobs the user can watch and cancel.
 * The caller names a job with an id of its own; the page polls `jobProgress` with that id while
 * the call runs, which works the same over IPC, HTTP and direct calls. A job gives way to the
 * event loop at each checkpoint, so progress and cancel requests are answered meanwhile.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Checkpoint, JobStatusT } from '../core/api/job-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';

/** How many finished jobs stay visible, so the last poll still sees how each ended. */
const KEEP_FINISHED = 50;

export class Job {
  private status: JobStatusT = { state: 'running', phase: 'reading', done: 0, total: 0 };
  private cancelRequested = false;

  get current(): JobStatusT {
    return this.status;
  }

  requestCancel(): void {
    this.cancelRequested = true;
  }

  /** Records progress, lets other calls in, and stops the job here if the user cancelled it. */
  readonly checkpoint: Checkpoint = async (phase, done, total) => {
    this.status = { state: 'running', phase, done, total };
    await nextTurn();
    if (this.cancelRequested) throw new WorkbenchError('CANCELLED', 'Cancelled: nothing was saved');
  };

  end(state: Exclude<JobStatusT['state'], 'running'>): void {
    this.status = { ...this.status, state };
  }
}

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  /**
   * Runs work as a job, registered under the caller's id when there is one. A job cancelled
   * before its call arrived (the request and the cancel raced) stops at its first checkpoint.
   */
  async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
    const job = (jobId !== undefined && this.jobs.get(jobId)) || new Job();
    if (jobId !== undefined) this.remember(jobId, job);
    try {
      const result = await work(job);
      job.end('finished');
      return result;
    } catch (error) {
      job.end(error instanceof WorkbenchError && error.code === 'CANCELLED' ? 'cancelled' : 'failed');
      throw error;
    }
  }

  progress(jobId: string): JobStatusT | null {
    return this.jobs.get(jobId)?.current ?? null;
  }

  cancel(jobId: string): void {
    const running = this.jobs.get(jobId);
    if (running) return running.requestCancel();
    // Not started yet: remembered as cancelled (and so prunable), and stopped if it does start.
    const early = new Job();
    early.requestCancel();
    early.end('cancelled');
    this.remember(jobId, early);
  }

  private remember(jobId: string, job: Job): void {
    this.jobs.delete(jobId);
    this.jobs.set(jobId, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEEP_FINISHED) break;
      if (old.current.state !== 'running') this.jobs.delete(id);
    }
  }
}
