import { useEffect, useRef } from 'react';
import { formatDecimal } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import type { PemdaOpdRow } from './ringkasan-api.ts';

const t = id.monitoring;
const FALLBACK = '#8a94a3';

/** OPD capaian as horizontal bars in rank order, coloured by band, a dashed line at 100 %. */
export function RankingChart({ rows }: { rows: readonly PemdaOpdRow[] }) {
  const el = useRef<HTMLDivElement>(null);
  const ranked = rows.filter((r) => r.capaian !== null);
  const summary = ranked.map((r) => `${r.rank}. ${r.opd.abbr ?? r.opd.name}: ${formatDecimal(r.capaian)} %`).join('; ');
  useEffect(() => {
    if (!el.current || ranked.length === 0) return;
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const onResize = () => chart?.resize();
    void import('../beranda/echarts-setup.ts').then(({ init }) => {
      if (disposed || !el.current) return;
      const c = init(el.current, undefined, { renderer: 'svg' });
      chart = c;
      c.setOption({
        animation: false,
        grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
        tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `${formatDecimal(typeof v === 'number' ? v : null)} %` },
        xAxis: { type: 'value', splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => `${formatDecimal(v).replace(/,00$/, '')} %` }, max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10) },
        yAxis: { type: 'category', inverse: true, data: ranked.map((r) => `${r.rank}. ${r.opd.abbr ?? r.opd.name}`), axisLabel: { fontSize: 12, color: '#1b1f24', width: 160, overflow: 'truncate' } },
        series: [
          {
            type: 'bar',
            barMaxWidth: 26,
            data: ranked.map((r) => ({ value: r.capaian, name: r.opd.name, itemStyle: { color: r.band?.color ?? FALLBACK, borderRadius: [0, 4, 4, 0] } })),
            label: { show: true, position: 'right', formatter: (p: { value: unknown }) => formatDecimal(typeof p.value === 'number' ? p.value : null), color: '#1b1f24', fontWeight: 'bold' },
            markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#525d6b', type: 'dashed' }, data: [{ xAxis: 100 }] },
          },
        ],
      });
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [ranked]);
  if (ranked.length === 0) return <p className="muted">{t.chartEmpty}</p>;
  return <div ref={el} className="ringkasan__chart" role="img" aria-label={`${t.rankingTitle}: ${summary}`} style={{ height: Math.max(140, ranked.length * 40 + 40) }} />;
}
