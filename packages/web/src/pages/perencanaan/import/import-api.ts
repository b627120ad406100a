/** The paste and XLSX endpoints of the planning workspace (docs/api-contract.md "Perencanaan"). */
import type { PasteField, PasteResult, PlanDiff } from '@kinerja/domain';
import { api } from '../../../api/client.ts';

const enc = encodeURIComponent;

export const EXPORT_TABLES = ['renaksi', 'renja', 'pk', 'iku', 'renstra'] as const;
export const IMPORT_TABLES = ['renaksi', 'renja', 'pk'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface SaveCounts {
  nodesAdded: number;
  nodesUpdated: number;
  indicatorsAdded: number;
  indicatorsUpdated: number;
  valuesChanged: number;
}

/** The server's answer to a paste or an upload: what it understood, bad cells, and the changes (would be) made. */
export interface ImportAnswer extends PasteResult {
  saved: SaveCounts | null;
  changes: PlanDiff | null;
}

export interface Scope {
  pemda: string;
  opd: string;
  year: number;
}

const planPath = (s: Scope) => `/api/pemda/${enc(s.pemda)}/opd/${enc(s.opd)}/plans/${s.year}`;

export const xlsxUrl = (s: Scope, table: ExportTable): string => `${planPath(s)}/xlsx?table=${table}`;

export interface PasteRequest {
  text: string;
  mapping?: Partial<Record<number, PasteField>>;
  headerRows?: number;
  confirm?: boolean;
}

export const pasteTable = (s: Scope, body: PasteRequest) => api.request<ImportAnswer>('POST', `${planPath(s)}/paste`, body);

export const uploadXlsx = (s: Scope, body: { table: ImportTable; file: string; confirm?: boolean }) =>
  api.request<ImportAnswer>('POST', `${planPath(s)}/xlsx`, body);

/** A chosen file as base64 (the upload body). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
