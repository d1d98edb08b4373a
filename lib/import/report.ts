// What an import reports, row by row: shared by the import runner and the import form.

export type Decision = {
  line: number;
  type: string;
  title: string;
  action: "create" | "update" | "unchanged" | "refuse";
  reason: string;
};

export type ImportResult = { decisions: Decision[]; applied: boolean };

export type ImportReport = ImportResult & { mode: "dry-run" | "apply" };
