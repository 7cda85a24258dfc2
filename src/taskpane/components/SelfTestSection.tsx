import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfTestReport } from "../../workbook/selfTest/selfTestReport";
import { selfTestReportText } from "../../workbook/selfTest/selfTestReport";
import { copyText } from "../copyText";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "12px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "220px" },
});

/**
 * 设置 → 自检: runs the self-test of the workbook's host (Excel through Office.js, or ExcelJS on the page) and shows the
 * report as text to copy and send (docs/EXCEL-SELFTEST.md explains each line).
 * @example <SelfTestSection run={service.selfTest} />
 */
export function SelfTestSection({ run }: { run: () => Promise<SelfTestReport> }) {
  const styles = useStyles();
  const { lang, strings } = useStrings();
  const text = strings.settings;
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const reportText = report ? selfTestReportText(report, lang) : "";
  const start = async () => {
    setBusy(true);
    setCopied(null);
    try {
      setReport(await run());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.root} data-testid="self-test">
      <h2 className={styles.title}>{text.selfTestTitle}</h2>
      <p className={styles.intro}>{text.selfTestIntro}</p>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void start()} data-testid="run-self-test">
          {busy ? text.selfTestRunning : text.selfTestRun}
        </Button>
        {busy && <Spinner size="tiny" />}
        {report && (
          <Button onClick={() => void copyText(reportText).then(setCopied)} data-testid="copy-self-test">
            {text.selfTestCopy}
          </Button>
        )}
      </div>
      {copied !== null && (
        <MessageBar intent={copied ? "success" : "warning"}>
          <MessageBarBody>{copied ? text.selfTestCopied : text.selfTestCopyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {report && <Textarea className={styles.report} readOnly value={reportText} aria-label={text.selfTestReportLabel} data-testid="self-test-report" resize="vertical" />}
    </section>
  );
}
