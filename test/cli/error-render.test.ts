/**
 * A refused move's message (`transition-refused`) says why in words of the person's language, not by
 * the lifecycle's code (`actor-may-not`, `second-person-required`).
 */
import { UsageError } from "../../src/errors";
import { createT } from "../../src/i18n";
import { renderError } from "../../src/cli/output/errors";

const refused = (reason: string) => new UsageError("transition-refused", { ref: "putin-tolak-sanksi-barat:6", from: "translated", to: "reviewed", actor: "translator", reason });

it("words the reason of a refused move in English and Indonesian", () => {
  expect(renderError(refused("actor-may-not"), createT("en"))).toBe("selaras: putin-tolak-sanksi-barat:6: a translator may not move a unit from translated to reviewed (not a move this role may make)");
  expect(renderError(refused("second-person-required"), createT("en"))).toBe("selaras: putin-tolak-sanksi-barat:6: a translator may not move a unit from translated to reviewed (a second person reviews what you confirmed)");
  // the states and the role in Indonesian too (it said "translator … dari translated ke reviewed")
  expect(renderError(refused("actor-may-not"), createT("id"))).toBe("selaras: putin-tolak-sanksi-barat:6: penerjemah tidak boleh memindahkan unit dari diterjemahkan ke ditinjau (bukan perpindahan yang boleh dilakukan peran ini)");
  expect(renderError(refused("second-person-required"), createT("id"))).toBe("selaras: putin-tolak-sanksi-barat:6: penerjemah tidak boleh memindahkan unit dari diterjemahkan ke ditinjau (yang Anda konfirmasi ditinjau oleh orang kedua)");
  // a reason without words stays as it is
  expect(renderError(refused("some-new-reason"), createT("en"))).toBe("selaras: putin-tolak-sanksi-barat:6: a translator may not move a unit from translated to reviewed (some-new-reason)");
});

it("names the role of a forbidden action in the person's language", () => {
  const e = new UsageError("role-forbidden", { name: "ayu", role: "reviewer", action: "glossary" });
  expect(renderError(e, createT("id"))).toMatch(/^selaras: ayu \(peninjau\) tidak boleh melakukan ini: /);
  expect(renderError(e, createT("en"))).toMatch(/^selaras: ayu \(reviewer\) /);
});
