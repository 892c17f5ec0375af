/**
 * Boilerplate and caption rules — reviewable: one regular expression per rule, each with
 * a comment saying what web noise it catches. Rules look at ONE LINE (paragraph) of an article,
 * trimmed; a boilerplate line becomes one `boilerplate` segment (it is not split into sentences).
 *
 *   scope "line"  this line is boilerplate;
 *   scope "rest"  this line and every line after it are boilerplate (a trailing block such as the
 *                 "Next Post" teaser or a comment form: nothing after it belongs to the article).
 */
const MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec";
const DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun";
/**
 * A publication time alone on a line: [outlet and a dash or a bar] [label] [day,] date [time [zone]] [|
 * reading time] (the "timestamp" rule): `Kompas.com - 21/08/2024, 16:45 WIB`; an outlet or a byline of two
 * to four words only before a time: `Pikiran Rakyat - 25 Oktober 2024, 21:14 WIB`, `Oleh Dian Puspita |
 * Sabtu, 9 Nov 2024 07:00 WIB`.
 */
const TIMESTAMP = new RegExp(
  "^(?=.{0,90}$)(?:[\\p{L}\\p{N}.-]+\\s*[-–—|]\\s*"
  // (a name of two to four words only before a date with its time: `Gempa Cianjur - 21 November 2022` is a subheading)
  // (not a match's two sides, `Persita vs PSM Makassar — Minggu, 28 Desember 2025, 19.00 WIB`: a fixture)
  + "|(?![^|–—-]*(?<!\\p{L})(?:vs|versus)\\.?\\s)[^\\s|–—-]+(?:\\s+[^\\s|–—-]+){1,3}\\s*[-–—|]\\s*(?=.*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:WIB|WITA|WIT|UTC|GMT(?:\\s*[+-]\\s*\\d{1,2})?)?\\s*(?:[|·•-].*)?$))?"
  + "(?:(?:diperbarui|diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|dibuat|update[d]?|published|posted)(?:\\s+(?:at|on|pada))?\\s*:?\\s*)?"
  + `(?:(?:${DAYS})\\.?,?\\s*)?`
  + `(?:\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`
  + "(?:\\s*[,|/–—-]?\\s*(?:pukul\\s*|pk\\.?\\s*|jam\\s*)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*(?:WIB|WITA|WIT|GMT(?:\\s*[+-]\\s*\\d{1,2})?|UTC))?)?"
  + "(?:\\s*[|·•-]\\s*\\d{1,2}\\s+menit\\s+(?:baca|membaca))?$",
  "iu",
);

export interface LineRule {
  readonly id: string;
  readonly scope: "line" | "rest";
  readonly pattern: RegExp;
}

export const BOILERPLATE_RULES: readonly LineRule[] = [
  // "Baca juga: <judul>" / "Baca Juga:" / "Baca Juga >> <judul>" / "Lihat juga:" / "Cek juga:" — links to related articles (a bare
  // "Baca juga:", "Simak juga:", "Tonton juga:" … makes the lines of titles under it boilerplate too, index.ts).
  // "Lihat juga Video: <judul>" / "Baca juga artikel: <judul>" — the same with what is linked.
  { id: "related-link", scope: "line", pattern: /^(?:baca|lihat|cek)\s+(?:juga|pula)(?:\s+(?:video|artikel|berita|foto))?\s*(?::|>>|»|$)/i },
  // "MEMBACA <judul>" / "BACA JUGA <judul>" — related-article link printed in capitals (case-sensitive,
  // so that an ordinary sentence beginning "Membaca …" is not caught).
  { id: "related-link-caps", scope: "line", pattern: /^(?:MEMBACA|BACA(?:\s+JUGA)?)(?:\s|:|$)/ },
  // "Simak selengkapnya di halaman berikutnya." / "Simak juga …" / "Simak video …" / "Simak breaking
  // news dan berita pilihan kami …" — pagination and promos.
  { id: "read-more", scope: "line", pattern: /^simak\s+(?:selengkapnya|juga|berita|video|artikel|breaking\s+news)\b/i },
  // "Simak wawancara lengkapnya di Majalah Tempo edisi …" / "Simak ulasan selengkapnya dalam …" — where the rest is
  // read (one to three words between, a short line).
  { id: "read-more-at", scope: "line", pattern: /^(?=.{0,200}$)simak\s+(?:\S+\s+){1,3}(?:se)?lengkapnya\s+(?:di|dalam|pada|melalui|lewat)\b/i },
  // "Baca berita menarik lainnya di Google News" / "Baca artikel lainnya …" / "Baca berita tanpa iklan." —
  // links to more news.
  { id: "read-other", scope: "line", pattern: /^(?=.{0,120}$)baca\s+(?:berita|artikel)\s+(?:lain(?:nya)?|menarik|terkini|terbaru|pilihan|tanpa\s+iklan)\b/i },
  // "Baca artikel CNN Indonesia "…" selengkapnya di sini: https://…" — the link back to the article (CNN
  // Indonesia's footer).
  { id: "read-at", scope: "line", pattern: /^(?=.{0,400}$)baca\s+(?:artikel|berita)\s+.*\bselengkapnya\s+di\s+sini\b/i },
  // "Baca selengkapnya …" / "Selengkapnya di …" / "Halaman berikutnya".
  { id: "read-more-2", scope: "line", pattern: /^(?:baca\s+selengkapnya|selengkapnya\s+(?:di|klik|baca)|halaman\s+(?:berikutnya|selanjutnya))\b/i },
  // "Terima Notifikasi Berita Terkini." — push-notification prompt.
  { id: "notification", scope: "line", pattern: /^terima\s+notifikasi\b/i },
  // "Join Telegram Channel" / "Gabung grup WhatsApp" anywhere in a short line (≤ 120 characters,
  // so that a news sentence about such a group is not caught) — channel promos.
  { id: "channel-promo", scope: "line", pattern: /^(?=.{0,120}$).*\b(?:join|gabung(?:\s+(?:ke|di|dengan))?)\s+(?:(?:channel|kanal|grup|group)\s+)?(?:telegram|whatsapp|wa)\b/i },
  // "Cek berita dan artikel yang lain di Google News" / "Pantau terus … di Google News" — a promo of the
  // outlet's Google News page (a short line that starts with an imperative).
  { id: "google-news", scope: "line", pattern: /^(?=.{0,160}$)(?:cek|baca|ikuti|simak|pantau|dapatkan|temukan)\b.*\bgoogle\s+news\b/i },
  // "Download aplikasi Liputan6.com untuk …" / "Unduh aplikasi …" — an app promo.
  { id: "app-promo", scope: "line", pattern: /^(?=.{0,160}$)(?:download|unduh)\s+(?:aplikasi|apps?)\b/i },
  // "Baca berita dengan sedikit iklan, klik di sini" / "Klik di sini untuk …" — a link's label (news
  // text does not say "klik di sini").
  { id: "click-here", scope: "line", pattern: /^(?=.{0,160}$).*\bklik\s+(?:di\s*sini|link|tautan)\b/i },
  // "Sentimen: positif (99,9%)" — a sentiment widget's label.
  { id: "sentiment", scope: "line", pattern: /^sentimen\s*:\s*(?:positif|negatif|netral)\b/i },
  // "Ikuti kami di Google News" / "Follow … Instagram" — social-media promos.
  { id: "follow-us", scope: "line", pattern: /^(?:ikuti|follow)\b.{0,60}\b(?:google\s+news|telegram|whatsapp|instagram|twitter|facebook|tiktok|youtube)\b/i },
  // "Back To Top" / "Kembali ke atas" — page navigation.
  { id: "back-to-top", scope: "line", pattern: /^(?:back\s+to\s+top|kembali\s+ke\s+atas)\s*[↑^]?$/i },
  // "Salin Link" / "Facebook" / "WhatsApp" alone on a line — the labels of share buttons.
  { id: "share-button", scope: "line", pattern: /^(?:salin\s+(?:link|tautan)|copy\s+link|facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|threads)$/i },
  // "Bagikan:" / "Share this:" / "Bagikan artikel ini" — share buttons.
  { id: "share", scope: "line", pattern: /^(?:bagikan|share)(?:\s+(?:ini|this|artikel\s+ini))?\s*:?$/i },
  // "Tags: …" / "Tag: …" / "Topik: …" — tag lists.
  { id: "tags", scope: "line", pattern: /^(?:tags?|topik|kata\s+kunci)\s*(?::|$)/i },
  // "#dbd" / "# banjir #jakarta" / "# demam berdarah" — a line of hashtags only (the links of a tag list).
  { id: "hashtags", scope: "line", pattern: /^#\s*[\p{L}\p{N}_]+(?:\s+#\s*[\p{L}\p{N}_]+)*$|^#\s*[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+){1,3}$/u },
  // "Editor: …" / "Penulis: …" / "Reporter: …" / "Pewarta: …" / "Oleh: …" / "Fotografer: …" — credits lines.
  { id: "byline", scope: "line", pattern: /^(?:editor|penulis|reporter|pewarta|penyunting|redaktur|oleh|wartawan|jurnalis|fotografer|videografer|kontributor|penerjemah)\s*:/i },
  // "Penulis Xena Olivia | Editor Irfan Maullana" — the same without colons (Kompas), the parts split by "|".
  { id: "byline-bar", scope: "line", pattern: /^(?=.{0,120}$)(?:penulis|reporter|editor|pewarta|oleh)\s+[^|.!?]{2,60}\|\s*(?:editor|penyunting|redaktur|penulis)\s+[^|.!?]{2,60}$/i },
  // "Oleh Dewi Nurita" — an author credit: "Oleh" and a capitalised name, nothing else.
  { id: "byline-by", scope: "line", pattern: /^(?=.{0,60}$)Oleh\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u },
  // "Editor Reni Susanti" — the editor's credit on a line of its own, without a colon (Kompas's regional
  // pages): "Editor" and a name of one to four capitalised words, nothing else.
  { id: "byline-editor", scope: "line", pattern: /^(?=.{0,60}$)(?:Editor|Penyunting|Redaktur)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u },
  // "Kontributor Lebak, Acep Nazmudin" / "Wartawan Kompas TV, Ahmad Zaki" — a correspondent's credit: the
  // label, a place or an outlet in capitalised words, a comma, a name (the same with "Laporan" first is
  // "byline-report").
  { id: "byline-contributor", scope: "line", pattern: /^(?=.{0,80}$)(?:Kontributor|Koresponden|Wartawan|Reporter)\s+\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,3},\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u },
  // "CNBC INDONESIA RESEARCH" / "TIM RISET CNBC INDONESIA" — a research desk's sign-off in capitals (CNBC Indonesia).
  { id: "research-signoff", scope: "line", pattern: /^(?=.{0,60}$)(?:\p{Lu}+\s+){1,3}RESEARCH$|^(?=.{0,60}$)TIM\s+RISET(?:\s+\p{Lu}+){1,3}$/u },
  // "*) Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi." / "*Artikel
  // ini merupakan kiriman pembaca detikcom. Seluruh isi artikel menjadi tanggung jawab penulis." — the
  // editors' disclaimer under an opinion piece (it names the writer or the editors).
  { id: "opinion-disclaimer", scope: "line", pattern: /^(?=.{0,300}$)(?:\*\)?\s*)?(?:(?:artikel|tulisan|opini|kolom|konten)\s+ini\s+(?:merupakan|adalah|sepenuhnya|menjadi)|seluruh\s+isi\s+(?:artikel|tulisan))\b.*\b(?:penulis|redaksi)\b/i },
  // "Tim Redaksi" / "Tim Liputan6.com" / "Tim Riset, CNBC Indonesia" / "Market - Tim Riset, CNBC Indonesia" / "Tim detikcom -
  // detikNews" — a team's credit (a channel and a dash may come first), no sentence punctuation.
  { id: "byline-team", scope: "line", pattern: /^(?=.{0,80}$)(?:\p{Lu}[\p{L}]*\s+[-–—]\s+)?Tim\s+(?:Redaksi|Riset|Liputan|[\p{L}\p{N}]*(?:detik|\.com|\.id)\p{L}*)\b[^.!?]*$/u },
  // "Ahmad Bil Wahid - detikNews" / "Tim Redaksi - detikFinance" / "dr. Nadia Putri - detikHealth" — a
  // reporter's name (after a title or two, `dr.`, `Prof. Dr.`) and the detik channel after a dash (detik's
  // byline), nothing else.
  { id: "byline-detik", scope: "line", pattern: /^(?=.{0,80}$)(?:(?:dr|drg|drh|Dr|Prof|Ir|Drs|Dra|Hj?)\.\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}\s+[-–—]\s+detik\p{Lu}?\p{L}+$/u },
  // "kumparanNEWS" / "kumparanBISNIS" / "kumparanSAINS" — kumparan's channel credit alone on its line.
  { id: "byline-channel", scope: "line", pattern: /^kumparan\p{Lu}{2,}$/u },
  // "DANIEL A. FAJRI | ANTARA" — a sign-off in capitals, parts split by "|" (Tempo).
  { id: "signoff", scope: "line", pattern: /^(?=.{0,80}$)\p{Lu}[\p{Lu}\s.'’-]*(?:\|\s*\p{Lu}[\p{Lu}\s.'’-]*)+$/u },
  // "Senin, 8 Desember 2026 | 14:20 WIB" / "Kompas.com - 08/12/2026, 15:42 WIB" / "Rabu, 10 Des 2026 09:15 WIB" /
  // "04 December 2026 16:10" / "Diperbarui 8 Desember 2026, 14.20 WIB" — the page's publication time,
  // alone on its line (an outlet's name and a dash, or a label, may come first).
  { id: "timestamp", scope: "line", pattern: TIMESTAMP },
  // "Cahyo Wibowo, Jurnalis · Jum'at 16 Oktober 2026 22:58 WIB" — a byline with the publication time
  // (Okezone): a name, a comma, "Jurnalis", a middle dot.
  { id: "byline-okezone", scope: "line", pattern: /^(?=.{0,120}$)\p{Lu}[^.!?,]{1,60},\s*(?:Jurnalis|Wartawan|Kontributor|Reporter)\s*[·•|]/u },
  // "Rep: Fuji E Permana/ Red: Muhammad Hafil" — reporter and editor (Republika).
  { id: "byline-rep", scope: "line", pattern: /^(?=.{0,120}$)rep\s*:[^.!?]{1,60}\/\s*red\s*:/i },
  // "Editorial Team" — IDN Times's box of credits, which closes the article ("Dina Fadillah Salma",
  // "EditorDina Fadillah Salma", "Follow Us"): the rest of the page.
  { id: "credits-box", scope: "rest", pattern: /^editorial\s+team$/i },
  // "EditorDina Fadillah Salma" / "Follow Us" — the same credits and the social links' label, alone (IDN Times).
  { id: "credits-label", scope: "line", pattern: /^(?:Editor(?=\p{Lu}\p{Ll})[\p{L}.'’ -]{2,60}|[Ff]ollow\s+[Uu]s)$/u },
  // "Baca juga artikel terkait PEMBUNUHAN atau tulisan lainnya dari Adi Briantika" — Tirto's footer link.
  { id: "related-tirto", scope: "line", pattern: /^(?=.{0,160}$)baca\s+juga\s+artikel\s+terkait\b/i },
  // "tirto.id - Hukum" / "(tirto.id - Politik)" — an outlet's name and its section, alone on a line (Tirto).
  { id: "outlet-section", scope: "line", pattern: /^\(?\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:id|com|co\.id|co|net|tv)\s*[-–—]\s*\p{Lu}[\p{L}&]*(?:\s+[\p{Lu}&][\p{L}&]*)?\s*\)?$/u },
  // "Live Streaming" / "Cek Fakta Liputan6.com" / "Infografis" — the labels of site sections (Liputan6).
  { id: "site-section", scope: "line", pattern: /^(?:live\s+streaming|cek\s+fakta(?:\s+[\p{L}\p{N}-]+\.com)?)$/iu },
  // BBC Indonesia's article box: "Informasi artikel", "Penulis, Lina Sinjab", "Peranan, Koresponden BBC
  // untuk Timur Tengah", "Melaporkan dari, Beirut" (a label, a comma, a short value without a stop).
  { id: "article-info", scope: "line", pattern: /^(?:informasi\s+artikel|(?:penulis|peranan|jabatan|melaporkan\s+dari)\s*,\s*[^.!?]{1,80})$/i },
  // BBC Indonesia's widgets: "Lewati Podcast dan lanjutkan membaca", "Akhir dari Podcast", "Paling banyak
  // dibaca", "Akhir dari Paling banyak dibaca".
  { id: "widget", scope: "line", pattern: /^(?:lewati\s+[^.!?]{1,40}\s+dan\s+lanjutkan\s+membaca|akhir\s+dari\s+[^.!?]{1,40}|paling\s+banyak\s+dibaca)$/i },
  // "Podcast" / "Berita Terkait" / "Menarik Dibaca" / "Artikel-artikel yang direkomendasikan" alone on a
  // line — a heading of ONE linked title, which the next line holds (BBC Indonesia, Liputan6, Kontan): that
  // line is boilerplate too when it is short and ends with no full stop.
  { id: "link-heading", scope: "line", pattern: /^(?:podcast|berita\s+terkait|menarik\s+dibaca|artikel-artikel\s+yang\s+direkomendasikan)\s*:?$/i },
  // "Selanjutnya: Harga Emas Antam Hari Ini Naik Rp 12.000, Simak Rinciannya" — a link to the next article (Kontan).
  { id: "next-link", scope: "line", pattern: /^(?=.{0,160}$)[Ss]elanjutnya\s*:\s*\p{Lu}/u },
  // "Jangan Lewatkan Video Terbaru:" — a video promo (JPNN).
  { id: "video-latest", scope: "line", pattern: /^jangan\s+lewatkan\s+video\b/i },
  // "Siaran Pers" / "Kontak Media: Maria Ohee (0967) 591-234" — the press release's label and contact (JPNN).
  // "Siaran Pers No. 123/HM/KOMINFO/12/2026" / "Siaran Pers Nomor: 45/SP/2026" — the label with the release's number.
  { id: "press-release", scope: "line", pattern: /^(?:siaran\s+pers|press\s+release)(?:$|\s+(?:no(?:mor)?\.?|number)\s*:?\s*(?=.{0,60}$)[\p{L}\p{N}][\p{L}\p{N}./-]*$)|^kontak\s+(?:media|pers)\s*:(?=.{0,100}$)/iu },
  // "View this post on Instagram" / "A post shared by Joko Anwar (@jokoanwar)" / "Lihat postingan ini di
  // Instagram" / "Sebuah kiriman dibagikan oleh … (@…)" — the text of an embedded Instagram post's frame.
  { id: "embed-instagram", scope: "line", pattern: /^(?=.{0,160}$)(?:view\s+this\s+post\s+on\s+instagram|lihat\s+(?:postingan|kiriman)\s+ini\s+di\s+instagram|(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh)\s+[^.!?]{0,80}\(@[\w.]{1,30}\))$/iu },
  // "— TMC Polda Metro Jaya (@TMCPoldaMetro) December 8, 2026" — the signature line of an embedded tweet:
  // a dash, the account's name, its handle in brackets, the date.
  { id: "embed-tweet", scope: "line", pattern: new RegExp(`^(?=.{0,160}$)[—–-]{1,2}\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s+(?:(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4})$`, "iu") },
  // "@jokowi ♬ original sound - Jokowi" / "♬ suara asli - Raisa" — the sound credit of an embedded TikTok video.
  { id: "embed-tiktok", scope: "line", pattern: /^(?=.{0,200}$).*?♬\s*(?:original\s+sound|suara\s+asli)\b/iu },
  // "Embed from Getty Images" / "Getty Images" — the frame of an embedded Getty photo.
  { id: "embed-getty", scope: "line", pattern: /^(?:embed\s+from\s+)?getty\s+images$/i },
  // "-selesai-" / "—SELESAI—" / "(selesai)" / "-end-" — the end mark of a press release.
  { id: "end-mark", scope: "line", pattern: /^(?=.{0,30}$)(?:[-–—]+\s*(?:selesai|end|tamat)\s*[-–—]+|\(\s*(?:selesai|end|tamat)\s*\))$/i },
  // "Disclaimer: Artikel ini bukan merupakan ajakan untuk membeli …" / "Disclaimer: Keputusan investasi
  // sepenuhnya …" — the site's disclaimer under a market report or a sponsored piece.
  { id: "disclaimer", scope: "line", pattern: /^(?=.{0,400}$)disclaimer\s*:/i },
  // "No. 045/SP/CORSEC/XII/2026" / "Nomor: 12/HM/KOMINFO/12/2026" — a release's or a letter's reference
  // number alone on its line (a code of three parts or more split by slashes, no spaces).
  { id: "reference-number", scope: "line", pattern: /^(?=.{0,60}$)(?:no|nomor|nomer|ref)\.?\s*:?\s*[\p{L}\p{N}][\p{L}\p{N}.-]*(?:\/[\p{L}\p{N}.-]+){2,}$/iu },
  // "Tulis komentarmu..." / "Reaksi" — the comment box and reaction buttons (kumparan).
  { id: "comment-prompt", scope: "line", pattern: /^(?:tulis\s+komentar(?:mu|\s+anda)?\s*(?:\.{3}|…)?|reaksi)$/i },
  // "Data: BPS, diolah Katadata" / "Grafik: Katadata" — a chart's source credit on a short line (Katadata).
  { id: "chart-credit", scope: "line", pattern: /^(?=.{0,80}$)(?:data|grafik|infografik|infografis)\s*:\s*[^.!?]{1,70}$/i },
  // "Waktu baca 3 menit" / "3 menit baca" — the reading time alone on its line.
  { id: "reading-time", scope: "line", pattern: /^(?:waktu\s+baca\s*:?\s*\d{1,2}\s+menit|\d{1,2}\s+menit\s+(?:baca|membaca))$/i },
  // "2 jam lalu" / "15 menit yang lalu" — a relative publication time alone on its line.
  { id: "relative-time", scope: "line", pattern: /^\d{1,2}\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu$/i },
  // "Home › Nasional › Hukum" / "Beranda / News / Nasional" — a breadcrumb trail of the site's sections.
  { id: "breadcrumb", scope: "line", pattern: /^(?=.{0,120}$)(?=[^›»>]*[›»>])\p{Lu}[^›»>.!?]{0,39}(?:\s*[›»]\s*\p{Lu}[^›»>.!?]{0,39}|\s+>\s+\p{Lu}[^›»>.!?]{0,39})+$|^(?=.{0,120}$)(?:home|beranda|index)\s*\/\s*[^.!?]{1,100}$/iu },
  // "Bolasport.com" / "Kompas.id" / "Tempo.co" — the outlet's web name alone on its line (its logo's text or a credit).
  { id: "web-name", scope: "line", pattern: /^(?=.{0,40}$)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|co|id|net|tv)$/iu },
  // "https://bit.ly/3g85pkA" / "Android: https://bit.ly/3g85pkA" / "iOS: https://apple.co/3hXWJ0L" — a web
  // address alone on its line, or after a short label and a colon (an app's download links, a source's link).
  // (no length bound: a paragraph fails after its first three words)
  { id: "link-line", scope: "line", pattern: /^(?:[^\s:]+(?: [^\s:]+){0,2}:\s*)?(?:https?:\/\/|www\.)\S+$/i },
  // "research@cnbcindonesia.com" — a contact address alone on its line.
  { id: "contact", scope: "line", pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u },
  // "Laporan Wartawan Tribunnews.com, Ilham Rian Pratama" — a reporter's credit opening the article: the
  // outlet (capitalised), a comma, a name, no sentence punctuation ("Laporan wartawan itu menyebut …" is a sentence).
  { id: "byline-report", scope: "line", pattern: /^(?=.{0,120}$)[Ll]aporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden|[Kk]ontributor)\s+\p{Lu}[^,!?]*,\s*\p{Lu}[^.!?,]*$/u },
  // "Sumber: Antara" / "Sumber : Kompas.com" — a source credit on a short line of its own (≤ 80 characters).
  { id: "source-credit", scope: "line", pattern: /^(?=.{0,80}$)sumber(?:\s+berita)?\s*:/i },
  // "Artikel ini telah tayang di Kompas.com dengan judul "…"" / "Konten ini …" / "Berita ini telah tayang
  // di Tribunnews.com …" / "Tulisan ini …" — a syndication note.
  { id: "syndication", scope: "line", pattern: /^(?:artikel|konten|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\s+(?:di|pada|dalam)\b/i },
  // "Lihat Foto" / "Lihat Video" / "Play Video" — the label of a photo or video button (Kompas).
  { id: "media-button", scope: "line", pattern: /^(?:lihat\s+(?:foto|video|galeri)|(?:play|putar)\s+video)$/i },
  // "Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://…" — a channel promo.
  { id: "channel-choice", scope: "line", pattern: /^pilih\s+saluran\s+andalanmu\b/i },
  // "Dilarang keras mengambil konten, melakukan crawling …" — a site's notice against copying (ANTARA).
  { id: "content-notice", scope: "line", pattern: /^dilarang\s+keras\s+(?:mengambil|mengutip|menyalin|menggunakan)\s+(?:konten|isi|artikel|berita)\b/i },
  // "Tonton juga video "…" di sini:" / "Saksikan video …" — video promos.
  // "Tonton:" — the same label alone, before an embedded video.
  { id: "video-promo", scope: "line", pattern: /^(?=.{0,160}$)(?:tonton|saksikan)\s+(?:juga\s+)?video\b|^(?:tonton|saksikan)(?:\s+juga)?\s*:$/i },
  // "Berita Terkait" / "Terpopuler" / "Artikel Lainnya" alone on a line — headings of link lists;
  // "Pilihan Editor: <judul>" — a link to another article. A heading may end in a colon ("Berita Terkait:").
  // The lines of titles under a heading alone (short, no final full stop: `1. Jadwal KRL …`) are links too (index.ts).
  { id: "list-heading", scope: "line", pattern: /^(?:(?:berita|artikel|video)\s+(?:terkait|terpopuler|populer|terkini|terbaru|lainnya|pilihan)|terpopuler|populer|terkini|terbaru|rekomendasi|related\s+(?:posts?|articles?))\s*:?$|^pilihan\s+editor\s*:/i },
  // "Dengarkan artikel ini" / "Dengarkan berita" — the label of a text-to-speech player.
  { id: "listen", scope: "line", pattern: /^(?:dengarkan|putar)\s+(?:artikel|berita)(?:\s+ini)?$/i },
  // "Copyright © 2024 …" / "Hak cipta …" — copyright footers.
  { id: "copyright", scope: "line", pattern: /^(?:copyright|hak\s+cipta)\b/i },
  // Comment form: "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *".
  { id: "comment-form-email", scope: "line", pattern: /^alamat\s+email\s+anda\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan)/i },
  // Comment form: "Ruas yang wajib ditandai *" on its own line.
  { id: "comment-form-required", scope: "line", pattern: /^ruas\s+yang\s+wajib\s+ditandai\b/i },
  // Comment form field labels alone on a line: "Komentar", "Nama *", "Email *", "Situs Web"; the comments'
  // count, "Komentar (0)", "12 Komentar".
  { id: "comment-form-field", scope: "line", pattern: /^(?:komentar|nama|email|e-mail|situs(?:\s+web)?|website)\s*\*?$|^komentar\s*\(\d+\)$|^\d+\s+komentar$/i },
  // Comment form: "Simpan nama, email, dan situs web saya …" / "Kirim Komentar".
  { id: "comment-form-save", scope: "line", pattern: /^(?:simpan\s+nama\s*,?\s*email|kirim\s+komentar|post\s+comment)\b/i },
  // "ADVERTISEMENT" / "Iklan" / "SCROLL TO CONTINUE WITH CONTENT" alone on a line — ad slots (detik, kumparan).
  { id: "ad-marker", scope: "line", pattern: /^(?:advertisement|iklan|loading(?:\.{3}|…)?|scroll\s+to\s+continue\s+with\s+content|(?:scroll|gulir)\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|membaca)(?:\s+\S+){0,3})$/i },
  // "[Gambas:Video 20detik]" / "[Gambas:Instagram]" — a placeholder for an embedded video or post.
  { id: "embed", scope: "line", pattern: /^\[\s*gambas\s*:[^\]]*\]$/i },
  // "(Antara)" / "(ANT)" / "(AFP)" / "(Bersambung)" — one capitalised word in brackets alone on a line: the
  // agency's credit closing an article (or a note such as "to be continued").
  { id: "bracket-credit", scope: "line", pattern: /^\(\s*\p{Lu}[\p{L}.]{1,20}\s*\)$/u },
  // "(nvl/ega)" / "(mdk/rnd)" / "(ant)" — the editors' initials closing an article (lower case first, so
  // that an agency credit such as "(ANTARA)" is not caught: it is part of the text it follows; CNN Indonesia's
  // "(fra/DAL)" puts the editor's in capitals after).
  // "(Tribunnews/ant)" / "(Antara/rzl)" / "(Tim Redaksi/idn)" — the same after the outlet's or the
  // writer's name (one to three capitalised words); "(Ahmad Fauzi/PR)" — a writer's name and the
  // outlet's code in capitals.
  { id: "editor-initials", scope: "line", pattern: /^\(\s*(?:(?:\p{Lu}[\p{L}.]{1,25}(?:\s+\p{Lu}[\p{L}.]{0,25}){0,2}\s*\/\s*)?\p{Ll}{2,5}(?:\s*\/\s*(?:\p{Ll}{2,5}|\p{Lu}{2,5})){0,3}|\p{Lu}[\p{L}.]{1,25}(?:\s+\p{Lu}[\p{L}.]{0,25}){0,2}\s*\/\s*\p{Lu}{2,5})\s*\)$/u },
  // "Halaman: 1 2 3" / "Halaman 1 2 Selanjutnya" / "Pages: 1 2" / "Selanjutnya" alone — pagination links.
  // A page's number alone on its line, left by a PDF or a printed page pasted: "Halaman 2", "Page 2 of 5",
  // "Hal. 4", "hlm. 3", "(hlm. 3)", "- 2 -", "— 12 —", "[2]", "2/5", "2" (a number of one to three digits).
  { id: "pagination", scope: "line", pattern: /^(?:halaman|page|pages)\s*:?\s*\d+(?:\s+\d+)*(?:\s+(?:selanjutnya|berikutnya|next|»))?$|^(?:halaman|page)\s+\d+\s+(?:dari|of)\s+\d+$|^(?:selanjutnya|sebelumnya|berikutnya)\s*[»›>]?$|^\(?\s*(?:halaman|hal|hlm|page|pg)\.?\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?\s*\)?$|^[-–—]{1,2}\s*\d{1,4}\s*[-–—]{1,2}$|^\[?\d{1,3}\]?$|^\d{1,3}\s*(?:\/|dari|of)\s*\d{1,3}$/i },
  // "Artikel Asli" / "Artikel asli: https://…" / "Sumber artikel: Kompas.com" — the link to where an article
  // was first published (aggregators, reposts).
  { id: "original-link", scope: "line", pattern: /^(?=.{0,300}$)(?:artikel|berita|tulisan)\s+asli\s*(?::.*)?$|^(?=.{0,300}$)sumber\s+(?:artikel|tulisan)\s*:/i },
  // "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. …" — a newsletter
  // or channel promo.
  // "Update berita terbaru langsung di ponsel Anda, follow Instagram @tempodotco." — the same (short).
  { id: "news-promo", scope: "line", pattern: /^dapatkan\s+(?:(?:update|info(?:rmasi)?)\s+)?berita\b|^(?=.{0,160}$)update\s+berita\s+(?:terbaru|terkini|pilihan)\b/i },
  // Image alt text left in the page: a short English label without sentence punctuation that ends in
  // a photo-caption noun ("Kim Jong Un Putin meeting", "Putin visit file photo"). Indonesian lines do
  // not end in these English words.
  { id: "image-alt-text", scope: "line", pattern: /^(?=.{3,60}$)[^.!?:;,"“”]*\s(?:meeting|summit|talks|visit|photo|file\s+photo|image|picture|pictured)$/i },
  // "Tinggalkan Balasan" / "Leave a Reply" / "Tinggalkan Komentar": the comment form starts here and
  // runs to the end of the page.
  { id: "comment-form", scope: "rest", pattern: /^(?:tinggalkan\s+(?:balasan|komentar)|leave\s+a\s+(?:reply|comment))\s*$/i },
  // "Next Post" / "Previous Post" / "Berita Selanjutnya": a teaser of another article follows, to the
  // end of the page.
  { id: "next-post", scope: "rest", pattern: /^(?:next|previous|prev)\s+(?:post|article)\s*$|^(?:berita|artikel)\s+(?:selanjutnya|sebelumnya|berikutnya)\s*$/i },
];

/** The names of news sites' sections (in any case): `Nasional`, `EKSKLUSIF`, `Sepak Bola`. */
const SECTIONS = "nasional|news|berita|internasional|dunia|global|ekonomi|bisnis|finance|keuangan|finansial|market|pasar|olahraga|sport|sports|bola|badminton|bulu\\s*tangkis|sepak\\s*bola|politik|hukum|kriminal|peristiwa|megapolitan|metro|metropolitan|daerah|regional|nusantara|teknologi|tekno|techno|sains|otomotif|oto|lifestyle|gaya\\s+hidup|hiburan|entertainment|seleb|selebriti|kesehatan|health|travel|wisata|pendidikan|edukasi|opini|kolom|eksklusif|exclusive|trending|viral|humaniora|properti|religi|khazanah|hikmah|sosok|inspirasi|tips|gadget|gawai|jateng|jatim|jabar|wawancara|interview|in\\s+memoriam|obituari|analisis|editorial|tajuk\\s+rencana";
/**
 * isSectionLabel: a section label above the title (index.ts: only before the headline; inside the body a one-word
 * subheading stays): one known section name, `Nasional`, `EKSKLUSIF`, or a path of capitalised
 * words split by slashes, `News / Nasional`, `Berita / Hukum & Kriminal`.
 */
const SECTION_NAME = new RegExp(`^(?:${SECTIONS})$`, "i");
const SECTION_PATH = /^\p{Lu}[\p{L}&-]*(?:\s+[\p{Lu}&][\p{L}&-]*){0,2}(?:\s*\/\s*\p{Lu}[\p{L}&-]*(?:\s+[\p{Lu}&][\p{L}&-]*){0,2}){1,3}$/u;
export function isSectionLabel(line: string): boolean {
  return SECTION_NAME.test(line) || SECTION_PATH.test(line);
}

/**
 * A related-article link in brackets inside a paragraph: "Hujan turun sejak pagi. (Baca juga: Banjir
 * Rendam Jakarta) Warga diminta waspada." (also "(Baca: …)") — a boilerplate piece of its own between the
 * sentences, or alone on its line.
 */
export const INLINE_LINK: RegExp = /[([]\s*(?:(?:baca|lihat|simak)\s+(?:juga|pula)|baca)\s*:[^()[\]]{1,200}[)\]]/giu;

/**
 * The text of a credit after its label: up to 80 characters without a sentence's stop — a period may
 * stand inside a web name (`VIVA.co.id`, `Merdeka.com`) or after an initial or a short form before a
 * capital (`Putra M. Akbar`, `Dok. Kemenag`).
 */
const CREDIT_TEXT = "(?:[^.!?()\\[\\]]|\\.(?=[\\p{L}\\p{N}])|(?<=(?:^|[\\s/(])\\p{L}{1,3})\\.(?=\\s+\\p{Lu})){1,80}";
/** The label of a photo credit in brackets: `(Foto: …)`, `[Foto: …]`, `(Dok. …:`. */
const BRACKET_CREDIT = "[(\\[]\\s*(?:foto|photo|gambar|image|sumber(?:\\s+(?:foto|gambar))?|ilustrasi|dok(?:umentasi)?\\.?)\\s*:[^()\\[\\]]*[)\\]]";
/** A credit label and its text: `Foto: Istimewa`, `Dok. Humas Kominfo`, `Pic: Instagram/@jokowi`, `Photo : VIVA.co.id/Ahmad Farhan`, `Dok: Pemprov Papua`, `Foto/Ilustrasi/SINDOnews`, `FOTO/iStockphoto`, `©2026 Merdeka.com/Arie Basuki`. */
const LABELLED_CREDIT = `(?:(?:foto|photo|pic|kredit\\s+foto|sumber\\s+foto|dok(?:umentasi)?)\\s*:\\s*${CREDIT_TEXT}|dok\\.\\s*${CREDIT_TEXT}|(?:foto|photo)\\s*\\/\\s*${CREDIT_TEXT}|©\\s*${CREDIT_TEXT})`;

/**
 * A photo credit on its own: "(Foto: KCNA via AFP)", "[Foto: Istimewa]", "Foto: Reuters", "Dok: Pemprov
 * Papua", "FOTO/iStockphoto", "© KCNA/Pool", "©2026 Merdeka.com/Arie Basuki", BBC Indonesia's "Sumber
 * gambar, Reuters". A segment (or line) that is nothing but a credit is boilerplate.
 */
export const CREDIT_ONLY: RegExp = new RegExp(
  `^(?:${BRACKET_CREDIT}|${LABELLED_CREDIT}|(?:gambar|ilustrasi)\\s*:\\s*[^.!?]{1,80}|sumber\\s+gambar\\s*,\\s*[^.!?]{1,80})$`,
  "iu",
);

/**
 * A photo caption: a line that ends with a credit, "… pada tahun 2019. (Foto: KCNA via AFP)",
 * "Kim dan Putin … pada bulan September © KCNA/Pool", or starts with "Foto:" and goes on.
 * Its segments are `caption` (a segment that is only the credit is `boilerplate`).
 */
export const CAPTION_LINE: readonly RegExp[] = [
  // Ends with "(Foto: …)" / "(Photo: …)" / "(Gambar: …)" / "(Sumber foto: …)" / "(Dok. …)" / "[Foto: …]".
  /[([]\s*(?:foto|photo|gambar|image|sumber\s+(?:foto|gambar)|ilustrasi|dok(?:umentasi)?\.?)\s*:[^()[\]]*[)\]]\s*$/i,
  // Ends with "© Agency/Pool" (short, no sentence punctuation after the ©).
  /©\s*[^©.!?]{1,80}$/,
  // Starts with "Foto:" / "FOTO:" followed by a description.
  /^(?:foto|photo)\s*:\s*\S/i,
  // Starts with "Keterangan gambar," (BBC Indonesia's caption label).
  /^keterangan\s+gambar\s*,\s*\S/i,
  // Starts with "Ilustrasi" (an illustration's description: "Ilustrasi nyamuk Aedes aegypti.").
  /^ilustrasi\s+\p{L}/iu,
];

/** An image agency or a source named in place of a photographer: `(Shutterstock)`, `(Istimewa)`, `(Dok. Humas Polri)`. */
const IMAGE_SOURCE = "istimewa|shutterstock|getty\\s+images|istock(?:photo)?|freepik|pexels|unsplash|pixabay|canva|dok\\.\\s*[^()]{1,60}|dokumentasi\\s+[^()]{1,60}";
/** An outlet before the photographer's name in a credit: `KOMPAS.com`, `ANTARA FOTO`, `TRIBUNJABAR.ID`, `CNBC Indonesia`, `Suara.com`. */
const CREDIT_OUTLET = "[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co\\.id|co|id|net|tv|COM|CO\\.ID|CO|ID|NET|TV)|\\p{Lu}{2,}(?:\\s+(?:FOTO|\\p{Lu}\\p{L}+))?";
/**
 * Photo credits the news sites print after a caption, without the word "Foto" in brackets (the
 * "caption-credit" rule): `… Sabtu (6/12/2026). (KOMPAS.com/RIZKI MAULANA)`, `… (8/12/2026).(KOMPAS.com/XENA
 * OLIVIA)`, `… DBD. (Shutterstock)`, `… (4/12/2026). ANTARA FOTO/Aditya Pradana Putra/nym.`, `… (7/12/2026).
 * TRIBUNJABAR.ID/SIDQI AL GHIFARI`, `Ilustrasi hujan di Jakarta. Foto: Grandyos Zafna/detikcom`. Each is
 * matched at the end of a line, after a sentence's final stop (or at the line's start: a credit alone on
 * its line); group 1 is the credit.
 */
const CAPTION_CREDITS: readonly RegExp[] = [
  // "(KOMPAS.com/RIZKI MAULANA)", "(ANTARA FOTO/Aditya/nym.)", "(CNBC Indonesia/Tri Susilo)": an outlet, a slash, a name
  new RegExp(`(?:^|(?<=[.!?”"’)]\\s*))(\\(\\s*(?:${CREDIT_OUTLET})\\s*\\/[^()]{1,80}\\))$`, "u"),
  // "(Shutterstock)", "(Istimewa)", "(Dok. Humas Polri)", "(Shutterstock/Andrey)"
  new RegExp(`(?:^|(?<=[.!?”"’)]\\s*))(\\(\\s*(?:${IMAGE_SOURCE})(?:\\s*\\/[^()]{1,60})?\\))$`, "iu"),
  // "ANTARA FOTO/Aditya Pradana Putra/nym.", "TRIBUNJABAR.ID/SIDQI AL GHIFARI": unbracketed, after a sentence
  new RegExp(`(?<=[.!?”"’)]\\s+)((?:${CREDIT_OUTLET})\\s*\\/\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,5}(?:\\/\\p{L}{2,5}\\.?)?)$`, "u"),
  // "Foto: Grandyos Zafna/detikcom", "Foto: Istimewa", "Foto: Dok. Kemenag", "Photo : VIVA.co.id/Ahmad Farhan",
  // "Dok: Pemprov Papua", "FOTO/iStockphoto", "©2026 Merdeka.com/Arie Basuki" after the caption's sentence
  new RegExp(`(?<=[.!?”"’)]\\s*)(${LABELLED_CREDIT})$`, "iu"),
];

/**
 * Where a photo credit of CAPTION_CREDITS starts in `line` (its end trimmed), or null. A line with such
 * a credit is a caption; the credit is a boilerplate segment of its own.
 */
export function captionCredit(line: string): number | null {
  if (!/[)/:]\s*$|\/\s*[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}\.?$|(?:foto|photo|dok)\s*[:/]|©/iu.test(line)) return null;
  for (const re of CAPTION_CREDITS) {
    const m = re.exec(line);
    if (m) return m.index + m[0].length - m[1]!.length;
  }
  return null;
}

// The dateline rule (`ANDALPOST.COM —`, `SURABAYA, detik.com –`) is in ./dateline.ts.
