/**
 * English editions pasted from elsewhere (the target side of `selaras align`): hard-wrapped wire copy
 * (LF, CRLF, with and without blank lines; words cut by a hyphen at a line's end and hyphenated words
 * broken at their hyphen), HTML remnants, invisible characters, list bullets and markdown. Each case
 * asserts the exact sentences; every sentence is its range of the text, or (in a joined hard-wrapped
 * paragraph) that range unwrapped.
 */
import { ENGLISH_PASTE, englishSentences, splitEnglish } from "../../src/segment/english";
import { readableText, unwrapText } from "../../src/segment/paste";

function sentences(text: string): string[] {
  const s = splitEnglish(text);
  for (const x of s) {
    const slice = text.slice(x.start, x.end);
    expect(x.text).toBe(readableText(slice, ENGLISH_PASTE));
    expect(x.text).not.toMatch(/[\r\n]/);
  }
  expect(englishSentences(text)).toEqual(s.map((x) => x.text));
  return s.map((x) => x.text);
}

const WIRE = [
  "Indonesia's central bank holds rates steady as rupiah weakens",
  "",
  "JAKARTA (Reuters) - Indonesia's central bank kept its benchmark interest",
  "rate unchanged on Wednesday, as expected, saying it wanted to support the",
  "rupiah, which has fallen to its weakest level in more than two years.",
  "",
  "Bank Indonesia (BI) held the seven-day reverse repurchase rate at 6.00%",
  "for a third straight month. All 30 economists polled by Reuters last week",
  "had expected no change. \"The decision is consistent with efforts to keep",
  "inflation within the target range,\" Governor Perry Warjiyo told a news",
  "conference.",
  "",
  "The rupiah has lost about 4% against the dollar this year. The govern-",
  "ment said on Tuesday it would cut the budget deficit, a move welcomed by",
  "well-",
  "known investors such as Lt. Gen. (ret.) Luhut Pandjaitan and Maj. Gen.",
  "Agus Subiyanto.",
];
const WIRE_SENTENCES = [
  "Indonesia's central bank holds rates steady as rupiah weakens",
  "JAKARTA (Reuters) - Indonesia's central bank kept its benchmark interest rate unchanged on Wednesday, as expected, saying it wanted to support the rupiah, which has fallen to its weakest level in more than two years.",
  "Bank Indonesia (BI) held the seven-day reverse repurchase rate at 6.00% for a third straight month.",
  "All 30 economists polled by Reuters last week had expected no change.",
  "\"The decision is consistent with efforts to keep inflation within the target range,\" Governor Perry Warjiyo told a news conference.",
  "The rupiah has lost about 4% against the dollar this year.",
  "The government said on Tuesday it would cut the budget deficit, a move welcomed by well-known investors such as Lt. Gen. (ret.) Luhut Pandjaitan and Maj. Gen. Agus Subiyanto.",
];

describe("hard-wrapped English: a line that does not end a sentence goes on on the next", () => {
  it("a wire story wrapped at 74 columns, a dateline, a cut word, a compound broken at its hyphen, titles at a line's end", () => {
    const text = WIRE.join("\n") + "\n";
    expect(sentences(text)).toEqual(WIRE_SENTENCES);
    // (a joined paragraph is one paragraph)
    expect(splitEnglish(text).map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 2, 3, 3]);
  });

  it("without blank lines, with CRLF, lone CR and trailing blanks: the same sentences", () => {
    const noBlank = WIRE.filter((l, i) => l !== "" || i === 1);
    expect(sentences(noBlank.join("\n"))).toEqual(WIRE_SENTENCES);
    expect(sentences(WIRE.map((l) => l + " \t").join("\r\n") + "\r\n")).toEqual(WIRE_SENTENCES);
    expect(sentences(WIRE.join("\r"))).toEqual(WIRE_SENTENCES);
  });

  it("a number cut before its unit, COVID-19, decision-making, a cut word, `Dr.` at a line's end (CRLF, no blank lines)", () => {
    const text = [
      "Floods displace thousands in West Java",
      "JAKARTA, Dec 5 (AP) - Floods and landslides triggered by torrential rain",
      "displaced more than 12,000 people in West Java province, officials said on",
      "Friday. The 10-",
      "year-old drainage system collapsed under the weight of water. COVID-",
      "19 rules had delayed the repairs, a decision-",
      "making process critics called slow. Dr.",
      "Siti Nadia Tarmizi, a health ministry official, said the agency had an-",
      "nounced free checkups for victims.",
      "Rescuers were still searching for 14 missing people on Saturday.",
    ].join("\r\n");
    expect(sentences(text)).toEqual([
      "Floods displace thousands in West Java",
      "JAKARTA, Dec 5 (AP) - Floods and landslides triggered by torrential rain displaced more than 12,000 people in West Java province, officials said on Friday.",
      "The 10-year-old drainage system collapsed under the weight of water.",
      "COVID-19 rules had delayed the repairs, a decision-making process critics called slow.",
      "Dr. Siti Nadia Tarmizi, a health ministry official, said the agency had announced free checkups for victims.",
      "Rescuers were still searching for 14 missing people on Saturday.",
    ]);
  });

  it("a dateline alone on its line opens the lead; dotted initials at a line's end go on before a word that opens no sentence", () => {
    const text = [
      "US sanctions Indonesian nickel firm",
      "",
      "JAKARTA, Dec 5 (Reuters) -",
      "The United States imposed sanctions on an Indonesian nickel smelter over",
      "forced labour, a move that officials said would complicate ties with the U.S.",
      "Treasury, which leads the talks. Shares in the company fell 7% on Friday, the",
      "steepest fall in a year. Analysts said the smelter would be hit hard by the U.S.",
      "The firm's shares fell 7%, the most in a year, after the Treasury statement.",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "US sanctions Indonesian nickel firm",
      "JAKARTA, Dec 5 (Reuters) - The United States imposed sanctions on an Indonesian nickel smelter over forced labour, a move that officials said would complicate ties with the U.S. Treasury, which leads the talks.",
      "Shares in the company fell 7% on Friday, the steepest fall in a year.",
      "Analysts said the smelter would be hit hard by the U.S.",
      "The firm's shares fell 7%, the most in a year, after the Treasury statement.",
    ]);
  });

  it("an abbreviation before a number at a line's end goes on (`Sept.` / `25`), as inside a line; a signature stays apart", () => {
    const text = [
      "Indonesia to hold regional elections in November",
      "",
      "JAKARTA, Jan 8 (Reuters) - Indonesia will hold simultaneous regional elections",
      "in 37 provinces on Nov. 27, the election commission said on Monday, setting the",
      "stage for a contest between allies of President Prabowo Subianto and his rivals.",
      "The commission said voting would start at 7 a.m. and polling stations would",
      "close at 1 p.m. local time. The vote had been set for Sept.",
      "25 but was moved after lawmakers revised the law in a process described as",
      "rushed by the Constitutional Court.",
      "(Reporting by Stanley Widianto; Editing by Ed Davies)",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "Indonesia to hold regional elections in November",
      "JAKARTA, Jan 8 (Reuters) - Indonesia will hold simultaneous regional elections in 37 provinces on Nov. 27, the election commission said on Monday, setting the stage for a contest between allies of President Prabowo Subianto and his rivals.",
      "The commission said voting would start at 7 a.m. and polling stations would close at 1 p.m. local time.",
      "The vote had been set for Sept. 25 but was moved after lawmakers revised the law in a process described as rushed by the Constitutional Court.",
      "(Reporting by Stanley Widianto; Editing by Ed Davies)",
    ]);
  });

  it("a title's second line in capitals stays a line of its own; short lines are not joined", () => {
    const text = "Jokowi meets Xi in Beijing\nTalks focus on nickel\n\nBy Ananda Teresia\n\nPresident Joko Widodo met Chinese President Xi Jinping on Friday.\nThey discussed nickel.\n";
    expect(sentences(text)).toEqual([
      "Jokowi meets Xi in Beijing", "Talks focus on nickel", "By Ananda Teresia",
      "President Joko Widodo met Chinese President Xi Jinping on Friday.", "They discussed nickel.",
    ]);
  });

  it("one paragraph per line, lines longer than a wrapped text's: every line stays a paragraph", () => {
    const long = "Indonesia's parliament on Tuesday passed a revision of the mining law that gives priority to state-owned firms and religious groups in the allocation of permits";
    const text = `${long}\nthat critics say will favour insiders.\n`;
    expect(sentences(text)).toEqual([long, "that critics say will favour insiders."]);
  });

  it.each([
    // kept: a capital or a digit after it, a number before it, a known first or second part, a repeated word
    ["pro", "Western", true], ["COVID", "19", true], ["10", "year", true], ["well", "known", true], ["self", "imposed", true],
    ["state", "owned", true], ["decision", "making", true], ["Jakarta", "based", true], ["two", "day", true], ["so", "so", true],
    // cut by a hyphenation program: whole again
    ["govern", "ment", false], ["an", "nounced", false], ["In", "donesia", false], ["inter", "national", false], ["invest", "ment", false],
    // a known first part before the mere end of a word: cut
    ["state", "ment", false], ["part", "ner", false], ["open", "ing", false],
  ])("keepsHyphen (English) %s- / %s: %s", (a, b, keeps) => {
    expect(ENGLISH_PASTE.keepsHyphen(a, b)).toBe(keeps);
    expect(unwrapText(`${a}-\n${b}`, ENGLISH_PASTE)).toBe(keeps ? `${a}-${b}` : a + b);
  });
});

describe("HTML remnants, invisible characters, bullets and markdown in English", () => {
  it("paragraph tags, &nbsp;, &quot;, &#39;, <br> and a bold subheading: sentences end there, tags are not sentences", () => {
    const text = [
      "<p>JAKARTA (Reuters)&nbsp;- Indonesia&#39;s parliament passed a new criminal code on Tuesday.&nbsp;The code bans sex outside marriage.</p>",
      "<p>&quot;We have tried our best,&quot; said lawmaker Bambang Wuryanto.<br>Critics said the law would hurt tourism.</p>",
      "<p><strong>Tourism fears</strong></p>",
      "<p>Bali&rsquo;s governor said visitors would not be checked.</p>",
      "<p></p>",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "JAKARTA (Reuters) - Indonesia's parliament passed a new criminal code on Tuesday.",
      "The code bans sex outside marriage.",
      "\"We have tried our best,\" said lawmaker Bambang Wuryanto.",
      "Critics said the law would hurt tourism.",
      "Tourism fears",
      "Bali’s governor said visitors would not be checked.",
    ]);
    expect(splitEnglish(text).map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it("zero-width spaces between sentences and soft hyphens inside words", () => {
    const text = "Volcano erupts on Java.\u200bThe Semeru volcano erupted on Sunday.\u200bAsh rose 1.5 km into the sky.\nThe agency said resi\u00addents had been evac\u00aduated. No casualties were reported.\n";
    expect(sentences(text)).toEqual([
      "Volcano erupts on Java.", "The Semeru volcano erupted on Sunday.", "Ash rose 1.5 km into the sky.",
      "The agency said residents had been evacuated.", "No casualties were reported.",
    ]);
  });

  it("Word and markdown list bullets, a markdown heading and bold marks", () => {
    const text = "## Key points of the new budget\n\n\u2022 Spending rises 6% to 3,600 trillion rupiah. Most goes to food programs.\n- Fuel subsidies are cut.\n* Free meals reach **80 million** children.\n\n**JAKARTA** - Stocks rose 1.2% on Monday.\n";
    expect(sentences(text)).toEqual([
      "Key points of the new budget",
      "Spending rises 6% to 3,600 trillion rupiah.", "Most goes to food programs.",
      "Fuel subsidies are cut.", "Free meals reach 80 million children.",
      "JAKARTA - Stocks rose 1.2% on Monday.",
    ]);
  });
});
