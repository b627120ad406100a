import { useEffect, useRef } from 'react';
import { formatNumber } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import type { BandKey } from './ringkasan-api.ts';

const t = id.monitoring;
const ORDER: BandKey[] = ['ST', 'T', 'S', 'R', 'SR', 'none'];
/** The band colours of the badges (tokens.css); grey for indicators without capaian. */
const COLORS: Record<BandKey, string> = { ST: '#1a7f37', T: '#4d9a2a', S: '#b7791f', R: '#c2410c', SR: '#b42318', none: '#8a94a3' };

const labelOf = (k: BandKey): string => (k === 'none' ? t.noBand : id.bands[k]);

/** How many indicators fall in each capaian band, as vertical bars (the counts are also written). */
export function BandChart({ bands }: { bands: Record<BandKey, number> }) {
  const el = useRef<HTMLDivElement>(null);
  const summary = ORDER.map((k) => `${labelOf(k)}: ${formatNumber(bands[k] ?? 0)}`).join('; ');
  useEffect(() => {
    if (!el.current) return;
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const onResize = () => chart?.resize();
    void import('../beranda/echarts-setup.ts').then(({ init }) => {
      if (disposed || !el.current) return;
      const c = init(el.current, undefined, { renderer: 'svg' });
      chart = c;
      c.setOption({
        animation: false,
        grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'category', data: ORDER.map(labelOf), axisLabel: { interval: 0, fontSize: 11, color: '#1b1f24', width: 70, overflow: 'break' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            barMaxWidth: 48,
            data: ORDER.map((k) => ({ value: bands[k] ?? 0, itemStyle: { color: COLORS[k], borderRadius: [4, 4, 0, 0] } })),
            label: { show: true, position: 'top', color: '#1b1f24', fontWeight: 'bold' },
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
  }, [bands]);
  return <div ref={el} className="ringkasan__chart" role="img" aria-label={`${t.bandsTitle}: ${summary}`} style={{ height: 260 }} />;
}
