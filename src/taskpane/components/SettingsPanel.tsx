import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type LedgerSettings } from "../../domain/evaluation";
import type { Problem } from "../../domain/problem";
import type { WorkbookSettings } from "../../domain/settings/workbookSettings";
import type { SettingsDraft } from "../hooks/useSettingsStep";
import { useStrings } from "../strings/useStrings";
import { settingTypingMessage } from "../settingTypingMessage";
import { NoticeSettingsFields } from "./NoticeSettingsFields";
import { SelfTestSection } from "./SelfTestSection";
import { SettingsStatus } from "./SettingsStatus";
import type { SelfTestReport } from "../../workbook/selfTest/selfTestReport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
});

type NumericKey = "laggingBadlyGap" | "dueSoonDays" | "growthTolerance" | "rateLaggingBadlyShare" | "dataLagMonths" | "titleMatchThreshold";
const NUMERIC_FIELDS: readonly { key: NumericKey; step: string }[] = [
  { key: "laggingBadlyGap", step: "1" },
  { key: "dueSoonDays", step: "1" },
  { key: "growthTolerance", step: "0.1" },
  { key: "rateLaggingBadlyShare", step: "0.05" },
  { key: "dataLagMonths", step: "1" },
  { key: "titleMatchThreshold", step: "0.05" },
];
/** A sheet-name pattern as the clerk reads it: the period as 〈年-月〉 (periodSheetName accepts it like {period}). */
const periodMark = (pattern: string): string => pattern.replace(/\{period\}/g, "〈年-月〉");
const NAME_FIELDS: readonly ("ledgerSheetName" | "summarySheetName")[] = ["ledgerSheetName", "summarySheetName"];

export interface SettingsPanelProps {
  /** False where settings cannot be saved. */
  available: boolean;
  /** The settings in force, null while they are read. */
  current: WorkbookSettings | null;
  draft: SettingsDraft;
  /** The problem of each field as typed (out of range, not a number, a sheet name Excel refuses). */
  fieldProblems: Partial<Record<keyof LedgerSettings, Problem>>;
  busy: boolean;
  saved: "saved" | "recomputed" | null;
  onChange: (key: keyof LedgerSettings, value: string) => void;
  onReset: () => void;
  onSave: () => void;
  /** 自检: the self-test of the workbook's host, where there is one. */
  onSelfTest?: () => Promise<SelfTestReport>;
}

/**
 * The 设置 tab: expected-progress method, the thresholds of docs/RULES.md#status (lagging-badly gap, due-soon days,
 * growth tolerance, title match threshold) and the ledger and summary sheet names, each with its default; a
 * field is checked as typed and saving is refused while one is wrong. Saved with the workbook's settings, kept when the
 * workbook is saved. Below them, 自检 (the self-test) where the host has one.
 * @example <SettingsPanel available current={current} draft={draft} fieldProblems={{}} busy={false} saved={null} onChange={change} onReset={reset} onSave={save} />
 */
export function SettingsPanel({ available, current, draft, fieldProblems, busy, saved, onChange, onReset, onSave, onSelfTest }: SettingsPanelProps) {
  const styles = useStyles();
  const { lang, strings } = useStrings();
  const text = strings.settings;
  const selfTest = onSelfTest ? <SelfTestSection run={onSelfTest} /> : null;
  if (!available) {
    return (
      <>
        <MessageBar intent="info">
          <MessageBarBody>{text.unavailable}</MessageBarBody>
        </MessageBar>
        {selfTest}
      </>
    );
  }
  if (current === null) return <Spinner size="small" label={strings.busy} />;
  const messageOf = (key: keyof LedgerSettings) => settingTypingMessage(fieldProblems[key], lang);
  const invalid = Object.keys(fieldProblems).length > 0;

  return (
    <section className={styles.root} data-testid="settings-panel">
      <p className={styles.intro}>{text.intro}</p>
      {current.settingsSheet !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.sheetWins(current.settingsSheet)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={text.methodLabel}>
        <RadioGroup value={draft.expectedProgressMethod} onChange={(_, data) => onChange("expectedProgressMethod", data.value)}>
          <Radio value="months" label={text.methodMonths} />
          <Radio value="days" label={text.methodDays} />
        </RadioGroup>
      </Field>
      {NUMERIC_FIELDS.map(({ key, step }) => (
        <Field
          key={key}
          label={text[`${key}Label`]}
          hint={`${text[`${key}Hint`]} ${text.defaultValue(String(DEFAULT_SETTINGS[key]))}`}
          validationMessage={messageOf(key)}
          validationState={fieldProblems[key] ? "error" : "none"}
        >
          <Input type="number" inputMode="decimal" step={step} value={draft[key]} data-setting={key} onChange={(_, data) => onChange(key, data.value)} />
        </Field>
      ))}
      <Field label={text.levelReachedShownLabel}>
        <RadioGroup value={draft.levelReachedShown} onChange={(_, data) => onChange("levelReachedShown", data.value)}>
          <Radio value="ratio" label={text.levelShownRatio} />
          <Radio value="capped" label={text.levelShownCapped} />
        </RadioGroup>
      </Field>
      {NAME_FIELDS.map((key) => (
        <Field
          key={key}
          label={text[`${key}Label`]}
          hint={`${text.sheetNameHint} ${text.defaultValue(periodMark(DEFAULT_SETTINGS[key]))}`}
          validationMessage={messageOf(key)}
          validationState={fieldProblems[key] ? "error" : "none"}
        >
          <Input value={periodMark(draft[key])} data-setting={key} onChange={(_, data) => onChange(key, data.value)} />
        </Field>
      ))}
      <NoticeSettingsFields draft={draft} messageOf={messageOf} fieldProblems={fieldProblems} onChange={onChange} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || invalid} onClick={onSave} data-testid="save-settings">
          {busy ? text.saving : text.save}
        </Button>
        <Button disabled={busy} onClick={onReset}>
          {text.reset}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      <SettingsStatus saved={saved} problems={current.problems} />
      {selfTest}
    </section>
  );
}
