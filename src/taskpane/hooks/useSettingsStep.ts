import { useCallback, useMemo, useState } from "react";
import { usePatchedState } from "./usePatchedState";
import { DEFAULT_SETTINGS, type LedgerSettings } from "../../domain/evaluation";
import type { Problem } from "../../domain/problem";
import type { parseSettings as ParseSettings } from "../../domain/settings/parseSettings";
import type { WorkbookSettings } from "../../domain/settings/workbookSettings";
import type { LedgerService } from "../services/ledgerService";

/** The panel's fields as typed (text), one per setting. */
export type SettingsDraft = Record<keyof LedgerSettings, string>;

export interface SettingsStepState {
  /** The settings in force, null until read. */
  current: WorkbookSettings | null;
  draft: SettingsDraft;
  busy: boolean;
  /** After saving: "saved", or "recomputed" when step 2's outcome was recomputed with the new settings. */
  saved: "saved" | "recomputed" | null;
}

export interface SettingsStepActions {
  load(): Promise<void>;
  change(key: keyof LedgerSettings, value: string): void;
  reset(): void;
  save(): Promise<void>;
}

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof LedgerSettings)[];

function draftOf(settings: LedgerSettings): SettingsDraft {
  return Object.fromEntries(KEYS.map((key) => [key, String(settings[key])])) as SettingsDraft;
}

/**
 * State and actions of the 设置 tab: the settings in force, the clerk's edits (each field checked as typed,
 * with parseSettings' own rules and messages), saving them with the workbook, then `onSaved` (the pane
 * recomputes step 2 with them; it resolves true when it did).
 * @example const [settings, actions, fieldProblems] = useSettingsStep(service, recompute, setError); await actions.load();
 */
/** parseSettings and the number reading it needs, fetched with the 设置 tab rather than with the pane. */
function loadSettingsParser(): Promise<typeof ParseSettings> {
  return import(/* webpackChunkName: "step-settings" */ "../../domain/settings/parseSettings").then((module) => module.parseSettings);
}

export function useSettingsStep(
  service: LedgerService,
  onSaved: () => Promise<boolean>,
  onError: (error: unknown) => void,
): [SettingsStepState, SettingsStepActions, Partial<Record<keyof LedgerSettings, Problem>>] {
  const initial: SettingsStepState = { current: null, draft: draftOf(DEFAULT_SETTINGS), busy: false, saved: null };
  const [state, stateRef, update] = usePatchedState<SettingsStepState>(initial);
  const [parser, setParser] = useState<{ parse: typeof ParseSettings } | null>(null);

  const load = useCallback(async () => {
    if (!service.readSettings) return;
    try {
      const parse = await loadSettingsParser();
      setParser({ parse });
      const current = await service.readSettings();
      update({ current, draft: draftOf(current.settings), saved: null });
    } catch (error) {
      onError(error);
    }
  }, [service, update, onError]);

  const change = useCallback((key: keyof LedgerSettings, value: string) => update({ draft: { ...stateRef.current.draft, [key]: value }, saved: null }), [stateRef, update]);
  const reset = useCallback(() => update({ draft: draftOf(DEFAULT_SETTINGS), saved: null }), [update]);

  const fieldProblems = useMemo(() => {
    const problems: Partial<Record<keyof LedgerSettings, Problem>> = {};
    for (const key of KEYS) {
      const value = state.draft[key].trim();
      const problem = value === "" || parser === null ? undefined : parser.parse({ [key]: value }).problems[0];
      if (problem) problems[key] = problem;
    }
    return problems;
  }, [state.draft, parser]);

  const save = useCallback(async () => {
    if (!service.saveSettings) return;
    const parsed = (await loadSettingsParser())(stateRef.current.draft);
    if (!parsed.ok || parsed.problems.length > 0) return;
    update({ busy: true, saved: null });
    try {
      const current = await service.saveSettings(parsed.value);
      const recomputed = await onSaved();
      update({ current, draft: draftOf(current.settings), busy: false, saved: recomputed ? "recomputed" : "saved" });
    } catch (error) {
      update({ busy: false });
      onError(error);
    }
  }, [stateRef, service, onSaved, update, onError]);

  return [state, useMemo(() => ({ load, change, reset, save }), [load, change, reset, save]), fieldProblems];
}
