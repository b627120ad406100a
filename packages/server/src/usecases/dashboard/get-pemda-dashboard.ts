/**
 * The Pemda dashboard of a year: every OPD with a plan side by side (capaian, band, serapan,
 * efisiensi), the ranking by capaian, the distribution of bands, and the late entries of the period.
 */
import { and, asc, eq } from 'drizzle-orm';
import { exportDataset, schema, type Db } from '@kinerja/db';
import { BAND_ORDER, computeDataset, type Band, type BandCode } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { findWindows, windowState } from '../periods/window-state.ts';
import { periodOfYear } from '../realisasi/period-input.ts';
import { findLate } from '../realisasi/find-late.ts';
import { dashboardQuery } from './get-opd-dashboard.ts';
import { rulesFor } from '../rule-sets/rule-set-for.ts';
import { opdFigures } from './opd-figures.ts';

export interface PemdaOpdRow {
  rank: number | null;
  opd: { slug: string; name: string; abbr: string | null };
  capaian: number | null;
  band: Band | null;
  pagu: number | null;
  realisasi: number | null;
  absorption: number | null;
  efficiency: number | null;
  indicators: number;
  bands: Record<BandCode | 'none', number>;
  late: number;
}

export interface PemdaDashboard {
  pemda: { slug: string; name: string };
  year: number;
  period: string;
  rules: { id: string; version: number };
  opds: PemdaOpdRow[];
  bands: Record<BandCode | 'none', number>;
  late: { state: string; total: number };
}

export async function getPemdaDashboard(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, query: unknown, now: Date): Promise<PemdaDashboard> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'plan.read', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const q = parse(dashboardQuery, query);
  const period = periodOfYear(q.period ?? String(year), year);
  const rules = await rulesFor(db, pemda.id, year, q.rules);
  const state = windowState((await findWindows(db, pemda.id, [period])).get(period), now);
  const late = state === 'closed' ? await findLate(db, pemda.id, period, null) : [];
  const opds = await db
    .select({ id: schema.opd.id, slug: schema.opd.slug, name: schema.opd.name, abbr: schema.opd.abbr })
    .from(schema.plan)
    .innerJoin(schema.opd, eq(schema.opd.id, schema.plan.opdId))
    .where(and(eq(schema.plan.pemdaId, pemda.id), eq(schema.plan.year, year)))
    .orderBy(asc(schema.opd.name));
  const rows: PemdaOpdRow[] = [];
  const bands = Object.fromEntries([...BAND_ORDER, 'none'].map((b) => [b, 0])) as Record<BandCode | 'none', number>;
  for (const o of opds) {
    const dataset = await exportDataset(db, { pemdaId: pemda.id, opdSlug: o.slug, year }, { ids: 'stored' });
    const f = opdFigures(dataset, computeDataset(dataset, { rules }), rules);
    for (const [k, n] of Object.entries(f.bands)) bands[k as BandCode | 'none'] += n;
    rows.push({
      rank: null,
      opd: { slug: o.slug, name: o.name, abbr: o.abbr },
      capaian: f.opd.capaian,
      band: f.opd.band,
      pagu: f.opd.pagu,
      realisasi: f.opd.realisasi,
      absorption: f.opd.absorption,
      efficiency: f.opd.efficiency,
      indicators: f.indicators.length,
      bands: f.bands,
      late: late.filter((l) => l.opd.id === o.id).length,
    });
  }
  const ranked = rows.filter((r) => r.capaian !== null).sort((a, b) => (b.capaian ?? 0) - (a.capaian ?? 0));
  ranked.forEach((r, i) => (r.rank = i + 1));
  return {
    pemda: { slug: pemda.slug, name: pemda.name },
    year,
    period,
    rules: { id: rules.id, version: rules.version },
    opds: [...ranked, ...rows.filter((r) => r.capaian === null)],
    bands,
    late: { state, total: late.length },
  };
}
