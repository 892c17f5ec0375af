/**
 * English-only lines of a news page that translate nothing in the Indonesian article: the wire's
 * credits (`(Reporting by …; Editing by …)`, `Editor: …`), web labels (`Advertisement`, `Read also: …`)
 * and the copyright line. The aligner leaves such a sentence without counterpart; paired, it took the
 * Indonesian sentence the English edition dropped next to it (the last one, most often), the two only
 * the same length. Each pattern is anchored at both ends of the sentence and reviewable on its own.
 * Pure: no I/O.
 */
const CREDIT_PATTERNS: readonly RegExp[] = [
  // "(Reporting by Fathur Rochman; Editing by Rahmad Nasution)" — a wire's credits in brackets
  /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated|written|graphics|photos?|research)\s+by\b[^()]*\)\.?$/i,
  // "Reporting by Stanley Widianto; Editing by Kanupriya Kapoor" — the same without brackets: a capitalised
  // name follows and no full stop ends it (`Reporting by local media showed …` is a sentence)
  /^(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Edited|Compiled|Translated|Written)\s+by\s+\p{Lu}[^!?]*[^.!?\s]$/u,
  // "Reporting by Ahmad Fauzi; editing by Jane Doe." — two credits: a full stop may end them
  /^(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Compiled|Translated)\s+by\s+\p{Lu}[^;!?]*;\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\s+\p{Lu}[^!?]*$/iu,
  // "Editor: Rahmad Nasution" / "Reporter: …" / "Translator: …" — a credit's label and a name (short)
  /^(?=.{0,100}$)(?:Editor|Reporter|Translator|Writer|Photographer|Contributor|Producer)s?\s*:\s*\p{Lu}[^!?]*$/u,
  // "Advertisement" / "Scroll to continue with content" / "Story continues below advertisement" — page labels
  /^(?:advertisement|sponsored(?:\s+content)?|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+content|reading))?|story\s+continues\s+below(?:\s+advertisement)?)\.?$/i,
  // "Read also: …" / "Also read: …" / "Related news: …" / "See also: …" — links to other articles
  /^(?:read\s+(?:also|more)|also\s+read|related(?:\s+(?:news|stories|articles?|coverage))?|see\s+also)\s*:/i,
  // "(Read also: Rupiah weakens against dollar)" — the same in brackets inside a paragraph (the splitter cuts it off)
  /^\(\s*(?:read\s+(?:also|more)|also\s+read|related(?:\s+(?:news|stories|articles?|coverage))?|see\s+also)\s*:[^()]*\)\.?$/i,
  // "COPYRIGHT © ANTARA 2026" / "© 2026 Reuters" — the copyright line
  /^(?=.{0,100}$)(?:copyright\s*)?©/i,
  // "(ANTARA/Aditya Pradana Putra)" / "(REUTERS/Willy Kurniawan)" / "(ANTARA FOTO/Sigid Kurniawan)" — a photo's credit
  /^\(\s*\p{Lu}[\p{L} ]{1,30}\/\s*\p{Lu}[^()/]{1,60}\)$/u,
  // "Photo: Workers at a nickel smelter …" — a caption's label and its text (the Indonesian segmenter drops its captions)
  /^(?=.{0,300}$)(?:Photo|Caption|Image|Video|File photo)\s*:\s*\S/,
  // "Our Standards: The Thomson Reuters Trust Principles." — Reuters's footer
  /^Our Standards:\s*The Thomson Reuters Trust Principles\.?$/,
  // "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast,
  // rewritten or redistributed without permission." — the copyright footer without ©, as the splitter cuts it
  /^(?=.{0,100}$)copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d\b[^!?]*$/i,
  /^All rights reserved\.?$/i,
  /^This material may not be published, broadcast, rewritten,? or redistributed(?: in any (?:form|way))?(?: without (?:prior )?(?:written )?permission)?\.?$/i,
  // "This story has been updated." / "This article was corrected to show …" / "(This story has been refiled to …)"
  // — an editor's note about the English edition itself: `This`, not `The` (`The report was updated in March
  // to include …` is news), and short (a note, not a paragraph of the story)
  /^(?=.{0,250}$)\(?\s*This\s+(?:story|article|report|post|version\s+of\s+this\s+(?:story|article))\s+(?:has\s+been|had\s+been|was|is\s+being)\s+(?:updated|corrected|amended|revised|clarified|refiled|edited|expanded)\b[^()]*\)?\.?$/i,
  // "An earlier version of this story misstated …" / "Editor's note: …" / "Correction: …" — the same, labelled
  /^(?=.{0,250}$)\(?\s*(?:An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b|Editor['’]s\s+note\s*:|Corrections?\s*:|Clarification\s*:)[^()]*\)?\.?$/i,
  // "(Adds comment from the minister in paragraph 5)" / "(Updates with closing prices)" / "(Corrects spelling of …)" — a wire's update line
  /^\(\s*(?:Adds|Updates|Corrects|Recasts|Refiles|Repeats|Changes|Removes|Fixes|Rewrites|Writes\s+through)\b[^()]{0,200}\)$/,
  // "Updated: Dec. 5, 2026, 3:45 p.m." / "Last updated at 14:30 WIB" — the page's time stamp
  /^(?=.{0,80}$)(?:last\s+)?(?:updated|published|posted)(?:\s+(?:at|on))?\s*:?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^!?]*$/i,
];

/** Whether an English sentence is a credit line, a web label or a copyright line (see CREDIT_PATTERNS). */
export function isEnglishCredit(sentence: string): boolean {
  const s = sentence.trim();
  // cheap pre-test: every pattern starts with one of these characters
  if (s === "" || !/^[(ACEFILOPRSTUVW©]/i.test(s)) return false;
  return CREDIT_PATTERNS.some((p) => p.test(s));
}
