import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMap, TaskColumn } from "../../domain/task";
import type { DetectedColumns } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  hint: { margin: "0 0 8px 0", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  grid: { display: "grid", gridTemplateColumns: "minmax(64px, auto) minmax(0, 1fr)", columnGap: "8px", rowGap: "4px", alignItems: "center" },
  label: { fontSize: tokens.fontSizeBase300, whiteSpace: "nowrap" },
  dropdown: { minWidth: 0, width: "100%" },
  headerText: { display: "flex", flexWrap: "wrap", columnGap: "8px", alignItems: "baseline" },
  headerNote: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  warning: { margin: "0 0 8px 0", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** The logical columns, in the order of a task table. */
const COLUMN_ORDER: readonly TaskColumn[] = ["id", "category", "title", "target", "unit", "lead", "supporting", "responsible", "deadline", "leader", "remark"];
const NONE = "none";

export interface ColumnEditorProps {
  detected: DetectedColumns;
  columns: ColumnMap;
  onChange: (column: TaskColumn, index: number | null) => void;
  disabled?: boolean;
  /** Open when first shown (before the first check). */
  defaultOpen?: boolean;
}

/**
 * The columns found in the task sheet, each with a dropdown to correct it (序号 → A 列：序号, …).
 * @example <ColumnEditor detected={detected} columns={columns} onChange={changeColumn} />
 */
export function ColumnEditor({ detected, columns, onChange, disabled = false, defaultOpen = true }: ColumnEditorProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const optionText = (index: number | undefined): string => {
    if (index === undefined) return strings.check.noColumn;
    const choice = detected.choices.find((candidate) => candidate.index === index);
    return choice ? strings.check.columnOption(choice.letter, choice.header) : strings.check.noColumn;
  };
  return (
    <Accordion collapsible defaultOpenItems={defaultOpen ? ["columns"] : []}>
      <AccordionItem value="columns">
        <AccordionHeader size="medium">
          <span className={styles.headerText}>
            {strings.check.columnsTitle}
            {detected.headerRow !== null && <span className={styles.headerNote}>{strings.check.headerRowAt(detected.headerRow)}</span>}
          </span>
        </AccordionHeader>
        <AccordionPanel>
          {detected.headerRow === null && <p className={styles.warning}>{strings.check.noHeader}</p>}
          <p className={styles.hint}>{strings.check.columnsHint}</p>
          <div className={styles.grid}>
            {COLUMN_ORDER.map((column) => {
              const index = columns[column];
              const label = strings.check.columnNames[column];
              return (
                <div key={column} style={{ display: "contents" }} data-column={column}>
                  <span className={styles.label}>{label}</span>
                  <Dropdown
                    className={styles.dropdown}
                    size="small"
                    aria-label={label}
                    disabled={disabled}
                    value={optionText(index)}
                    selectedOptions={[index === undefined ? NONE : String(index)]}
                    onOptionSelect={(_, data) => onChange(column, !data.optionValue || data.optionValue === NONE ? null : Number(data.optionValue))}
                  >
                    <Option value={NONE} text={strings.check.noColumn}>
                      {strings.check.noColumn}
                    </Option>
                    {detected.choices.map((choice) => {
                      const text = strings.check.columnOption(choice.letter, choice.header);
                      return (
                        <Option key={choice.index} value={String(choice.index)} text={text}>
                          {text}
                        </Option>
                      );
                    })}
                  </Dropdown>
                </div>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
