import { useRef } from "react";
import { Button, type ButtonProps } from "@fluentui/react-components";

export interface FilePickerButtonProps {
  /** File types offered, e.g. ".txt,.docx". */
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  children: string;
  appearance?: ButtonProps["appearance"];
  disabled?: boolean;
  icon?: ButtonProps["icon"];
  size?: ButtonProps["size"];
  /** Test hook for the hidden file input. */
  inputTestId?: string;
}

/**
 * A button that opens the browser's file chooser (a hidden <input type="file">).
 * @example <FilePickerButton accept=".txt,.docx" onFiles={([file]) => pickFile(file)}>选择文件</FilePickerButton>
 */
export function FilePickerButton({ accept, multiple = false, onFiles, children, appearance = "secondary", disabled = false, icon, size, inputTestId }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        data-testid={inputTestId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button appearance={appearance} disabled={disabled} icon={icon} size={size} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
