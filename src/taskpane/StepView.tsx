import { Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import type { LedgerService } from "./services/ledgerService";
import type { AppSteps } from "./hooks/useAppSteps";
import { CheckStep } from "./components/CheckStep";
import { lazyNamedExport } from "./lazyNamedExport";

// Only step 1 comes with the pane's first download; the other steps are fetched when the clerk opens them.
const ImportTextStep = lazyNamedExport(() => import(/* webpackChunkName: "step-import" */ "./components/ImportTextStep"), "ImportTextStep");
const ProgressStep = lazyNamedExport(() => import(/* webpackChunkName: "step-progress" */ "./components/ProgressStep"), "ProgressStep");
const WriteStep = lazyNamedExport(() => import(/* webpackChunkName: "step-write" */ "./components/WriteStep"), "WriteStep");
const LoopActions = lazyNamedExport(() => import(/* webpackChunkName: "step-write" */ "./components/LoopActions"), "LoopActions");
const SettingsPanel = lazyNamedExport(() => import(/* webpackChunkName: "step-settings" */ "./components/SettingsPanel"), "SettingsPanel");

interface ViewProps {
  steps: AppSteps;
  service: LedgerService;
  onDownload?: () => void;
}

function ImportView({ steps }: ViewProps) {
  return (
    <ImportTextStep
      text={steps.imported.text}
      onTextChange={steps.importActions.changeText}
      fileName={steps.imported.fileName}
      fileProblems={steps.imported.fileProblems}
      onFile={(file) => void steps.importActions.pickFile(file)}
      busy={steps.imported.busy}
      onRun={() => void steps.importActions.run()}
      onChoose={(choices) => void steps.importActions.choose(choices)}
      outcome={steps.imported.outcome}
      sheetName={steps.imported.sheetName}
      onSheetNameChange={steps.importActions.changeSheetName}
      creating={steps.imported.creating}
      onCreate={() => void steps.importActions.create()}
      confirmReplace={steps.imported.confirmReplace}
      onConfirmReplace={() => void steps.importActions.confirmReplace()}
      onCancelReplace={steps.importActions.cancelReplace}
    />
  );
}

function CheckView({ steps, service }: ViewProps) {
  return (
    <CheckStep
      sheets={steps.check.sheets}
      sheet={steps.check.sheet}
      onSheetChange={(sheet) => void steps.checkActions.changeSheet(sheet)}
      detected={steps.check.detected}
      columns={steps.check.columns}
      onColumnChange={steps.checkActions.changeColumn}
      busy={steps.check.busy}
      onRun={() => void steps.checkActions.run()}
      outcome={steps.check.outcome}
      selection={steps.selection}
      onSelectProblem={(problem) => void steps.selectProblem(problem)}
      canSelectProblem={steps.canSelectProblem}
      showsCells={service.host === "browser"}
    />
  );
}

function ProgressView({ steps, service }: ViewProps) {
  return (
    <ProgressStep
      available={Boolean(service.buildProgress)}
      check={steps.report}
      candidateSheets={steps.candidateSheets}
      chosenSheets={steps.progress.sheets}
      onToggleSheet={steps.progressActions.toggleSheet}
      canAddFiles={Boolean(service.addProgressFile)}
      files={steps.progress.files}
      fileProblems={steps.progress.fileProblems}
      onAddFiles={(files) => void steps.progressActions.addFiles(files)}
      onRemoveFile={steps.progressActions.removeFile}
      asOf={steps.progress.asOf}
      onAsOfChange={steps.progressActions.changeAsOf}
      asOfFrom={steps.progress.asOfFrom}
      asOfWarnings={steps.progress.asOfWarnings}
      onConfirmAsOf={() => void steps.progressActions.run({ confirmed: true })}
      onCancelAsOf={steps.progressActions.cancelRun}
      stale={steps.progressStale}
      onUndo={steps.progressActions.unresolve}
      busy={steps.progress.busy}
      onRun={() => void steps.progressActions.run()}
      outcome={steps.progress.outcome}
      resolutions={steps.progress.resolutions}
      onResolve={steps.progressActions.resolve}
      selection={steps.selection}
      onSelectProblem={(problem) => void steps.selectProblem(problem)}
      canSelectProblem={steps.canSelectProblem}
      showsCells={service.host === "browser"}
    />
  );
}

function WriteView({ steps, service, onDownload }: ViewProps) {
  return (
    <>
    <WriteStep
      available={Boolean(service.planLedger && service.writeLedger)}
      host={service.host}
      plan={steps.ledger.plan}
      hasProgress={steps.progress.outcome !== null}
      busy={steps.ledger.busy}
      onWrite={() => void steps.ledgerActions.write()}
      written={steps.ledger.written}
      confirmOverwrite={steps.ledger.confirmOverwrite}
      onConfirmOverwrite={() => void steps.ledgerActions.confirmOverwrite()}
      onCancelOverwrite={steps.ledgerActions.cancelOverwrite}
      progressStale={steps.progressStale}
      writtenStale={steps.writtenStale}
      errorCount={steps.progress.outcome?.problems.filter((problem) => problem.severity === "error").length ?? 0}
      confirmErrors={steps.ledger.confirmErrors}
      onConfirmErrors={() => void steps.ledgerActions.confirmErrors()}
      onDownload={onDownload}
    />
    <LoopActions
      available={Boolean(service.makeTemplates && service.makeNotices)}
      hasTasks={steps.report !== null}
      notReported={steps.progress.outcome ? (steps.progress.outcome.notReported ?? []) : null}
      busy={steps.loop.busy}
      downloaded={steps.loop.downloaded}
      onTemplates={() => void steps.loopActions.templates()}
      onNotices={() => void steps.loopActions.notices()}
    />
    </>
  );
}

function SettingsView({ steps, service }: ViewProps) {
  return (
    <SettingsPanel
      available={Boolean(service.readSettings && service.saveSettings)}
      current={steps.settings.current}
      draft={steps.settings.draft}
      fieldProblems={steps.settingsFieldProblems}
      busy={steps.settings.busy}
      saved={steps.settings.saved}
      onChange={steps.settingsActions.change}
      onReset={steps.settingsActions.reset}
      onSave={() => void steps.settingsActions.save()}
      {...(service.selfTest ? { onSelfTest: service.selfTest } : {})}
    />
  );
}

/**
 * The step the clerk chose, wired to the pane's state (useAppSteps).
 * @example <StepView steps={steps} service={service} onDownload={onDownload} />
 */
export function StepView(props: ViewProps) {
  return (
    <Suspense fallback={<Spinner size="small" data-loading="on-demand" />}>
      <ChosenStep {...props} />
    </Suspense>
  );
}

function ChosenStep(props: ViewProps) {
  switch (props.steps.step) {
    case "import":
      return <ImportView {...props} />;
    case "check":
      return <CheckView {...props} />;
    case "progress":
      return <ProgressView {...props} />;
    case "write":
      return <WriteView {...props} />;
    case "settings":
      return <SettingsView {...props} />;
  }
}
