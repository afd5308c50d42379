/** The report's formats, apart from their renderers: the CLI checks --format before it loads any. */
export const REPORT_FORMATS = ["text", "json", "markdown", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
