import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * The dashboard's charts, drawn on the server with Observable Plot into a small server-side DOM
 * (linkedom), so they are real SVG in the page before any JavaScript. Each chart is a picture only
 * (`aria-hidden`): the page puts a table with the same numbers beside it for screen readers.
 */
export interface Bar {
  label: string;
  value: number;
}

function documentForPlot() {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

/** Plot writes a <style> with a random class into each chart; the page's styles already cover it. */
function svgOf(chart: Element): string {
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('focusable', 'false');
  return chart.outerHTML;
}

/** Horizontal bars, one per label, with its value written at its end. */
export function barChart(bars: Bar[], axisLabel: string): string {
  const longest = Math.max(0, ...bars.map((b) => b.label.length));
  const chart = Plot.plot({
    document: documentForPlot(),
    width: 640,
    height: 40 + bars.length * 32,
    marginLeft: Math.min(240, 12 + longest * 7),
    marginRight: 40,
    x: { label: axisLabel, grid: true, nice: true },
    y: { label: null, domain: bars.map((b) => b.label) },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'label', fill: '#1f5f8b' }),
      Plot.text(bars, { x: 'value', y: 'label', text: (b: Bar) => String(b.value), dx: 6, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  });
  return svgOf(chart);
}

/** Completions month by month (bars) and their running total (a line), over the months given. */
export function monthsChart(months: { month: string; completed: number; cumulative: number }[], axisLabel: string): string {
  const points = months.map((m) => ({ ...m, date: new Date(`${m.month}-01T00:00:00Z`) }));
  const chart = Plot.plot({
    document: documentForPlot(),
    width: 640,
    height: 260,
    x: { label: null, type: 'utc', tickFormat: '%Y-%m' },
    y: { label: axisLabel, grid: true, nice: true },
    marks: [
      Plot.rectY(points, { x: 'date', y: 'completed', interval: 'month', fill: '#9cc3de', inset: 2 }),
      Plot.lineY(points, { x: 'date', y: 'cumulative', stroke: '#1f5f8b', strokeWidth: 2 }),
      Plot.dot(points, { x: 'date', y: 'cumulative', fill: '#1f5f8b' }),
      Plot.ruleY([0]),
    ],
  });
  return svgOf(chart);
}
