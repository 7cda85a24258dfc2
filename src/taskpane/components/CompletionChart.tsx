import { HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TaskEvaluation } from "../../domain/evaluation";
import { summaryGroups } from "../../domain/summary/summaryGroups";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px" },
  title: { margin: "8px 0 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** The bars' colour: the ledger's blue. */
const BAR_COLOR = "#2F5597";

export interface CompletionChartProps {
  evaluations: readonly TaskEvaluation[];
}

/**
 * The average completion (平均完成率, each task at most 100%) by lead department and by category, as bars — the
 * numbers of the summary sheet's two tables (summaryGroups), drawn with @fluentui/react-charts. Loaded on demand: its
 * chart library is not part of the pane's first download.
 * @example <CompletionChart evaluations={outcome.evaluations} />
 */
export default function CompletionChart({ evaluations }: CompletionChartProps) {
  const styles = useStyles();
  const { lang, strings } = useStrings();
  const bars = (by: "department" | "category"): ChartProps[] =>
    summaryGroups(evaluations, by, lang)
      .filter((group) => group.tally.averageRatio !== null)
      .map((group) => {
        const percent = Math.round((group.tally.averageRatio ?? 0) * 1000) / 10;
        return {
          chartTitle: group.name,
          chartData: [{ legend: strings.chart.averageRatio, horizontalBarChartdata: { x: percent, total: 100 }, color: BAR_COLOR }],
        };
      });
  const sections = [
    { title: strings.chart.byDepartment, data: bars("department") },
    { title: strings.chart.byCategory, data: bars("category") },
  ].filter((section) => section.data.length > 0);
  if (sections.length === 0) return null;
  return (
    <div className={styles.root} data-testid="completion-chart">
      {sections.map((section) => (
        <div key={section.title}>
          <h3 className={styles.title}>{section.title}</h3>
          <HorizontalBarChart data={section.data} chartDataMode="percentage" hideTooltip culture={lang === "zh" ? "zh-CN" : "en-US"} />
        </div>
      ))}
      <p className={styles.note}>{strings.chart.note}</p>
    </div>
  );
}
