import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import type { Language } from "../../domain/language";

/**
 * At the top of the pane: what this Excel lacks (excelApiSupport's warnings) and that the standalone page does it.
 * @example <ExcelApiNotice problems={support.problems} lang="zh" />
 */
export function ExcelApiNotice({ problems, lang }: { problems: readonly Problem[]; lang: Language }) {
  return (
    <>
      {problems.map((problem) => (
        <MessageBar key={problem.message} intent="warning" layout="multiline" data-testid="excel-api-notice">
          <MessageBarBody>{lang === "en" ? problem.messageEn : problem.message}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
