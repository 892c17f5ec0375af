/**
 * The join hint on the two rows of a suggested join: the reason is said of the unit it describes —
 * on the other row it names that unit ("the next unit starts in lower case"), both directions, both languages.
 */
import { createT } from "../../src/i18n";
import { suggestionsByUnit, suggestionText, type Suggestion } from "../../src/web/client/views/editor/joins";

const units = [{ ref: "d:1" }, { ref: "d:2+3" }, { ref: "d:4" }, { ref: "d:5" }];
/** ends mid-phrase: said of the first half (d:2, inside the joined unit d:2+3); starts in lower case: of the second (d:5). */
const suggestions: Suggestion[] = [
  { document: "d", refs: ["d:1", "d:2"], reason: "ends-mid-phrase", texts: ["Ia menyebut langkah yang.", "Signifikan."], fragment: "d:1" },
  { document: "d", refs: ["d:3", "d:4"], reason: "starts-with-connector", texts: ["Ketika Presiden tiba.", "Para menteri menyambutnya."], fragment: "d:3" },
  { document: "d", refs: ["d:4", "d:5"], reason: "lowercase-start", texts: ["Tim evaluasi mencatat", "bahwa rumah terendam."], fragment: "d:5" },
];

function hints(lang: "en" | "id"): Record<string, string[]> {
  const t = createT(lang);
  const by = suggestionsByUnit(units, suggestions);
  return Object.fromEntries([...by].map(([ref, list]) => [ref, list.map((s) => suggestionText(t, s))]));
}

it("says the reason of the unit it describes on both rows, in English", () => {
  expect(hints("en")).toEqual({
    "d:1": ["Looks like one sentence with the next unit (ends in the middle of a phrase)."],
    "d:2+3": ["Looks like one sentence with the previous unit (the previous unit ends in the middle of a phrase).", "Looks like one sentence with the next unit (starts with a connecting word)."],
    "d:4": ["Looks like one sentence with the previous unit (the previous unit starts with a connecting word).", "Looks like one sentence with the next unit (the next unit starts in lower case)."],
    "d:5": ["Looks like one sentence with the previous unit (starts in lower case)."],
  });
});

it("and in Indonesian", () => {
  expect(hints("id")).toEqual({
    "d:1": ["Tampaknya satu kalimat dengan unit berikutnya (berakhir di tengah frasa)."],
    "d:2+3": ["Tampaknya satu kalimat dengan unit sebelumnya (unit sebelumnya berakhir di tengah frasa).", "Tampaknya satu kalimat dengan unit berikutnya (diawali kata penghubung)."],
    "d:4": ["Tampaknya satu kalimat dengan unit sebelumnya (unit sebelumnya diawali kata penghubung).", "Tampaknya satu kalimat dengan unit berikutnya (unit berikutnya diawali huruf kecil)."],
    "d:5": ["Tampaknya satu kalimat dengan unit sebelumnya (diawali huruf kecil)."],
  });
});
