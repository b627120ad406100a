/** User-facing texts about the figures (Bahasa Indonesia). */
import { formatIdNumber } from '@kinerja/domain';

export const figureMessages = {
  /** told wherever figures were computed while some realisations were still waiting */
  pendingLeftOut: (n: number) =>
    `${formatIdNumber(n, 0)} realisasi belum final (draf, diajukan atau ditolak) tidak dihitung; hanya realisasi terverifikasi/disetujui yang dihitung.`,
  pendingWhere: 'Realisasi menunggu verifikasi',
} as const;
