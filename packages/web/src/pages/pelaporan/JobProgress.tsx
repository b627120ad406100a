import { useEffect, useState } from 'react';
import { messageOf } from '../../api/error.ts';
import { id } from '../../i18n/id.ts';
import type { Scope } from '../../model/scope.ts';
import { buttonClass } from '../../ui/index.ts';
import { getReport, reportPaths } from './api.ts';
import { isFinished, stepOf } from './report-model.ts';
import type { ReportJob } from './types.ts';

const t = id.pelaporan;
const POLL_MS = 1000;

interface JobProgressProps {
  scope: Scope;
  job: ReportJob;
  onFinished: (job: ReportJob) => void;
}

/** The live progress of one job (polled each second), then its download link or its error. */
export function JobProgress({ scope, job: started, onFinished }: JobProgressProps) {
  const [job, setJob] = useState(started);
  const [pollError, setPollError] = useState<unknown>(null);

  useEffect(() => {
    setJob(started);
    if (isFinished(started.status)) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await getReport(scope.pemda, scope.opd, started.id, controller.signal);
        if (controller.signal.aborted) return;
        setJob(next);
        setPollError(null);
        if (isFinished(next.status)) return onFinished(next);
      } catch (e) {
        if (controller.signal.aborted) return;
        setPollError(e);
      }
      timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS / 2);
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // a new job id starts a new poll; onFinished is the parent's callback
  }, [started.id, scope.pemda, scope.opd]);

  const step = stepOf(job.status, job.progress);
  return (
    <div className="job-progress" data-status={job.status}>
      <div className="job-progress__head">
        <strong>{t.kinds[job.kind]}</strong>
        <span aria-live="polite">{t.steps[step]}</span>
      </div>
      <progress className="job-progress__bar" max={100} value={job.progress} aria-label={t.progressLabel}>
        {job.progress} %
      </progress>
      {job.status === 'done' && job.fileName ? (
        <a className={buttonClass('primary')} href={reportPaths.download(scope.pemda, scope.opd, job.id)} download={job.fileName}>
          {t.downloadFile(job.fileName)}
        </a>
      ) : null}
      {job.status === 'failed' ? (
        <p className="job-progress__error" role="alert">
          {job.error}
        </p>
      ) : null}
      {pollError ? <p className="job-progress__error">{messageOf(pollError)}</p> : null}
    </div>
  );
}
