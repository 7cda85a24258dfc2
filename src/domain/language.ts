/** Language of generated sheets, messages and text: Chinese first, English second. */
export type Language = "zh" | "en";
