import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import { useStrings } from "../strings/useStrings";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
});

/**
 * Below the settings: that they were saved (and the results computed again), and the problems of the settings as
 * read from the workbook.
 * @example <SettingsStatus saved="recomputed" problems={current.problems} />
 */
export function SettingsStatus({ saved, problems }: { saved: "saved" | "recomputed" | null; problems: Problem[] }) {
  const styles = useStyles();
  const text = useStrings().strings.settings;
  return (
    <>
      {saved !== null && (
        <MessageBar intent="success" data-testid="settings-saved">
          <MessageBarBody>{saved === "recomputed" ? text.savedRecomputed : text.saved}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <>
          <h2 className={styles.title}>{text.problemsTitle}</h2>
          <ProblemList problems={problems} />
        </>
      )}
    </>
  );
}
