import type { ReactNode } from 'react';
import type { Band } from '../api/types.ts';
import { id } from '../i18n/id.ts';
import './Badge.css';

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/**
 * The capaian band (Permendagri 86/2017: Sangat Tinggi … Sangat Rendah) as a coloured badge.
 * The colour is a hint only: the label is always written out.
 */
export function BandBadge({ band }: { band: Band | null | undefined }) {
  if (!band) return <span className="badge badge--neutral">{id.noBand}</span>;
  return (
    <span className={`badge badge--band-${band.code}`}>
      <span className="badge__dot" aria-hidden="true" />
      {band.label || id.bands[band.code]}
    </span>
  );
}
