/**
 * Indonesian abbreviations that end in a period — the project reference list `id_abbreviations.tsv`
 * (abbr, expansion, class, sources), extended at the end with company suffixes seen in news (source
 * NEWS: `Hyundai Merchant Marine Co. Ltd.`, `Sdn. Bhd.`; police and military ranks, names, address
 * parts, times, contacts and the short forms of informal writing: `Irjen Pol. Karyoto`, `Moh. Hatta`,
 * `Jl. Rasuna Said Kav. C-22`, `Telp. (021)`). Review and extend it here.
 *
 *   class P  never ends a sentence (Dr., Jl., a.n.): the period is part of the word.
 *   class C  can end a sentence (dll., Tbk., Sept.): it ends one only before a capitalised word.
 *
 * Sources: EYD5 = EYD V "Singkatan dan Akronim"; PUEBI15/PUEBI-cap = PUEBI 2015 (Permendikbud
 * 50/2015); EYD09 = EYD 2009 (Permendiknas 46/2009); SPACY = spaCy's Indonesian tokenizer
 * exceptions; CLDR = CLDR short month and weekday names; BRIEF/COMMON/BLOG/SEED = common news usage.
 * Matching is case-insensitive (that is how sentence-splitter compares abbreviations).
 */
export const ABBREVIATIONS_TSV = `abbr	expansion	class	sources
Dr.	doktor (academic title)	P	EYD5;PUEBI-cap;SPACY;BRIEF
dr.	dokter (physician)	P	EYD5;SPACY
drg.	dokter gigi	P	SPACY
drh.	dokter hewan	P	SPACY
Prof.	profesor	P	EYD5;PUEBI-cap;SPACY;BRIEF
Ir.	insinyur	P	COMMON
Drs.	doktorandus	P	SPACY
Dra.	doktoranda	P	SPACY
H.	haji	P	EYD5;EYD09;BRIEF
Hj.	hajah	P	PUEBI-cap;SPACY;BRIEF
K.H.	kiai haji	P	PUEBI-cap
KH.	kiai haji (non-standard period)	P	SPACY
Ust.	ustaz	P	SPACY
Pdt.	pendeta	P	PUEBI-cap;SPACY
Mgr.	monseigneur	P	PUEBI-cap
Rm.	romo	P	SPACY
Dg.	daeng	P	PUEBI-cap
Dt.	datuk	P	PUEBI-cap
Tb.	tubagus	P	PUEBI-cap
R.	raden	P	SPACY
R.A.	raden ayu	P	PUEBI-cap;SPACY
R.M.	raden mas	P	EYD5;SPACY
R.Ay.	raden ayu	P	SPACY
R.Ng.	raden ngabehi	P	SPACY
Rr.	raden rara	P	SPACY
St.	sutan / santo	P	PUEBI-cap;SPACY
Tn.	tuan	P	PUEBI-cap
Ny.	nyonya	P	PUEBI-cap
Sdr.	saudara	P	EYD5;EYD09;PUEBI-cap;BRIEF
Sdri.	saudari	P	COMMON
Bpk.	bapak	P	EYD09;BRIEF
Kol.	kolonel	P	EYD5;EYD09
Inf.	infanteri	P	EYD5
A.K.B.P.	ajun komisaris besar polisi	P	EYD5
Yth.	yang terhormat	P	EYD5;PUEBI15;EYD09
Plt.	pelaksana tugas	P	SPACY
Pjs.	pejabat sementara	P	SPACY
Ka.	kepala	P	SPACY
Kp.	kampung	P	SPACY
Jl.	jalan	P	BRIEF
Kab.	kabupaten	P	COMMON
Kec.	kecamatan	P	COMMON
Kel.	kelurahan	P	COMMON
No.	nomor	P	EYD09;SPACY;BRIEF
hlm.	halaman	P	EYD5;PUEBI15;EYD09;SPACY
tgl.	tanggal	P	EYD09;BRIEF
jml.	jumlah	P	EYD09
kpd.	kepada	P	EYD09
yg.	yang	P	EYD09
dl.	dalam	P	EYD09
tel.	telepon	P	SPACY
faks.	faksimile	P	SPACY
fax.	fax	P	SPACY
a.n.	atas nama	P	EYD5;PUEBI15;SPACY;BRIEF
d.a.	dengan alamat	P	EYD5;PUEBI15;SPACY
u.b.	untuk beliau	P	EYD5;PUEBI15
u.p.	untuk perhatian	P	EYD5;PUEBI15;SPACY
s.d.	sampai dengan	P	EYD5;PUEBI15;SPACY;BRIEF
c.q.	casu quo	P	BLOG
n.b.	nota bene	P	SPACY
a.l.	antara lain	P	SPACY
ttd.	tertanda	P	EYD5;PUEBI15
PT.	perseroan terbatas (PUEBI writes PT without period)	P	BRIEF
CV.	commanditaire vennootschap	P	COMMON
Rp.	rupiah (PUEBI writes Rp without period)	P	COMMON
dll.	dan lain-lain	C	EYD5;PUEBI15;SPACY;BRIEF
dsb.	dan sebagainya	C	EYD5;PUEBI15;SPACY;BRIEF
dst.	dan seterusnya	C	EYD5;PUEBI15;SPACY
dkk.	dan kawan-kawan	C	EYD5;PUEBI15;SPACY;BRIEF
sda.	sama dengan di atas	C	EYD5;PUEBI15
ybs.	yang bersangkutan	C	EYD5;PUEBI15
tsb.	tersebut	C	BLOG
sbb.	sebagai berikut	C	BLOG
Tbk.	terbuka (listed company suffix)	C	BRIEF
Hs.	Hasibuan (name suffix example)	C	EYD5;EYD09
a.s.	alaihissalam	C	SPACY
S.H.	sarjana hukum	C	PUEBI-cap;SPACY
S.E.	sarjana ekonomi	C	EYD5;SPACY
S.S.	sarjana sastra	C	PUEBI-cap;SPACY
S.Sos.	sarjana sosial	C	EYD5;SPACY
S.Kom.	sarjana komputer	C	EYD5;SPACY
S.I.P.	sarjana ilmu politik	C	EYD5
S.IP.	sarjana ilmu pemerintahan	C	SPACY
S.K.M.	sarjana kesehatan masyarakat	C	EYD5;EYD09;PUEBI-cap;SPACY
S.Pd.	sarjana pendidikan	C	SPACY
S.T.	sarjana teknik	C	SPACY
S.Si.	sarjana sains	C	SPACY
S.Ag.	sarjana agama	C	SPACY
S.Psi.	sarjana psikologi	C	SPACY
S.Hum.	sarjana humaniora	C	SPACY
M.A.	master of arts	C	PUEBI-cap;SPACY
M.Hum.	magister humaniora	C	EYD5;EYD09;PUEBI-cap;SPACY
M.Si.	magister sains	C	EYD5;EYD09;PUEBI-cap;SPACY
M.B.A.	master of business administration	C	EYD5;EYD09
M.M.	magister manajemen	C	SPACY
M.T.	magister teknik	C	SPACY
M.Pd.	magister pendidikan	C	SPACY
M.Kom.	magister komputer	C	SPACY
M.Sc.	master of science	C	SPACY
M.Eng.	master of engineering	C	SPACY
M.Ag.	magister agama	C	SPACY
Ph.D.	philosophiae doctor	C	EYD5
Sp.A.	spesialis anak	C	EYD5
B.Sc.	bachelor of science	C	SPACY
B.A.	bachelor of arts	C	SPACY
A.Md.	ahli madya	C	SPACY
Jan.	Januari	C	SPACY;CLDR;BRIEF
Feb.	Februari	C	SPACY;CLDR;BRIEF
Mar.	Maret	C	SPACY;CLDR
Apr.	April	C	SPACY;CLDR
Jun.	Juni	C	SPACY;CLDR
Jul.	Juli	C	SPACY;CLDR
Agu.	Agustus	C	SPACY;CLDR;BRIEF
Ags.	Agustus	C	SPACY
Agt.	Agustus	C	COMMON
Sep.	September	C	SPACY;CLDR
Sept.	September	C	BRIEF;SEED
Okt.	Oktober	C	SPACY;CLDR;BRIEF
Nov.	November	C	SPACY;CLDR
Des.	Desember	C	SPACY;CLDR;BRIEF
Sen.	Senin	C	CLDR
Sel.	Selasa	C	CLDR
Rab.	Rabu	C	CLDR
Kam.	Kamis	C	CLDR
Jum.	Jumat	C	CLDR
Sab.	Sabtu	C	CLDR
Min.	Minggu	C	CLDR
Co.	company (Co. Ltd.)	P	NEWS
Ltd.	limited	C	NEWS
Inc.	incorporated	C	NEWS
Corp.	corporation	C	NEWS
Sdn.	sendirian (Sdn. Bhd.)	P	NEWS
Bhd.	berhad	C	NEWS
Pol.	polisi (Irjen Pol. Karyoto)	P	NEWS
Jend.	jenderal (Jend. Pol.)	P	NEWS
Purn.	purnawirawan (Letjen TNI (Purn.) …)	P	NEWS
Laks.	laksamana	P	NEWS
Kapt.	kapten	P	NEWS
Moh.	Mohammad (Moh. Hatta)	P	NEWS
Moch.	Mochammad (Moch. Hasan)	P	NEWS
Muh.	Muhammad	P	NEWS
Mhd.	Muhammad	P	NEWS
Abd.	Abdul (Abd. Rahman)	P	NEWS
Gg.	gang (Gg. Mawar)	P	NEWS
Jln.	jalan	P	NEWS
Kav.	kaveling (Kav. C-22)	P	NEWS
Cab.	cabang, a firm's branch (Bank BRI Cab. Sudirman)	P	NEWS
Komp.	kompleks	P	NEWS
Perum.	perumahan	P	NEWS
Gd.	gedung	P	NEWS
Lt.	lantai (Lt. 3)	P	NEWS
Ds.	desa	P	NEWS
Dsn.	dusun	P	NEWS
Prov.	provinsi	P	NEWS
Telp.	telepon	P	NEWS
Tlp.	telepon	P	NEWS
vs.	versus	P	NEWS
M.H.	magister hukum (S.H., M.H.)	C	NEWS
M.Kn.	magister kenotariatan	C	NEWS
M.Kes.	magister kesehatan	C	NEWS
M.Kep.	magister keperawatan	C	NEWS
M.P.	magister pertanian	C	NEWS
M.Han.	magister pertahanan	C	NEWS
M.Sos.	magister sosial	C	NEWS
M.E.	magister ekonomi	C	NEWS
M.Ak.	magister akuntansi	C	NEWS
M.Psi.	magister psikologi (psikolog)	C	NEWS
M.Th.	magister teologi	C	NEWS
M.Pd.I.	magister pendidikan Islam	C	NEWS
M.H.I.	magister hukum Islam	C	NEWS
M.I.Kom.	magister ilmu komunikasi	C	NEWS
M.Farm.	magister farmasi	C	NEWS
M.Phil.	master of philosophy	C	NEWS
M.P.H.	master of public health	C	NEWS
LL.M.	master of laws	C	NEWS
S.I.K.	sarjana ilmu kepolisian (AKBP …, S.I.K.)	C	NEWS
S.Ked.	sarjana kedokteran	C	NEWS
S.Kep.	sarjana keperawatan	C	NEWS
S.Farm.	sarjana farmasi	C	NEWS
S.Kes.	sarjana kesehatan	C	NEWS
S.Gz.	sarjana gizi	C	NEWS
S.P.	sarjana pertanian	C	NEWS
S.Pt.	sarjana peternakan	C	NEWS
S.Hut.	sarjana kehutanan	C	NEWS
S.Ak.	sarjana akuntansi	C	NEWS
S.Th.	sarjana teologi	C	NEWS
S.Tr.	sarjana terapan	C	NEWS
S.Ds.	sarjana desain	C	NEWS
S.Sn.	sarjana seni	C	NEWS
S.H.I.	sarjana hukum Islam	C	NEWS
S.Pd.I.	sarjana pendidikan Islam	C	NEWS
S.I.Kom.	sarjana ilmu komunikasi	C	NEWS
Sp.PD.	spesialis penyakit dalam	C	NEWS
Sp.OG.	spesialis obstetri dan ginekologi	C	NEWS
Sp.B.	spesialis bedah	C	NEWS
Sp.JP.	spesialis jantung dan pembuluh darah	C	NEWS
Sp.KJ.	spesialis kedokteran jiwa	C	NEWS
Sp.M.	spesialis mata	C	NEWS
Sp.P.	spesialis paru	C	NEWS
Sp.S.	spesialis saraf	C	NEWS
Sp.N.	spesialis neurologi	C	NEWS
Sp.An.	spesialis anestesi	C	NEWS
Sp.Rad.	spesialis radiologi	C	NEWS
Sp.KK.	spesialis kulit dan kelamin	C	NEWS
Sp.DVE.	spesialis dermatologi, venereologi dan estetika	C	NEWS
Sp.U.	spesialis urologi	C	NEWS
Sp.GK.	spesialis gizi klinik	C	NEWS
Th.	tahun (UU No. 1 Th. 2023)	C	NEWS
Pj.	penjabat (Pj. Gubernur)	P	NEWS
Plh.	pelaksana harian (Plh. Sekda)	P	NEWS
Gn.	gunung (Gn. Semeru)	P	NEWS
Km.	kilometer (Tol Cipali Km. 102; ends a sentence only before a capital)	C	NEWS
Jr.	junior (a name suffix: Vinicius Jr.; before a capital it follows mask.ts rule 12)	C	NEWS
QS.	Qur'an surah (QS. Al-Baqarah ayat 183)	P	NEWS
feat.	featuring (Tulus feat. Raisa)	P	NEWS
Vol.	volume (Nada-nada Kecil Vol. 2)	P	NEWS
T.A.	tahun anggaran / tahun ajaran (Semester Ganjil T.A. 2026/2027)	C	NEWS
Lc.	licence, a degree of Middle Eastern universities (Abdul Somad, Lc., M.A.)	C	NEWS
Ns.	ners, a nurse's professional title, after the degree (S.Kep., Ns.) or before the name (Ns. Dewi Lestari, S.Kep.: mask.ts rule 16)	C	NEWS
Univ.	universitas (Univ. of Melbourne, Univ. Gadjah Mada)	P	NEWS
Fak.	fakultas (Fak. Ekonomi)	P	NEWS
NIP.	nomor induk pegawai (NIP. 19650312 199003 1 002 goes on; before a capital the sentence ends: … belum punya NIP. Ia …)	C	NEWS
NRP.	nomor registrasi pokok, a police officer's or a soldier's number (NRP. 87050123)	C	NEWS
Sr.	suster, a nun's title (Sr. Maria Goretti), and senior after a name (Robert Downey Sr.): before a capital it follows mask.ts rule 12	P	NEWS
Br.	bruder, a brother's title (Br. Yohanes), and banjar in Bali's addresses (Br. Candikuning)	P	NEWS
Cand.	kandidat, a doctoral candidate's mark (Dr. (Cand.) I Made Ariawan)	P	NEWS
Ec.	ekonomi, in Drs. Ec. (Drs. Ec. H. Suharto)	P	NEWS
Letjen.	letnan jenderal (Jl. Letjen. S. Parman)	P	NEWS
Mayjen.	mayor jenderal	P	NEWS
Brigjen.	brigadir jenderal	P	NEWS
Letkol.	letnan kolonel	P	NEWS
Alm.	almarhum, before the name of the dead (putra Alm. K.H. Abdul Ghofur)	P	NEWS
Almh.	almarhumah	P	NEWS
Ng.	ngabehi, a Javanese title written apart (R. Ng. Ronggowarsito; R.Ng. above)	P	NEWS
Gen.	generasi / generation before its number or letter (Snapdragon 8 Gen. 2, Gen. Z)	P	NEWS
RT.	rukun tetangga (RT. 03 RW. 05; ends a sentence only before a capital: … ketua RT. Ia …)	C	NEWS
RW.	rukun warga (RW. 05)	C	NEWS
SWT.	subhanahu wa ta'ala, after Allah (Allah SWT. berfirman …; PUEBI writes swt.)	C	NEWS
SAW.	shallallahu 'alaihi wasallam, after the Prophet's name (Nabi Muhammad SAW. bersabda …; PUEBI writes saw.)	C	NEWS
H.C.	honoris causa, a doctor's title before the name (Prof. Dr. (H.C.) K.H. Ma'ruf Amin; probe 10)	P	NEWS
`;

/**
 * Abbreviations matched in exactly this case (src/segment/mask.ts rule 9), not case-insensitively
 * as the list above: in another case they are acronyms that do end sentences — `PKL` (pedagang kaki
 * lima), `PK` (peninjauan kembali), `SPT` (a tax return), `BP`, `MS`, `WB` — so `pkl. 19.30` and
 * `Mr. Silva` hold together while `… 920 PKL. Ditambahkan …` still ends a sentence. Informal
 * writing's short forms (`spt.`, `dgn.`, `thn.`, `mis.`, `maks.`, `mnt.`), the legal `jo.`, the taxonomic `sp.`, `var.` and `subsp.`, a citation's `et al.`, a recipe's
 * measures (`sdm.`, `sdt.`, `gr.`) and the parts of doctors' titles (`Dr. rer. nat.`) are listed in small letters only. `r.a.` (radhiyallahu anhu, after a companion's name) is the one word here that the list
 * above holds in another case (`R.A.`, raden ayu, class P): in small letters it ends a sentence before a
 * capital (`… Aisyah r.a. Doa itu …`).
 */
export const EXACT_ABBREVIATIONS_TSV = `abbr	expansion	class	sources
pk.	pukul (pk. 10.00)	P	NEWS
pkl.	pukul	P	NEWS
Pk.	pukul	P	NEWS
Pkl.	pukul	P	NEWS
Bp.	bapak	P	NEWS
spt.	seperti	P	NEWS
dgn.	dengan	P	NEWS
utk.	untuk	P	NEWS
krn.	karena	P	NEWS
tdk.	tidak	P	NEWS
sbg.	sebagai	P	NEWS
mis.	misalnya (mis. Jepang, Tiongkok)	P	NEWS
jo.	juncto (Pasal 378 KUHP jo. Pasal 55)	P	NEWS
ttg.	tentang	P	NEWS
maks.	maksimal (maks. 4 tahun)	C	NEWS
thn.	tahun	C	NEWS
bln.	bulan	C	NEWS
jt.	juta (Rp 5 jt. per unit)	C	NEWS
rb.	ribu (Rp 500 rb. per bulan)	C	NEWS
rek.	rekening (ditransfer ke rek. BRI No. …; probe 9)	P	NEWS
Rek.	rekening (No. Rek. 4125-01-…)	P	NEWS
Wr.	warahmatullahi (Wr. Wb.)	P	NEWS
Wb.	wabarakatuh	C	NEWS
Mr.	mister (English title in Indonesian news)	P	NEWS
Mrs.	missus	P	NEWS
Ms.	miss	P	NEWS
Apt.	apoteker (title after a name)	C	NEWS
apt.	apoteker, the title before a name (apt. Rina Sari, S.Farm.; mask.ts rule 16)	C	NEWS
Tk.	tingkat (Pembina Tk. I; in capitals TK is taman kanak-kanak)	P	NEWS
Tsk.	tersangka, a police report's suspect: before initials or a name it goes on (Tsk. AS ditangkap …; probe 11), before a word that opens sentences it ends one (mask.ts rule 12); in capitals TSK is an acronym	C	NEWS
r.a.	radhiyallahu anhu (Umar bin Khattab r.a.; in capitals R.A. is raden ayu, class P)	C	NEWS
mnt.	menit (selama 30 mnt. hingga …)	C	NEWS
dtk.	detik	C	NEWS
sp.	species (Oreophryne sp. nov.; in capitals SP is an acronym)	C	NEWS
spp.	species (plural)	C	NEWS
var.	varietas, a plant variety before its name (Oryza sativa var. Ciherang)	P	NEWS
subsp.	subspecies (Oryza sativa subsp. japonica)	P	NEWS
al.	alii, in et al. after an author's name (Thomson et al. (2010) memetakan …; ends a sentence only before a capital)	C	NEWS
Eng.	engineering: in a doctor's title after a title of class P it goes on (Prof. Dr. Eng. Ayu Lestari), after a name it is a degree (…, IPU, ASEAN Eng. Ia …)	C	NEWS
Dr.rer.nat.	doctor rerum naturalium	P	NEWS
Dr.rer.pol.	doctor rerum politicarum	P	NEWS
Cok.	Cokorda, a Balinese title (Cok. Ace; in small letters cok is a curse word)	P	NEWS
Tjok.	Tjokorda (Tjok. Oka)	P	NEWS
sdm.	sendok makan (2 sdm. kecap)	C	NEWS
sdt.	sendok teh (1 sdt. garam)	C	NEWS
gr.	gram (250 gr. tepung)	C	NEWS
btr.	butir (2 btr. telur)	C	NEWS
rer.	rerum, in a doctor's title (Dr. rer. nat., Dr. rer. pol.)	P	NEWS
nat.	naturalium, after rer. (Dr. rer. nat. Hendra Gunawan)	P	NEWS
soc.	socialium, after rer. (Dr. rer. soc.)	P	NEWS
`;

export type AbbreviationClass = "P" | "C";

export interface Abbreviation {
  readonly abbr: string;
  readonly expansion: string;
  readonly cls: AbbreviationClass;
  readonly sources: readonly string[];
}

export function parseAbbreviations(tsv: string): Abbreviation[] {
  const rows = tsv.split("\n").filter((l) => l.trim() !== "");
  const header = rows.shift()!.split("\t");
  const at = (name: string) => header.indexOf(name);
  return rows.map((row) => {
    const f = row.split("\t");
    const cls = f[at("class")];
    if (cls !== "P" && cls !== "C") throw new Error(`abbreviation ${f[0]}: bad class ${cls}`);
    return { abbr: f[at("abbr")]!, expansion: f[at("expansion")]!, cls, sources: f[at("sources")]!.split(";") };
  });
}

export const ABBREVIATIONS: readonly Abbreviation[] = parseAbbreviations(ABBREVIATIONS_TSV);

export const EXACT_ABBREVIATIONS: readonly Abbreviation[] = parseAbbreviations(EXACT_ABBREVIATIONS_TSV);
