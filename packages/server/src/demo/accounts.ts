/** The demo accounts (all with password `kinerja-demo`), as main.ts prints them and seedDemo creates them. */
import type { Role } from '../permissions.ts';

export const DEMO_PASSWORD = 'kinerja-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Pemda slug; null for the superadmin */
  pemda: string | null;
  opd?: string;
  /** the operator's unit, by name */
  unit?: string;
}

const PASER = 'kabupaten-paser';
const KUKAR = 'kabupaten-kutai-kartanegara';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'superadmin', displayName: 'Super Admin', role: 'superadmin', pemda: null },
  { username: 'admin-paser', displayName: 'Admin Pemda Paser', role: 'admin_pemda', pemda: PASER },
  { username: 'evaluator-paser', displayName: 'Evaluator Inspektorat Paser', role: 'evaluator', pemda: PASER },
  { username: 'perencana-paser', displayName: 'Perencana BKPSDM Paser', role: 'admin_opd', pemda: PASER, opd: 'bkpsdm' },
  {
    username: 'operator-paser',
    displayName: 'Operator Bidang Pengadaan BKPSDM Paser',
    role: 'operator',
    pemda: PASER,
    opd: 'bkpsdm',
    unit: 'Bidang Pengadaan, Pemberhentian dan Informasi',
  },
  { username: 'pimpinan-paser', displayName: 'Kepala BKPSDM Paser', role: 'pimpinan', pemda: PASER, opd: 'bkpsdm' },
  { username: 'admin-kukar', displayName: 'Admin Pemda Kutai Kartanegara', role: 'admin_pemda', pemda: KUKAR },
  { username: 'perencana-kukar', displayName: 'Perencana BKPSDM Kutai Kartanegara', role: 'admin_opd', pemda: KUKAR, opd: 'bkpsdm' },
];

/** The four source documents, imported in this order. */
export const DEMO_FILES: readonly string[] = [
  'kabupaten-paser/paser-2020-iku-iki.json',
  'kabupaten-paser/paser-2024-lkjip.json',
  'kabupaten-paser/paser-2025-renaksi-perubahan.json',
  'kabupaten-kutai-kartanegara/kukar-2025-renja.json',
];
