/** Every document kind generated from the demo data (demo/…), as the check and the tests use them. */
import type { ReportOptions } from '../src/index.ts';

export interface DemoDocument {
  name: string;
  /** dataset path relative to the repository root */
  dataset: string;
  options: Omit<ReportOptions, 'generatedAt'>;
}

const PASER_2024 = 'demo/kabupaten-paser/paser-2024-lkjip.json';
const PASER_2025 = 'demo/kabupaten-paser/paser-2025-renaksi-perubahan.json';
const KUKAR_2025 = 'demo/kabupaten-kutai-kartanegara/kukar-2025-renja.json';

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  { name: 'pk-2025-paser', dataset: PASER_2025, options: { kind: 'pk', year: 2025, place: 'Tana Paser' } },
  { name: 'renaksi-2025-paser', dataset: PASER_2025, options: { kind: 'renaksi', year: 2025 } },
  { name: 'evaluasi-2025-q2-paser', dataset: PASER_2025, options: { kind: 'evaluasi-triwulan', year: 2025, period: '2025-Q2', unit: 'U1' } },
  { name: 'lkjip-2024-paser', dataset: PASER_2024, options: { kind: 'lkjip', year: 2024, place: 'Tana Paser' } },
  { name: 'renja-2025-kukar', dataset: KUKAR_2025, options: { kind: 'renja', year: 2025 } },
];
