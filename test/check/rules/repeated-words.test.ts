import check from "../../../src/check/rules/repeated-words";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Presiden meresmikan bendungan baru.", target: "The president inaugurated a new dam." },
    { source: "Ia mengatakan bahwa keputusan itu final.", target: "He said that that decision was final.", name: "that that" },
    { source: "Ia sudah kenyang.", target: "He had had enough.", name: "had had" },
    { source: "Masalahnya adalah biaya.", target: "What it is is a matter of cost.", name: "is is" },
    { source: "Pemeriksaan dari pintu ke pintu.", target: "Checks went door to door, day by day.", name: "another word between" },
    { source: "Kondisinya biasa saja.", target: "The condition is so-so.", name: "a hyphen between" },
    { source: "Ia berlibur ke Bora Bora.", target: "She holidayed in Bora Bora.", name: "the source repeats it too" },
    { source: "Skor akhir 10 10.", target: "The final score was 10 10.", name: "numbers" },
    { source: "Kata juru bicara Samsuar Said.", target: "Spokesman Samsuar Said said.", name: "a name and a word" },
    { source: "Bank sentral Bank Indonesia.", target: "The central bank Bank Indonesia.", name: "a word and a name" },
    { source: "Ia tiba. Ia pergi.", target: "Then, then he left.", name: "a comma between" },
  ],
  invalid: [
    { source: "Presiden meresmikan bendungan baru.", target: "The president inaugurated a new new dam.", errors: [{ messageId: "repeated", data: { words: "new" }, target: { start: 28, end: 35 }, fix: { start: 31, end: 35, text: "" } }] },
    { source: "Buruh berunjuk rasa.", target: "The the workers rallied.", name: "a sentence's first word", errors: [{ messageId: "repeated", data: { words: "The" }, target: { start: 0, end: 7 } }] },
    { source: "Ia mencetak gol untuk klub.", target: "He scored for the club for the club.", errors: [{ messageId: "repeated", data: { words: "for the club" }, target: { start: 10, end: 35 }, fix: { start: 22, end: 35, text: "" } }] },
    { source: "Longsor menutup akses ke desa itu.", target: "A landslide cut access to the village to the village to the village.", name: "three times: one finding, the fix deletes both repeats",
      errors: [{ messageId: "repeated", data: { words: "to the village" }, target: { start: 23, end: 67 }, fix: { start: 37, end: 67, text: "" } }] },
    { source: "Cuaca ekstrem hingga akhir pekan.", target: "Extreme weather until the end of the week the end of the week.", name: "five words", errors: [{ messageId: "repeated", data: { words: "the end of the week" } }] },
    { source: "Laporan dirilis. Harga naik.", target: "The report was released released. Prices rose rose.", errors: [{ messageId: "repeated", data: { words: "released" } }, { messageId: "repeated", data: { words: "rose" } }] },
  ],
});
