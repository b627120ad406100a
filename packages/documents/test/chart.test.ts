/** The LKjIP capaian chart is a real picture: a PNG of twice its size with the drawing in it. */
import { describe, expect, it } from 'vitest';
import { buildReport, type ChartBlock } from '../src/index.ts';
import { chartImages, PNG_SCALE } from '../src/render/chart.ts';
import { fixture, GENERATED_AT } from './helpers.ts';

const model = buildReport(fixture('paser-2024-lkjip'), { kind: 'lkjip', year: 2024, generatedAt: GENERATED_AT });
const charts = model.sections.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.type === 'chart');

describe('chart images', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: SVG with the indicator names, PNG at twice the size', (_, chart) => {
    const { svg, png } = chartImages(chart);
    expect(svg).toContain('Nilai SAKIP Perangkat Daerah');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(chart.width * PNG_SCALE);
    expect(png.readUInt32BE(20)).toBe(chart.height * PNG_SCALE);
    // a blank frame compresses to a few hundred bytes; bars, axes and labels do not
    expect(png.length).toBeGreaterThan(20_000);
  });
  it('the LKjIP has its capaian chart', () => {
    expect(charts.length).toBeGreaterThan(0);
  });
});
