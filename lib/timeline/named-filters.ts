import "server-only";
import { db } from "@/lib/db";
import { sameText } from "@/lib/records/like";
import { allCountries, isCountryCode } from "@/lib/reference/countries";
import type { RawParams } from "@/lib/browse/state";

// The timeline form picks its series and countries in fields that suggest as one types, so it
// sends them by name ("India-US Homeland Security Dialogue", "United States"); links and exports
// name them by id and code. These turn the names into the ids and codes, so the form's request can
// be sent on to the one URL of that timeline.

export type NamedFilters = {
  /** the parameters with names replaced by ids and codes, and empty fields left out */
  params: RawParams;
  /** where to send the request on to: set when something was replaced and everything matched */
  redirectTo: string | null;
  /** what could not be matched, by field, with the text as typed */
  unknown: { series?: string; country: string[] };
};

const numeric = /^\d+$/;

async function seriesIdNamed(name: string): Promise<number | null> {
  const found = await db.dialogueSeries.findFirst({
    where: { deletedAt: null, OR: [{ name: sameText(name) }, { shortName: sameText(name) }] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return found?.id ?? null;
}

function countryCodeNamed(text: string): string | null {
  if (isCountryCode(text)) return text.toUpperCase();
  const lower = text.toLowerCase();
  return allCountries().find((c) => c.name.toLowerCase() === lower)?.code ?? null;
}

export async function resolveNamedFilters(raw: RawParams): Promise<NamedFilters> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  const unknown: NamedFilters["unknown"] = { country: [] };
  let changed = false;

  const series = params.get("series")?.trim();
  if (series !== undefined && !numeric.test(series)) {
    params.delete("series");
    changed = true;
    if (series) {
      const id = await seriesIdNamed(series);
      if (id) params.set("series", String(id));
      else unknown.series = series;
    }
  }
  const countries = params.getAll("country").map((c) => c.trim());
  if (countries.some((c) => !c || !/^[A-Z]{2}$/.test(c))) {
    changed = true;
    params.delete("country");
    for (const text of countries.filter(Boolean)) {
      const code = countryCodeNamed(text);
      if (code) params.append("country", code);
      else unknown.country.push(text);
    }
  }
  // empty fields of the form say nothing
  for (const key of [...new Set(params.keys())])
    if (params.getAll(key).every((v) => v === "")) {
      params.delete(key);
      changed = true;
    }
  const matched = !unknown.series && unknown.country.length === 0;
  return {
    params: Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])),
    redirectTo: changed && matched ? `/timeline${params.size ? `?${params}` : ""}` : null,
    unknown,
  };
}
