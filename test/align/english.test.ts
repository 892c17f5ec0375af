/** The English sentence splitter used for the target side of alignment. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { sharedPath } from "../../bench/lib/shared";
import { englishSentences, splitEnglish } from "../../src/segment/english";
import { segmentArticle } from "../../src/segment";

describe("splitEnglish", () => {
  test("paragraphs, abbreviations, decimals, quotes; offsets into the text", () => {
    const text = 'Mr. Smith went to Washington D.C. on Monday. He paid $2.5 million.\r\n\nIt was "great." Then he left!\n';
    const s = splitEnglish(text);
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ["Mr. Smith went to Washington D.C. on Monday.", 0],
      ["He paid $2.5 million.", 0],
      ['It was "great."', 1],
      ["Then he left!", 1],
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test.each([
    ["Cheney accused U.S. House Speaker Nancy Pelosi. She denied it.", ["Cheney accused U.S. House Speaker Nancy Pelosi.", "She denied it."]],
    ["He won the U.S. Open in 2007. AP quoted V.N. Mathur, a manager.", ["He won the U.S. Open in 2007.", "AP quoted V.N. Mathur, a manager."]],
    // dotted initials before a word that opens sentences end the sentence
    ["Sanctions were imposed by the U.S. The move angered Moscow.", ["Sanctions were imposed by the U.S.", "The move angered Moscow."]],
    ["The ship sailed to the U.K. It arrived on Monday.", ["The ship sailed to the U.K.", "It arrived on Monday."]],
    ["Police Insp. Gen. Karyoto spoke at approx. 3 p.m. on Friday. He left.", ["Police Insp. Gen. Karyoto spoke at approx. 3 p.m. on Friday.", "He left."]],
    ["The account, i.e. Darwinism's, was criticised. Critics disagreed.", ["The account, i.e. Darwinism's, was criticised.", "Critics disagreed."]],
    ["Maj. Gen. (ret.) Hartono said so. He left.", ["Maj. Gen. (ret.) Hartono said so.", "He left."]],
    // a clock time before a day, a month, a time zone or a place and `time` goes on; before anything else it may end the sentence
    ["Talks began at 10 a.m. Jakarta time and closed at 1 p.m. WIB. The quake struck at 9 p.m. Tuesday, officials said.", ["Talks began at 10 a.m. Jakarta time and closed at 1 p.m. WIB.", "The quake struck at 9 p.m. Tuesday, officials said."]],
    ["Police arrived at 3 a.m. Residents had fled.", ["Police arrived at 3 a.m.", "Residents had fled."]],
    // a time zone spelt out (ANTARA's English writes WIB so) goes on; `Time` the magazine after a clock time does not
    ["The session closed at 10:15 p.m. Western Indonesia Time. The bill passed.", ["The session closed at 10:15 p.m. Western Indonesia Time.", "The bill passed."]],
    ["It landed at 6 a.m. Eastern Standard Time on Monday. Crews waited.", ["It landed at 6 a.m. Eastern Standard Time on Monday.", "Crews waited."]],
    ["The talks ended at 9 p.m. Time magazine said so.", ["The talks ended at 9 p.m.", "Time magazine said so."]],
    // a related article's link in brackets inside a paragraph is a piece of its own; brackets of the sentence stay
    ["Prices rose on Monday. (Read also: Rupiah weakens against dollar) Traders said demand was strong.", ["Prices rose on Monday.", "(Read also: Rupiah weakens against dollar)", "Traders said demand was strong."]],
    ["Prices rose (related: see chart) on Monday. Traders left.", ["Prices rose (related: see chart) on Monday.", "Traders left."]],
    // a clock time and its conversion in brackets (wire style) go on
    ["The data was released at 11 a.m. (0400 GMT). The quake struck at 10:30 p.m. (1530 GMT) on Sunday.", ["The data was released at 11 a.m. (0400 GMT).", "The quake struck at 10:30 p.m. (1530 GMT) on Sunday."]],
    // one initial after a word in small letters (the engine keeps one only after a capitalised word)
    ["Vendors in W. Jakarta were moved, said M. Arif Junaedi. They left.", ["Vendors in W. Jakarta were moved, said M. Arif Junaedi.", "They left."]],
    ["They need vitamin C. The doctor said so.", ["They need vitamin C.", "The doctor said so."]],
    // a live blog's time or a dateline before a dash opens the sentence after the dash (the engine cut after `p.m.`)
    ["4:05 p.m. - A seminar on the crescent opens in Jakarta. It is presented by Cecep.", ["4:05 p.m. - A seminar on the crescent opens in Jakarta.", "It is presented by Cecep."]],
    ["WASHINGTON, D.C. – The White House said so. Aides left.", ["WASHINGTON, D.C. – The White House said so.", "Aides left."]],
    ["Police arrived at 3 a.m. — Residents had fled.", ["Police arrived at 3 a.m. — Residents had fled."]],
    // a lettered list
    ["Requirements:\na. Indonesian citizens;\nb. Aged 18 or over.", ["Requirements:", "a. Indonesian citizens;", "b. Aged 18 or over."]],
  ])("news abbreviations and initials: %s", (text, expected) => {
    expect(englishSentences(text)).toEqual(expected);
  });

  test("a closing quote after ! or ? stays with its sentence (the engine ended the sentence before it)", () => {
    const text = 'He spoke. "We will not stay silent!" Retno said. “Is ASEAN ready?” Nobody knew. "Why?" he asked.';
    const s = splitEnglish(text);
    expect(s.map((x) => x.text)).toEqual(['He spoke.', '"We will not stay silent!"', "Retno said.", "“Is ASEAN ready?”", "Nobody knew.", '"Why?" he asked.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    // as the Indonesian splitter cuts the same quote
    expect(segmentArticle('Judul\n\n"Kami tidak akan diam!" Retno menegaskan.\n').slice(1).map((x) => x.text)).toEqual(['"Kami tidak akan diam!"', "Retno menegaskan."]);
  });

  test("empty and blank text give no sentences", () => {
    expect(englishSentences("")).toEqual([]);
    expect(englishSentences("\n  \n\t\n")).toEqual([]);
  });

  test("a headline without a full stop is one sentence", () => {
    expect(englishSentences("Trans-Sumatra toll road opened\n\nThe road links Bakauheni with Terbanggi Besar. It cost 16.8 trillion rupiah.")).toEqual([
      "Trans-Sumatra toll road opened",
      "The road links Bakauheni with Terbanggi Besar.",
      "It cost 16.8 trillion rupiah.",
    ]);
  });

  test("news about Indonesia: years before a period, quotes across sentences, Indonesian and police abbreviations", () => {
    expect(englishSentences('Exports rose in 2006. Meanwhile imports fell. "It must be coordinated first," she said. The minister left.')).toEqual([
      "Exports rose in 2006.", "Meanwhile imports fell.", '"It must be coordinated first," she said.', "The minister left.",
    ]);
    expect(englishSentences("The tunnel runs along Jl. MT Haryono to PT. Pelni's office, said Sr. Comr. Wahyono. It cost Rp. 5 billion.")).toEqual([
      "The tunnel runs along Jl. MT Haryono to PT. Pelni's office, said Sr. Comr. Wahyono.", "It cost Rp. 5 billion.",
    ]);
    expect(englishSentences('He said: "We will go." "80 vehicles were padlocked," he added. (The police agreed.) "Fine."')).toEqual([
      'He said: "We will go."', '"80 vehicles were padlocked," he added.', "(The police agreed.)", '"Fine."',
    ]);
    expect(englishSentences('It bans "why did you have children?" and "stay quiet." It was new.')).toEqual([
      'It bans "why did you have children?" and "stay quiet."', "It was new.",
    ]);
    // a list number at the start of a line stays a list number
    expect(englishSentences("1. First item is here.\n2. Second item.")).toEqual(["1. First item is here.", "2. Second item."]);
  });

  test("Co., Sr., Jr. and D.C. end a sentence before a sentence opener, and only there", () => {
    expect(englishSentences("The deal was signed with Ford Motor Co. The plant will open in 2027.")).toEqual(["The deal was signed with Ford Motor Co.", "The plant will open in 2027."]);
    expect(englishSentences("The award went to George Bush Sr. The ceremony was brief.")).toEqual(["The award went to George Bush Sr.", "The ceremony was brief."]);
    expect(englishSentences("He was represented by Robert Smith Jr. The hearing lasted an hour.")).toEqual(["He was represented by Robert Smith Jr.", "The hearing lasted an hour."]);
    expect(englishSentences("The firm is based in Washington, D.C. The office opened in 2010.")).toEqual(["The firm is based in Washington, D.C.", "The office opened in 2010."]);
    // the word no, not the number's sign, before a sentence opener
    expect(englishSentences("A: No. We held hearings. He said no. The rest left. It is Law No. 7/2017 and Regulation No. XI/2020. No. 1 is Budi.")).toEqual([
      "A: No.", "We held hearings.", "He said no.", "The rest left.", "It is Law No. 7/2017 and Regulation No. XI/2020.", "No. 1 is Budi.",
    ]);
    expect(englishSentences("The office is at Jl. Sudirman No. A5, Jakarta. Gate No. A/3 is closed.")).toEqual(["The office is at Jl. Sudirman No. A5, Jakarta.", "Gate No. A/3 is closed."]);
    for (const one of ["He met Sr. Comr. Wahyono at the office.", "Samsung Electronics Co. Ltd. said so.", "He was in Washington, D.C. on Monday.", "Hyundai Motor Co. Chairman Chung spoke."]) {
      expect(englishSentences(one)).toEqual([one]);
    }
  });

  test("short forms before a number or a name that the engine's lists lack go on: incl., est., Fig., Vols., Pres., Bros. …", () => {
    expect(englishSentences("It sent larvicide to cities incl. Bandung and Bogor. The economy grew an est. 20 percent a year. It rose (see Fig. 2). Vols. 3 and 4 came later.")).toEqual([
      "It sent larvicide to cities incl. Bandung and Bogor.", "The economy grew an est. 20 percent a year.", "It rose (see Fig. 2).", "Vols. 3 and 4 came later.",
    ]);
    expect(englishSentences("He met Pres. Prabowo and Pvt. Budi. Warner Bros. Discovery aired it live. It was sold to Warner Bros. The studio agreed.")).toEqual([
      "He met Pres. Prabowo and Pvt. Budi.", "Warner Bros. Discovery aired it live.", "It was sold to Warner Bros.", "The studio agreed.",
    ]);
  });

  test("a Unicode ellipsis before a capital ends a sentence, as ... does; before a small letter or in brackets it does not", () => {
    const text = 'Sales rose… The firm said… and then it fell. Omitted […] They left. "Now…" The crowd cheered. "Wait…" they said.';
    const s = splitEnglish(text);
    expect(s.map((x) => x.text)).toEqual(["Sales rose…", "The firm said… and then it fell.", "Omitted […] They left.", '"Now…"', "The crowd cheered.", '"Wait…" they said.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test("straight single quotes close a sentence as curly ones do", () => {
    const text = "He said: 'It cannot be done.' She agreed. 'Stop!' Retno said. Some call it 'the ring of fire.' It has 127 volcanoes.";
    const s = splitEnglish(text);
    expect(s.map((x) => x.text)).toEqual(["He said: 'It cannot be done.'", "She agreed.", "'Stop!'", "Retno said.", "Some call it 'the ring of fire.'", "It has 127 volcanoes."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test("a sentence in brackets after a closing quote is a sentence of its own", () => {
    expect(englishSentences('He said the cost was "unsustainable." (The budget exceeds that of the ministry.) He urged cuts.')).toEqual([
      'He said the cost was "unsustainable."', "(The budget exceeds that of the ministry.)", "He urged cuts.",
    ]);
  });

  test("dotted initials after a capitalised word end a sentence before a sentence opener", () => {
    expect(englishSentences("It leases planes from AerCap Holdings N.V. It plans to add 10 jets. Former president B.J. Habibie loved Bali.")).toEqual([
      "It leases planes from AerCap Holdings N.V.", "It plans to add 10 jets.", "Former president B.J. Habibie loved Bali.",
    ]);
  });

  test("the Jakarta Globe's dateline, a place and a full stop, opens the first sentence; a one-word reply does not", () => {
    expect(englishSentences("Jakarta. Indonesia's Constitutional Court on Thursday rejected a petition. The panel ruled 7-2.")).toEqual([
      "Jakarta. Indonesia's Constitutional Court on Thursday rejected a petition.", "The panel ruled 7-2.",
    ]);
    expect(englishSentences("G20 leaders meet\nBy Ananda Teresia\nNusa Dua. Leaders of the G20 met on Tuesday.")).toEqual([
      "G20 leaders meet", "By Ananda Teresia", "Nusa Dua. Leaders of the G20 met on Tuesday.",
    ]);
    // (once, in the first three paragraphs: further down a name and a full stop is a sentence of its own)
    expect(englishSentences("Jakarta. Indonesia's court ruled on Monday in a case.\nBandung. The city was flooded on Tuesday night.\nOne.\nTwo.\nSukarno. The name still resonates with many voters.")).toEqual([
      "Jakarta. Indonesia's court ruled on Monday in a case.", "Bandung.", "The city was flooded on Tuesday night.", "One.", "Two.", "Sukarno.", "The name still resonates with many voters.",
    ]);
    expect(englishSentences("Yes. We will do it again next year.\nThe vote was held. Indonesia won it.\nJakarta. Hi.")).toEqual([
      "Yes.", "We will do it again next year.", "The vote was held.", "Indonesia won it.", "Jakarta.", "Hi.",
    ]);
  });

  test("an abbreviation is one in any case and between CJK characters, as the engine's own scan has it (the lists are narrowed to a line's words)", () => {
    expect(englishSentences("The vote is set for SEPT. 25 in Jakarta. It will be open.")).toEqual(["The vote is set for SEPT. 25 in Jakarta.", "It will be open."]);
    expect(englishSentences("He met GEN. Agus and COMR. Budi on Monday. They spoke.")).toEqual(["He met GEN. Agus and COMR. Budi on Monday.", "They spoke."]);
    expect(englishSentences("Sony opened in 東京Sept. 25 with Inc. partners. The firm said so.")).toEqual(["Sony opened in 東京Sept. 25 with Inc. partners.", "The firm said so."]);
    expect(englishSentences("It rose approx. 5 percent. Sales were flat.")).toEqual(["It rose approx. 5 percent.", "Sales were flat."]);
    // an exclamation word keeps its mark (the engine's EXCLAMATION_WORDS)
    expect(englishSentences("Wow. Yahoo! is a firm. The visit ended.")).toEqual(["Wow. Yahoo! is a firm.", "The visit ended."]);
  });

  test("every split of the shared English (panl-bppt, guntara-news; as lines and as paragraphs of four) is the splitter's before the abbreviation lists were narrowed to a line's words (sha256 of the sentences with their offsets)", () => {
    const digest = (set: string, paragraphs: boolean): [number, string] => {
      const text = fs.readFileSync(sharedPath("data", "align", "data", set, "eng.txt"), "utf8");
      const lines = text.split("\n");
      const paras: string[] = [];
      for (let k = 0; k < lines.length; k += 4) paras.push(lines.slice(k, k + 4).join(" "));
      const s = splitEnglish(paragraphs ? paras.join("\n") : text);
      return [s.length, createHash("sha256").update(JSON.stringify(s)).digest("hex")];
    };
    expect(digest("panl-bppt", false)).toEqual([2024, "b323ab15e8d8bba6ab4da41f2dd5235c086175391581184774aeab55f04fec4f"]);
    expect(digest("panl-bppt", true)).toEqual([1959, "032428e7c63677f7b52f0c46c53b47c197f6760f90ea682bfdc7457c53194fd3"]);
    expect(digest("guntara-news", false)).toEqual([1993, "aaaf0578b579beee5902d26de2a33194d6cb81a061d77fe153683e7ebf2273ce"]);
    expect(digest("guntara-news", true)).toEqual([1785, "378b21604c7d4766271b73c6f6dd710be1cdbbf787fc03906303b8f412c2c4c1"]);
  });
});
