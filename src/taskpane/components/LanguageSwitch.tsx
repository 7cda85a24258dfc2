import { ToggleButton, makeStyles } from "@fluentui/react-components";
import type { Language } from "../../domain/language";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  root: { display: "inline-flex", gap: "2px" },
});

const LANGUAGES: readonly Language[] = ["zh", "en"];

/**
 * The standalone page's 中文 / English switch (in Excel, Office's display language decides).
 * @example <LanguageSwitch value="zh" onChange={setLang} />
 */
export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (lang: Language) => void }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <span className={styles.root} role="group" aria-label={strings.language}>
      {LANGUAGES.map((lang) => (
        <ToggleButton key={lang} size="small" appearance="subtle" checked={value === lang} onClick={() => onChange(lang)} lang={lang === "zh" ? "zh-CN" : "en"} data-lang={lang}>
          {strings.languageNames[lang]}
        </ToggleButton>
      ))}
    </span>
  );
}
