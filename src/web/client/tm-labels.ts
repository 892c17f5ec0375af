/** The labels the workbench shows beside a translation-memory match's score (the session's are in cli/output/session.ts). */
import type { Help, TFunction } from "./api";

/** What is said of a TM match beside its score: exact, clauses in another order, the same quotation, part of a longer sentence or covering part of this one or stored sentences joined, an unconfirmed English (draft, machine-aligned), a unit kept from an imported file. */
export function tmLabels(t: TFunction, m: Help["tm"][number]): string[] {
  const out: string[] = [];
  if (m.exact) out.push(t("web.editor.tm-exact"));
  if (m.reordered) out.push(t("web.editor.tm-reordered"));
  if (m.sameQuotation) out.push(t("web.editor.tm-quotation"));
  if (m.fragment) out.push(t(`web.editor.tm-${m.fragment}`, { count: m.parts?.length ?? 0 }));
  if (m.status === "draft") out.push(t("web.editor.tm-draft"));
  else if (m.status === "aligned") out.push(t("web.editor.tm-aligned"));
  if (m.keptId !== undefined) out.push(t("web.editor.tm-kept", { file: m.originFile ?? "" }));
  return out;
}
