/**
 * Stand-in for @fluentui/react-charts in jest (its d3 dependencies are ES modules jest does not load): renders each
 * bar's title and value as text, so tests can read what the pane asked the chart to draw. The browser test draws the
 * real chart.
 */
interface Bar {
  chartTitle?: string;
  chartData?: { legend?: string; horizontalBarChartdata?: { x: number; total?: number } }[];
}

export type ChartProps = Bar;

export function HorizontalBarChart({ data }: { data?: Bar[] }) {
  return (
    <ul data-testid="bar-chart">
      {(data ?? []).map((bar) => (
        <li key={bar.chartTitle}>{`${bar.chartTitle ?? ""} ${bar.chartData?.[0]?.horizontalBarChartdata?.x ?? ""}/${bar.chartData?.[0]?.horizontalBarChartdata?.total ?? ""}`}</li>
      ))}
    </ul>
  );
}
