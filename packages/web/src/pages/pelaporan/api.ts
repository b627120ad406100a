/** The report endpoints; paths are built here and nowhere else in the page. */
import { api } from '../../api/client.ts';
import type { Finding } from '../../api/types.ts';
import type { Narratives, NarrativeSection, ReportJob, ReportRequest } from './types.ts';

const enc = encodeURIComponent;

export const reportPaths = {
  list: (pemda: string, opd: string) => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/reports`,
  job: (pemda: string, opd: string, job: string) => `${reportPaths.list(pemda, opd)}/${enc(job)}`,
  download: (pemda: string, opd: string, job: string) => `${reportPaths.job(pemda, opd, job)}/download`,
  findings: (pemda: string, opd: string, job: string) => `${reportPaths.job(pemda, opd, job)}/findings`,
  narratives: (pemda: string, opd: string, year: number, kind: string) =>
    `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans/${year}/narratives/${enc(kind)}`,
};

export const requestReport = (pemda: string, opd: string, body: ReportRequest) =>
  api.request<{ job: ReportJob }>('POST', reportPaths.list(pemda, opd), body);
export const listReports = (pemda: string, opd: string, signal?: AbortSignal) => api.get<ReportJob[]>(reportPaths.list(pemda, opd), signal);
export const getReport = (pemda: string, opd: string, job: string, signal?: AbortSignal) =>
  api.get<ReportJob>(reportPaths.job(pemda, opd, job), signal);
export const getReportFindings = (pemda: string, opd: string, job: string, signal?: AbortSignal) =>
  api.get<Finding[]>(reportPaths.findings(pemda, opd, job), signal);
export const getNarratives = (pemda: string, opd: string, year: number, kind: string, signal?: AbortSignal) =>
  api.get<Narratives>(reportPaths.narratives(pemda, opd, year, kind), signal);
export const saveNarrative = (pemda: string, opd: string, year: number, kind: string, section: string, text: string) =>
  api.request<NarrativeSection>('PUT', reportPaths.narratives(pemda, opd, year, kind), { section, text });
