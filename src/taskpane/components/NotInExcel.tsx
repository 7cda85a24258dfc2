import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../domain/language";
import { stringsFor } from "../strings/stringsFor";

const useStyles = makeStyles({
  root: { padding: "16px", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  title: { margin: "0 0 8px 0", fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
});

/**
 * What taskpane.html shows when opened outside Excel, or in an Excel too old for the add-in (`reason`, from
 * excelApiSupport): where to open it, and the standalone page.
 * @example root.render(<NotInExcel lang="zh" />)
 */
export function NotInExcel({ lang, reason }: { lang: Language; reason?: string }) {
  const styles = useStyles();
  const strings = stringsFor(lang);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <p>
          {reason ?? strings.notInExcel.body} <Link href="standalone.html">{strings.notInExcel.link}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
