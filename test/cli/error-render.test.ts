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
  expect(renderError(refused("actor-may-not"), createT("id"))).toBe("selaras: putin-tolak-sanksi-barat:6: translator tidak boleh memindahkan unit dari translated ke reviewed (bukan perpindahan yang boleh dilakukan peran ini)");
  // a reason without words stays as it is
  expect(renderError(refused("some-new-reason"), createT("en"))).toBe("selaras: putin-tolak-sanksi-barat:6: a translator may not move a unit from translated to reviewed (some-new-reason)");
});
