import { useMemo } from "react";
import { Button, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../domain/language";
import type { Problem } from "../../domain/problem";
import { stringsFor } from "../strings/stringsFor";
import { StringsContext } from "../strings/useStrings";
import { FilePickerButton } from "./FilePickerButton";
import { LanguageSwitch } from "./LanguageSwitch";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { boxSizing: "border-box", maxWidth: "960px", margin: "0 auto", padding: "8px 12px 24px 12px", display: "flex", flexDirection: "column", gap: "12px" },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "8px" },
});

export interface StandaloneWelcomeProps {
  lang: Language;
  onLanguageChange: (lang: Language) => void;
  /** A workbook is being opened. */
  busy: boolean;
  /** Why the last file could not be opened. */
  problems: Problem[];
  /** Open a file, or a blank workbook for null. */
  onOpen: (file: File | null) => void;
}

/**
 * The standalone page before a workbook is open: the title, the 中文/English switch, what the page does, and the
 * buttons to open an .xlsx/.csv or start blank, with why a file could not be opened.
 * @example <StandaloneWelcome lang="zh" onLanguageChange={setLang} busy={false} problems={[]} onOpen={open} />
 */
export function StandaloneWelcome({ lang, onLanguageChange, busy, problems, onOpen }: StandaloneWelcomeProps) {
  const styles = useStyles();
  const strings = stringsFor(lang);
  const context = useMemo(() => ({ lang, strings }), [lang, strings]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <StringsContext.Provider value={context}>
        <main className={styles.root}>
          <div className={styles.top}>
            <h1 className={styles.title}>{strings.appTitle}</h1>
            <LanguageSwitch value={lang} onChange={onLanguageChange} />
          </div>
          <p className={styles.intro}>{strings.standalone.intro}</p>
          <div className={styles.actions}>
            <FilePickerButton appearance="primary" accept=".xlsx,.csv" onFiles={([file]) => onOpen(file)} disabled={busy} inputTestId="open-workbook">
              {strings.standalone.openFile}
            </FilePickerButton>
            <Button onClick={() => onOpen(null)} disabled={busy} data-testid="start-blank">
              {strings.standalone.startBlank}
            </Button>
            {busy && <Spinner size="tiny" label={strings.standalone.opening} />}
          </div>
          {problems.length > 0 && <ProblemList problems={problems} />}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
