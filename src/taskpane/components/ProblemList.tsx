import type { ReactNode } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem, Severity } from "../../domain/problem";
import { useStrings } from "../strings/useStrings";
import { ProblemItem } from "./ProblemItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  header: { display: "flex", alignItems: "center", gap: "8px" },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { margin: "0 0 8px 0" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface ProblemListProps {
  problems: Problem[];
  /** Called when a problem with a cell is clicked. */
  onSelect?: (problem: Problem) => void;
  /** Which problems can be clicked (default: those with a sheet and a cell). */
  canSelect?: (problem: Problem) => boolean;
  selected?: Problem | null;
  /** Shown under the selected problem (the standalone page's sheet preview). */
  selectedDetail?: ReactNode;
}

/**
 * Problems grouped by severity (错误 / 警告 / 提示), each group with its count, in the order found.
 * @example <ProblemList problems={outcome.problems} onSelect={selectProblem} />
 */
export function ProblemList({ problems, onSelect, canSelect, selected = null, selectedDetail }: ProblemListProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const groups = SEVERITIES.map((severity) => ({ severity, problems: problems.filter((problem) => problem.severity === severity) })).filter((group) => group.problems.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={["error", "warning", "info"]}>
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity} className={styles.group} data-severity-group={group.severity}>
          <AccordionHeader size="medium">
            <span className={styles.header}>
              {strings.severity[group.severity]}
              <Badge shape="circular" appearance="filled" color={BADGE_COLOR[group.severity]} data-count={group.problems.length}>
                {group.problems.length}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ul className={styles.list}>
              {group.problems.map((problem, index) => (
                <ProblemItem key={`${problem.code}-${problem.sheet ?? ""}-${problem.cell ?? problem.line ?? ""}-${index}`} problem={problem} onSelect={canSelect === undefined || canSelect(problem) ? onSelect : undefined} selected={problem === selected}>
                  {selectedDetail}
                </ProblemItem>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
