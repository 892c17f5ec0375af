/**
 * htmlToArticle — a news page saved from the browser (.html, also AMP) read as its article, written
 * in the corpus text format (src/ingest/read-article.ts): a metadata header (`source:`, `date:`,
 * `outlet:` from the page's canonical link, og: and article: meta tags and JSON-LD), the headline,
 * then the article's paragraphs, one per line with a blank line between. Nothing of the page runs:
 * scripts are skipped as text (JSON-LD is parsed as data), nothing is fetched.
 *
 * The article is found by structure, for any site: the element marked `itemprop="articleBody"`,
 * else the element whose own paragraphs (`<p>`s, `<div>`s holding only text, text between `<br>`s),
 * with half of its children's, hold the most text. What is never the
 * article is left out before: nav, header/footer outside the article, aside, forms, figures and
 * captions, AMP ads and widgets, elements whose class or id names a page part (share, related, ads,
 * comments, cookie, newsletter, tags, video, "baca juga" boxes …), blocks that are mostly links
 * (related-article lists, `Baca juga: <a>…</a>`), and ad labels (`ADVERTISEMENT`,
 * `SCROLL TO CONTINUE WITH CONTENT`). Credit lines of the body (`(dir/imk)`) are kept: the
 * segmenter marks them boilerplate, as in a text article. Pure: no I/O.
 */
import { Parser } from "htmlparser2";
import { ParseError } from "../errors";

interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  readonly parent: El | undefined;
  /** Never the article (isNoise), decided once when the element is read. */
  noise: boolean;
}
type Node = El | string;

/** Elements whose content is never text of the page (script and style bodies, embedded objects). */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "textarea", "button", "head", "title"]);
/** Elements that are never the article. */
const NEVER = new Set(["nav", "aside", "form", "figure", "figcaption", "footer", "input", "img", "picture", "video", "audio", "dialog", "menu",
  "amp-ad", "amp-embed", "amp-sidebar", "amp-social-share", "amp-analytics", "amp-img", "amp-carousel", "amp-iframe", "amp-video", "amp-sticky-ad",
  "amp-auto-ads", "amp-consent", "amp-user-notification", "amp-twitter", "amp-instagram", "amp-youtube", "amp-list"]);
/** Words of a class or id (split at `-`, `_`, blanks, case-free) that name a page part, never the article. */
const NOISE_WORDS = new Set([
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sosmed", "related", "terkait",
  "bacajuga", "lihatjuga", "linksisip", "sisip", "comment", "comments", "komentar", "cookie", "cookies", "consent", "gdpr", "ad", "ads",
  "advert", "advertisement", "iklan", "banner", "promo", "newsletter", "subscribe", "langganan", "tag", "tags", "tagging", "topik",
  "sidebar", "footer", "popular", "terpopuler", "populer", "trending", "recommendation", "recommended", "rekomendasi", "widget",
  "parallax", "outbrain", "taboola", "caption", "gallery", "video", "embed", "twitter", "tweet", "instagram", "tiktok", "author",
  "reporter", "editorpick", "pilihan", "sronly", "visuallyhidden", "skiplink", "modal", "popup", "toolbar",
]);
/** A block whose whole text is one of these is an ad label. */
const AD_LABEL = /^(?:advertisement|advertisment|iklan|ads?|scroll to continue with content|scroll untuk melanjutkan|lanjutkan membaca|\[gambas:[^\]]*\])$/i;
/** Inline elements: their text goes on the line; every other element (p, div, li, h2, a custom element …) begins a new line. */
const INLINE = new Set(["a", "b", "strong", "i", "em", "u", "span", "small", "big", "sub", "sup", "mark", "q", "cite", "abbr", "time", "font",
  "s", "strike", "del", "ins", "code", "label", "bdi", "bdo", "dfn", "kbd", "var", "wbr", "data", "tt", "acronym", "nobr"]);
const isBlock = (tag: string) => tag !== "br" && !INLINE.has(tag);

function tokensOf(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (token === "") continue;
    out.push(token.replace(/[-_]/g, ""));
    for (const part of token.split(/[-_]+/)) if (part !== "") out.push(part);
  }
  return out;
}

const isNoise = (el: El): boolean => el.noise;

function noiseElement(el: { readonly tag: string; readonly attrs: Readonly<Record<string, string>> }): boolean {
  if (NEVER.has(el.tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  const role = a.role;
  if (role === "navigation" || role === "complementary" || role === "banner" || role === "contentinfo" || role === "dialog" || role === "alert") return true;
  if (a.itemprop === "articleBody" || a.itemprop === "articlebody") return false;
  for (const w of tokensOf(a.class)) if (NOISE_WORDS.has(w)) return true;
  for (const w of tokensOf(a.id)) if (NOISE_WORDS.has(w)) return true;
  return false;
}

/** The page as a light tree (elements and text), script and style bodies left out; JSON-LD kept apart. */
function parse(html: string): { root: El; jsonLd: string[]; head: Array<Readonly<Record<string, string>>>; title: string } {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: undefined, noise: false };
  const jsonLd: string[] = [];
  const head: Array<Readonly<Record<string, string>>> = [];
  let cur = root;
  let skipDepth = 0;
  let ld: string | undefined;
  let ldAt = 0;
  let title: string | undefined;
  let titleAt = 0;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === "meta" || name === "link") { head.push({ "#tag": name, ...attrs }); return; }
      if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) { ld = ""; skipDepth++; ldAt = skipDepth; return; }
      if (name === "title" && title === undefined) { title = ""; skipDepth++; titleAt = skipDepth; return; }
      if (skipDepth > 0) { skipDepth++; return; }
      if (SKIP_CONTENT.has(name)) { skipDepth = 1; return; }
      const el: El = { tag: name, attrs, children: [], parent: cur, noise: false };
      el.noise = noiseElement(el);
      cur.children.push(el);
      cur = el;
    },
    ontext(text) {
      if (ld !== undefined) { ld += text; return; }
      if (titleAt > 0 && skipDepth === titleAt) { title += text; return; }
      if (skipDepth > 0) return;
      cur.children.push(text);
    },
    onclosetag(name, implied) {
      if (name === "meta" || name === "link") return;
      if (skipDepth > 0) {
        if (skipDepth === ldAt && ld !== undefined) { jsonLd.push(ld); ld = undefined; ldAt = 0; }
        if (skipDepth === titleAt) titleAt = 0;
        skipDepth--;
        return;
      }
      void implied;
      if (cur.parent) cur = cur.parent;
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return { root, jsonLd, head, title: title ?? "" };
}

const SPACE = /[\s\u00a0\u200b\u2060\ufeff]+/g;
const clean = (s: string): string => (s.includes("\u00ad") ? s.replace(/\u00ad/g, "") : s).replace(SPACE, " ").trim();

/** Text and link text of an element, noise left out. */
function textOf(el: El): { text: string; link: number } {
  let text = "";
  let link = 0;
  const walk = (n: Node, inLink: boolean) => {
    if (typeof n === "string") { text += n; if (inLink) link += clean(n).length; return; }
    if (isNoise(n)) return;
    if (n.tag === "br" || isBlock(n.tag)) text += " ";
    for (const c of n.children) walk(c, inLink || n.tag === "a");
    if (isBlock(n.tag)) text += " ";
  };
  walk(el, false);
  return { text: clean(text), link };
}

/**
 * The lines of `el`: each block a line (a list item with `- `), a run of inline content between
 * blocks or `<br>`s a line; noise, ad labels and blocks mostly made of links left out.
 */
function linesOf(el: El): string[] {
  const lines: string[] = [];
  let run = "";
  let runLink = 0;
  const flush = () => {
    const t = clean(run);
    if (t !== "" && !isLinkBlock(t, runLink) && !AD_LABEL.test(t)) lines.push(t);
    run = "";
    runLink = 0;
  };
  const inline = (n: Node, inLink: boolean) => {
    if (typeof n === "string") { run += n; if (inLink) runLink += clean(n).length; return; }
    if (isNoise(n)) return;
    if (n.tag === "br") { flush(); return; }
    if (isBlock(n.tag)) { flush(); block(n); return; }
    for (const c of n.children) inline(c, inLink || n.tag === "a");
  };
  const block = (b: El) => {
    const { text, link } = textOf(b);
    if (text === "" || AD_LABEL.test(text) || isLinkBlock(text, link)) return;
    // (a block with blocks inside: its lines are theirs; a list item is one line)
    if (b.tag === "li") {
      lines.push(`- ${text}`);
      return;
    }
    for (const c of b.children) inline(c, false);
    flush();
  };
  for (const c of el.children) inline(c, false);
  flush();
  return lines;
}

/** Mostly links, not a sentence of the article: a related-articles list, `Baca juga: <a>…</a>`. */
function isLinkBlock(text: string, link: number): boolean {
  return link > 0 && link >= 0.5 * text.length;
}

/** A block holding no block: a paragraph however it is marked up (`<p>`, `<div>`, `<h2>` …). */
function isLeafBlock(el: El): boolean {
  for (const c of el.children) if (typeof c !== "string" && !isNoise(c) && (isBlock(c.tag) || c.tag === "br")) return false;
  return true;
}

/**
 * Length of the text in `el`'s own paragraphs: its text runs, inline children and child blocks that
 * hold no block (`<p>`s, and `<div>`s used as paragraphs), a block mostly made of links not counted.
 */
function ownParagraphText(el: El): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === "string") n += c.trim().length; // (a score: the blanks inside need not be counted exactly)
    else if (!isNoise(c) && c.tag !== "br" && (!isBlock(c.tag) || isLeafBlock(c))) {
      const { text, link } = textOf(c);
      if (!isLinkBlock(text, link)) n += text.length;
    }
  }
  return n;
}

/**
 * The article's element: `itemprop="articleBody"`, else the one whose own paragraphs, and half of
 * those of its children that are not paragraphs themselves (a body whose every paragraph is wrapped in
 * a `<div>` of its own), hold the most text.
 */
function findBody(root: El): El | undefined {
  let marked: El | undefined;
  let best: El | undefined;
  let bestScore = 0;
  const walk = (el: El): number => {
    if (el !== root && isNoise(el)) return 0;
    if (!marked && /^articlebody$/i.test(el.attrs.itemprop ?? "")) marked = el;
    const own = ownParagraphText(el);
    const leaf = el !== root && isLeafBlock(el);
    if (!leaf) {
      let children = 0;
      for (const c of el.children) {
        if (typeof c === "string") continue;
        const o = walk(c);
        if (!isNoise(c) && !isLeafBlock(c)) children += o;
      }
      const score = own + children / 2;
      if (score > bestScore) { best = el; bestScore = score; }
    }
    return own;
  };
  walk(root);
  return marked ?? best;
}

/**
 * The article's element and its continuations: a page that lays its article out in parts of one
 * markup (Liputan6's `article-content-body__item-page`, one per print page, each holding an
 * `…__item-content`) is read part after part. Looked for up to three levels above the body: siblings
 * of the same tag and class that hold an element of the body's own tag and class.
 */
function withContinuations(body: El): El[] {
  const sig = (e: El) => `${e.tag}.${e.attrs.class ?? ""}`;
  const bodySig = sig(body);
  const find = (e: El): El | undefined => {
    if (sig(e) === bodySig) return e;
    for (const c of e.children) if (typeof c !== "string" && !isNoise(c)) { const f = find(c); if (f) return f; }
    return undefined;
  };
  let a = body;
  for (let depth = 0; depth < 3 && a.parent; depth++, a = a.parent) {
    if (!a.attrs.class) continue;
    const parts: El[] = [];
    for (const c of a.parent.children) {
      if (typeof c === "string" || isNoise(c) || sig(c) !== sig(a)) continue;
      const f = c === a ? body : find(c);
      if (f) parts.push(f);
    }
    if (parts.length > 1) return parts;
  }
  return [body];
}

/**
 * The headline: the page's `<h1>` that its og:title, JSON-LD headline or `<title>` holds (not a logo's
 * `<h1>`, a section name's); else the last `<h1>` of four words or more before the article; else the
 * og:title or JSON-LD headline; else an `<h1>`. Nothing in nav, aside, footer … counts.
 */
function headlineOf(root: El, body: El | undefined, named: readonly string[], title: string): string {
  const h1s: Array<{ text: string; before: boolean }> = [];
  let before = true;
  const walk = (n: El) => {
    if (n === body) before = false;
    if (n !== root && isNoise(n)) return;
    if (n.tag === "h1") { const t = textOf(n).text; if (t !== "") h1s.push({ text: t, before }); return; }
    for (const c of n.children) if (typeof c !== "string") walk(c);
  };
  walk(root);
  const norm = (t: string) => clean(t).toLowerCase();
  const refs = [...named, title].map(norm).filter((r) => r !== "");
  const held = h1s.find((h) => { const t = norm(h.text); return refs.some((r) => r.includes(t) && t.length >= 0.5 * r.length); });
  if (held) return held.text;
  // (an h1 of a few words is a logo's or a section's; a page's <title> carries the site's name, so it
  // names the headline only through an h1)
  const headline = h1s.filter((h) => h.before && h.text.split(" ").length >= 4).pop();
  if (headline) return headline.text;
  return named.find((t) => clean(t) !== "") ?? h1s.filter((h) => h.before).pop()?.text ?? h1s[0]?.text ?? "";
}

interface LdArticle { url?: string; date?: string; headline?: string; publisher?: string }

/** The first JSON-LD object of the page that has a publication date (NewsArticle, …), in @graph and arrays too. */
function ldArticle(blocks: readonly string[]): LdArticle {
  const found: LdArticle = {};
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o["@graph"]) visit(o["@graph"]);
    const str = (x: unknown) => (typeof x === "string" && x.trim() !== "" ? x.trim() : undefined);
    const date = str(o.datePublished);
    if (date && found.date === undefined) {
      found.date = date;
      const entity = o.mainEntityOfPage;
      found.url = str(o.url) ?? str(entity) ?? (entity && typeof entity === "object" ? str((entity as Record<string, unknown>)["@id"]) ?? str((entity as Record<string, unknown>).url) : undefined);
      found.headline = str(o.headline);
      const pub = o.publisher;
      found.publisher = pub && typeof pub === "object" && !Array.isArray(pub) ? str((pub as Record<string, unknown>).name) : undefined;
    } else if (found.url === undefined && str(o.url) && /WebPage|Article/i.test(String(o["@type"] ?? ""))) {
      found.url = str(o.url);
    }
  };
  for (const b of blocks) {
    try { visit(JSON.parse(b)); } catch { /* a page's broken JSON-LD is not the article: ignored */ }
  }
  return found;
}

/** `2024/06/23 09:30:12` → `2024-06-23T09:30:12`; an ISO date as it is. */
function isoDate(value: string): string {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(.*))?$/.exec(value.trim());
  if (!m) return value.trim();
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}${m[5]!.trim()}` : ""}`;
}

export interface HtmlArticle {
  /** The article in the corpus text format (header, headline, paragraphs; ends in a newline). */
  readonly text: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

/** One line of a header value: no line breaks. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();

/** Reads a page's article; refuses (ParseError `html-no-article`, the file named) a page without one. */
export function htmlToArticle(html: string, file: string): HtmlArticle {
  const { root, jsonLd, head, title } = parse(html);
  const metaOf = (...names: string[]): string | undefined => {
    for (const name of names) {
      const m = head.find((h) => h["#tag"] === "meta" && (h.property ?? h.name ?? h.itemprop ?? "").toLowerCase() === name && (h.content ?? "").trim() !== "");
      if (m) return m.content!.trim();
    }
    return undefined;
  };
  const canonical = head.find((h) => h["#tag"] === "link" && (h.rel ?? "").toLowerCase().split(/\s+/).includes("canonical") && (h.href ?? "").trim() !== "")?.href?.trim();
  const ld = ldArticle(jsonLd);
  const source = canonical ?? metaOf("og:url") ?? ld.url;
  const published = metaOf("article:published_time") ?? ld.date ?? metaOf("datepublished", "publishdate", "pubdate", "dtk:publishdate", "content_publisheddate", "date");
  const outlet = metaOf("og:site_name") ?? ld.publisher;

  const body = findBody(root);
  const paragraphs = body ? withContinuations(body).flatMap(linesOf) : [];
  const words = paragraphs.join(" ").split(" ").length;
  if (!body || paragraphs.length === 0 || words < 8) throw new ParseError("html-no-article", { file });
  let headline = headlineOf(root, body, [metaOf("og:title") ?? "", ld.headline ?? ""], title);
  headline = oneLine(clean(headline));
  // (the body may begin with the headline itself: once is enough)
  if (headline !== "" && paragraphs[0] === headline) paragraphs.shift();

  const meta: Record<string, string> = {};
  if (source) meta.source = oneLine(source);
  if (published) meta.date = oneLine(isoDate(published));
  if (outlet) meta.outlet = oneLine(outlet);
  const header = Object.keys(meta).length ? `---\n${Object.entries(meta).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n` : "";
  const text = `${header}${[headline, ...paragraphs].filter((l) => l !== "").join("\n\n")}\n`;
  return { text, meta, headline, paragraphs };
}

/** The charset a page declares in its first bytes (`<meta charset>`, `http-equiv` content-type), lower-case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * A page's bytes as text: UTF-16 with a byte-order mark, else the charset it declares (Windows-1252,
 * ISO-8859-1, …, as browsers read it), else UTF-8. Refuses (`html-unknown-charset`) a charset
 * Selaras cannot decode, and (`file-not-utf8`, by the caller's strict reader) undeclared bytes that
 * are not UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, file: string, strictUtf8: (b: Uint8Array) => string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return strictUtf8(bytes);
  const charset = declaredCharset(bytes);
  if (charset === undefined || /^utf-?8$/.test(charset)) return strictUtf8(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ParseError("html-unknown-charset", { file, charset });
  }
  if (/^utf-?16/.test(decoder.encoding)) return strictUtf8(bytes); // (a page declaring UTF-16 without a mark is in fact ASCII-compatible)
  if (decoder.encoding === "windows-1252") return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ParseError("html-unknown-charset", { file, charset });
  }
}

/** Windows-1252 bytes 0x80–0x9F (what Node's TextDecoder reads as Latin-1 control characters: “ ” – € …). */
const CP1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

/** Windows-1252 (also what pages labelled ISO-8859-1, Latin-1 or ASCII are, as browsers read them) as text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let k = i; k < end; k++) {
      const b = bytes[k]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
