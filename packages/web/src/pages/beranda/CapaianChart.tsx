import { useEffect, useMemo, useRef } from 'react';
import { formatDecimal } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import type { SasaranCapaian } from '../../model/dashboard.ts';

const t = id.beranda;
const FALLBACK_COLOR = '#8a94a3';

/** Wraps a long sasaran name onto lines of about `width` characters for the axis. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines.slice(0, 3).join('\n') + (lines.length > 3 ? '…' : '');
}

/**
 * Capaian per sasaran as horizontal bars coloured by band, with a line at 100 %. echarts is
 * imported on first render of this component only. The figures are also in the table below, so
 * the chart is described as one image for screen readers.
 */
export function CapaianChart({ sasaran }: { sasaran: readonly SasaranCapaian[] }) {
  const el = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => sasaran.filter((s) => s.capaian !== null), [sasaran]);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 600;
  const summary = rows.map((s) => `${s.name}: ${formatDecimal(s.capaian)} %`).join('; ');

  useEffect(() => {
    if (!el.current || rows.length === 0) return;
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const onResize = () => chart?.resize();
    void import('./echarts-setup.ts').then(({ init }) => {
      if (disposed || !el.current) return;
      const c = init(el.current, undefined, { renderer: 'svg' });
      chart = c;
      const labelWidth = narrow ? 18 : 34;
      c.setOption({
        animation: false,
        grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
        tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `${formatDecimal(typeof v === 'number' ? v : null)} %` },
        xAxis: { type: 'value', splitNumber: narrow ? 2 : 5, axisLabel: { hideOverlap: true, formatter: (v: number) => `${formatDecimal(v).replace(/,00$/, '')} %` }, max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10) },
        yAxis: { type: 'category', inverse: true, data: rows.map((s) => wrap(s.name, labelWidth)), axisLabel: { fontSize: 12, color: '#1b1f24', lineHeight: 15 } },
        series: [
          {
            type: 'bar',
            barMaxWidth: 34,
            data: rows.map((s) => ({ value: s.capaian, name: s.name, itemStyle: { color: s.band?.color ?? FALLBACK_COLOR, borderRadius: [0, 4, 4, 0] } })),
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
  }, [rows, narrow]);

  if (rows.length === 0) return <p className="muted">{t.chartEmpty}</p>;
  return <div ref={el} role="img" aria-label={`${t.chartTitle}: ${summary}`} style={{ width: '100%', height: Math.max(140, rows.length * (narrow ? 90 : 64) + 40) }} />;
}
