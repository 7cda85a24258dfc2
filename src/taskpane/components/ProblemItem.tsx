import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: "6px 8px",
    margin: 0,
    border: "none",
    borderLeft: `3px solid transparent`,
    backgroundColor: "transparent",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  location: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    marginRight: "6px",
  },
  plainLocation: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: "6px",
  },
  suggestion: {
    display: "block",
    marginTop: "2px",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ProblemItemProps {
  problem: Problem;
  /** Called when the clerk clicks a problem that has a cell; absent: the problem is not clickable. */
  onSelect?: (problem: Problem) => void;
  selected?: boolean;
  /** Shown under the problem when selected (the standalone page's sheet preview). */
  children?: ReactNode;
}

/**
 * One problem: where (sheet!cell, or the line of a document), what is wrong and what to do.
 * A problem with a cell is a button that takes the clerk to the cell.
 * @example <ProblemItem problem={problem} onSelect={(p) => service.selectCell(p.sheet!, p.cell!)} />
 */
export function ProblemItem({ problem, onSelect, selected = false, children }: ProblemItemProps) {
  const styles = useStyles();
  const { lang, strings } = useStrings();
  const message = lang === "en" ? problem.messageEn || problem.message : problem.message;
  const location =
    problem.sheet && problem.cell
      ? `${problem.sheet}!${problem.cell}`
      : problem.line !== undefined
        ? // A message that names its line itself (第44行…) is not preceded by the line again.
          message.includes(strings.lineNumber(problem.line)) ? (problem.file ?? "") : strings.lineNumber(problem.line)
        : (problem.sheet ?? problem.file ?? "");
  const clickable = Boolean(onSelect && problem.sheet && problem.cell);
  const body = (
    <>
      {location && <span className={clickable ? styles.location : styles.plainLocation}>{location}</span>}
      <span>{message}</span>
      {problem.suggestion && <span className={styles.suggestion}>{strings.check.suggestion(problem.suggestion)}</span>}
    </>
  );
  const dataProps = { "data-code": problem.code, "data-severity": problem.severity, "data-cell": problem.cell, "data-sheet": problem.sheet, "data-line": problem.line };
  return (
    <li className="ledger-problem" {...dataProps} style={{ listStyle: "none" }}>
      {clickable ? (
        <button
          type="button"
          className={mergeClasses(styles.item, styles.clickable, selected && styles.selected)}
          aria-pressed={selected}
          title={problem.code}
          onClick={() => onSelect?.(problem)}
        >
          {body}
        </button>
      ) : (
        <div className={styles.item} title={problem.code}>
          {body}
        </div>
      )}
      {selected && children}
    </li>
  );
}
