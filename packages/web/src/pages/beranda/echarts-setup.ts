/** The parts of echarts the dashboard uses (tree-shaken; loaded on demand by CapaianChart). */
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export { init };
