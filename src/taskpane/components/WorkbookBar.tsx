import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings/useStrings";
import { FilePickerButton } from "./FilePickerButton";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "4px", padding: "6px 8px", backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  // The name takes its own line in the narrow pane, the buttons sit together under it.
  name: { flex: "1 1 240px", minWidth: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300 },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

export interface WorkbookBarProps {
  workbookName: string;
  onOpen: (file: File) => void;
  onDownload: () => void;
  busy?: boolean;
}

/**
 * The standalone page's workbook line: which file is open, open another, download the workbook.
 * @example <WorkbookBar workbookName="分工方案.xlsx" onOpen={open} onDownload={download} />
 */
export function WorkbookBar({ workbookName, onOpen, onDownload, busy = false }: WorkbookBarProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.root}>
      <span className={styles.name} data-testid="workbook-name">
        {strings.standalone.opened(workbookName)}
      </span>
      <span className={styles.buttons}>
        <FilePickerButton accept=".xlsx,.csv" onFiles={([file]) => onOpen(file)} disabled={busy} inputTestId="open-another" size="small">
          {strings.standalone.openAnother}
        </FilePickerButton>
        <Button size="small" onClick={onDownload} disabled={busy} data-testid="download-workbook">
          {strings.standalone.download}
        </Button>
      </span>
    </div>
  );
}
