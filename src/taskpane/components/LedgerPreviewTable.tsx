import { makeStyles, tokens } from "@fluentui/react-components";
import type { LedgerPlan } from "../services/ledgerService";

const useStyles = makeStyles({
  scroller: { maxHeight: "280px", overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  title: { margin: "4px 6px", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top", minWidth: "36px", maxWidth: "180px", overflowWrap: "anywhere" },
  head: { backgroundColor: tokens.colorNeutralBackground3, position: "sticky", top: 0 },
});

/**
 * The ledger as it will be written, before writing: its title, headers and rows (scrolling inside its box, so the
 * pane never scrolls sideways).
 * @example <LedgerPreviewTable preview={plan.preview} />
 */
export function LedgerPreviewTable({ preview }: { preview: NonNullable<LedgerPlan["preview"]> }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} data-testid="ledger-preview">
      <p className={styles.title}>{preview.title}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            {preview.headers.map((header, index) => (
              <th key={index} className={`${styles.cell} ${styles.head}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                <td key={index} className={styles.cell}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
