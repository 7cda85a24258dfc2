import { Checkbox, Field, Input } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type LedgerSettings, type TaskStatus } from "../../domain/evaluation";
import { noticeStatusesFromText } from "../../domain/settings/noticeStatusesFromText";
import { noticeStatusesText } from "../../domain/settings/noticeStatusesText";
import type { Problem } from "../../domain/problem";
import type { SettingsDraft } from "../hooks/useSettingsStep";
import { useStrings } from "../strings/useStrings";

const NOTICE_STATUSES: readonly TaskStatus[] = ["lagging", "lagging-badly", "overdue", "due-soon"];

export interface NoticeSettingsFieldsProps {
  draft: SettingsDraft;
  /** The message of a field as typed, undefined when it is right. */
  messageOf: (key: keyof LedgerSettings) => string | undefined;
  fieldProblems: Partial<Record<keyof LedgerSettings, Problem>>;
  onChange: (key: keyof LedgerSettings, value: string) => void;
}

/**
 * The supervision notices' settings in the 设置 tab: which statuses get a 督办单 (滞后, 严重滞后, 逾期 ticked by
 * default; 临期, the blue notice, off) — the last ticked one cannot be unticked — and the 反馈时限 in days.
 * @example <NoticeSettingsFields draft={draft} messageOf={messageOf} fieldProblems={{}} onChange={change} />
 */
export function NoticeSettingsFields({ draft, messageOf, fieldProblems, onChange }: NoticeSettingsFieldsProps) {
  const { strings } = useStrings();
  const text = strings.records;
  const chosen = noticeStatusesFromText(draft.noticeStatuses) ?? DEFAULT_SETTINGS.noticeStatuses;
  const toggle = (status: TaskStatus, checked: boolean) => {
    const next = NOTICE_STATUSES.filter((candidate) => (candidate === status ? checked : chosen.includes(candidate)));
    if (next.length > 0) onChange("noticeStatuses", noticeStatusesText(next));
  };
  return (
    <>
      <Field label={text.noticeStatusesLabel} hint={`${text.noticeStatusesHint} ${strings.settings.defaultValue(noticeStatusesText(DEFAULT_SETTINGS.noticeStatuses))}`} validationMessage={messageOf("noticeStatuses")} validationState={fieldProblems.noticeStatuses ? "error" : "none"}>
        <div data-setting="noticeStatuses">
          {NOTICE_STATUSES.map((status) => (
            <Checkbox
              key={status}
              label={status === "due-soon" ? text.dueSoonBlue : strings.progress.statuses[status]}
              checked={chosen.includes(status)}
              disabled={chosen.length === 1 && chosen.includes(status)}
              data-status={status}
              onChange={(_, data) => toggle(status, data.checked === true)}
            />
          ))}
        </div>
      </Field>
      <Field
        label={text.noticeFeedbackDaysLabel}
        hint={`${text.noticeFeedbackDaysHint} ${strings.settings.defaultValue(String(DEFAULT_SETTINGS.noticeFeedbackDays))}`}
        validationMessage={messageOf("noticeFeedbackDays")}
        validationState={fieldProblems.noticeFeedbackDays ? "error" : "none"}
      >
        <Input type="number" inputMode="numeric" step="1" value={draft.noticeFeedbackDays} data-setting="noticeFeedbackDays" onChange={(_, data) => onChange("noticeFeedbackDays", data.value)} />
      </Field>
    </>
  );
}
