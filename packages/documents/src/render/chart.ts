/**
 * Charts of a report model: echarts renders the SVG on the server (no DOM, no canvas), resvg
 * rasterises it to a PNG with the Roboto fonts pdfmake ships, so every reader shows the chart —
 * Word and LibreOffice get the PNG (with the SVG beside it), the PDF gets the same PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartBlock } from '../model/types.ts';

const require = createRequire(import.meta.url);
const robotoDir = join(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
const fontFiles = readdirSync(robotoDir)
  .filter((f) => f.endsWith('.ttf'))
  .map((f) => join(robotoDir, f));

/** Pixels per chart unit in the PNG: sharp on paper (≈ 190 dpi at the printed size). */
export const PNG_SCALE = 2;

export const chartSvg = (chart: ChartBlock): string => {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: 'Roboto' }, ...chart.option });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
};

export interface ChartImages {
  svg: string;
  png: Buffer;
}

/** The chart as SVG and as a PNG of PNG_SCALE × its size. */
export const chartImages = (chart: ChartBlock): ChartImages => {
  const svg = chartSvg(chart);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: chart.width * PNG_SCALE },
    background: '#ffffff',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Roboto', sansSerifFamily: 'Roboto' },
  })
    .render()
    .asPng();
  return { svg, png: Buffer.from(png) };
};
