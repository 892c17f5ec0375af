/**
 * Export downloads (GET /api/export): the file `selaras export` writes for a format, a document (or
 * the whole corpus) and the units asked for (confirmed, or every unit with English). Moses is three
 * files (Indonesian, English, ids): one link each.
 */
import { useState } from "preact/hooks";
import type { TFunction } from "../api";

const FORMATS: Array<{ format: string; label: string; part?: string }> = [
  { format: "tmx", label: "TMX" }, { format: "xliff", label: "XLIFF" }, { format: "xliff12", label: "XLIFF 1.2" }, { format: "tsv", label: "TSV" },
  { format: "jsonl", label: "JSONL" },
  { format: "moses", label: "id", part: "id" }, { format: "moses", label: "en", part: "en" }, { format: "moses", label: "ids", part: "ids" },
];

export function exportUrl(format: string, o: { document?: string; status?: string; part?: string }): string {
  const q = new URLSearchParams({ format });
  if (o.document) q.set("document", o.document);
  if (o.status) q.set("status", o.status);
  if (o.part) q.set("part", o.part);
  return `/api/export?${q.toString()}`;
}

/** Download links for one document or (without `document`) the whole corpus. */
export function ExportMenu({ t, document }: { t: TFunction; document?: string }) {
  const [status, setStatus] = useState("");
  // (its links made once it is opened: a dashboard lists hundreds of documents, each with this menu)
  const [opened, setOpened] = useState(false);
  return (
    <details class="export-menu" data-export={document ?? "corpus"} onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true); }}>
      <summary>{t(document ? "web.export.document" : "web.export.corpus")}</summary>
      {opened && <div class="export-body">
        <label>{t("web.export.status")}{" "}
          <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">{t("web.export.status-confirmed")}</option>
            <option value="all">{t("web.export.status-all")}</option>
          </select>
        </label>
        <span class="formats">
          {FORMATS.map((f) => (
            <a key={`${f.format}${f.part ?? ""}`} class="download" download href={exportUrl(f.format, { ...(document ? { document } : {}), ...(status ? { status } : {}), ...(f.part ? { part: f.part } : {}) })}
              data-format={f.part ? `${f.format}-${f.part}` : f.format}>
              {f.part ? t("web.export.moses-part", { part: f.label }) : f.label}
            </a>
          ))}
        </span>
      </div>}
    </details>
  );
}
