import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../../i18n/format';

export interface ChartLine {
  label: string;
  values: (number | null)[];
  color: string;
  /** Dash pattern, so the lines differ by more than colour. */
  dash?: number[];
}

/**
 * A line chart of a few series over the trend's years (uPlot, loaded only with this module: see
 * TrendCharts.tsx). Years without data are gaps. The canvas is an image named by `alt`; the numbers are
 * in the table beside it.
 */
export default function TrendChart({
  years,
  lines,
  alt,
  unit,
  max,
}: {
  years: number[];
  lines: ChartLine[];
  alt: string;
  unit: string;
  max?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(240, element.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 220,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: (_u, min, top) => [Math.min(0, min), max ?? Math.max(top, 1)] } },
        axes: [
          { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) },
          { values: (_u, ticks) => ticks.map((tick) => `${formatNumber(tick, 0)}${unit}`), size: 56 },
        ],
        series: [
          {},
          ...lines.map((line) => ({
            label: line.label,
            stroke: line.color,
            width: 2,
            dash: line.dash,
            spanGaps: false,
            points: { show: true, size: 7, fill: line.color },
          })),
        ],
      },
      [years, ...lines.map((line) => line.values)] as uPlot.AlignedData,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [years, lines, unit, max]);
  return <div ref={box} className="dash-chart" role="img" aria-label={alt} data-testid="trend-chart" />;
}
