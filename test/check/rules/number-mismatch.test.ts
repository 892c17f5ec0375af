import { compareNumbers, extractNumbers, type NumberToken } from "../../../src/text/numbers";
import check, { keptIndonesianFormat, pairRanges, unitChanges } from "../../../src/check/rules/number-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Sebanyak 11.000 kontainer dikirim.", target: "As many as 11,000 containers were shipped." },
    // (relative days rendered with the same count: no finding)
    ...([
      ["\"Tiket dibeli paling lambat H-1,\" ujar Heru.", "\"Tickets must be bought a day before departure at the latest,\" Heru said."],
      ["\"Tiket dibeli paling lambat H-1,\" ujar Heru.", "\"Tickets must be bought the day before at the latest,\" Heru said."],
      ["Arus mudik memuncak sehari sebelumnya.", "Traffic peaked the previous day."],
      ["Arus mudik memuncak pada H-2.", "Traffic peaked two days earlier."],
      ["Pemungutan suara digelar dua hari setelah debat.", "The vote was held two days after the debate."],
      ["Hasilnya diumumkan lusa.", "The results will be announced the day after tomorrow."],
    ] as const).map(([source, target]) => ({ source, target, name: `a relative day kept: ${target}` })),
    { source: "Timnas Indonesia ditahan imbang Vietnam 0-0 di Hanoi.", target: "Vietnam held Indonesia to a goalless draw in Hanoi.", name: "a 0-0 score said in a word" },
    { source: "Laga itu berakhir 0–0.", target: "The match ended in a scoreless tie.", name: "a 0–0 score (en dash) said in a word" },
    { source: "Inflasi naik 2,5 persen.", target: "Inflation rose 2.5%." },
    { source: "Sebanyak 1,5 juta warga.", target: "Some 1.5 million residents." },
    { source: "kunjungan pertamanya dalam 24 tahun", target: "his first visit in 24 years" },
    { source: "Pada 19 Juni 2024 ia tiba.", target: "He arrived on June 19, 2024." },
    { source: "Pada 19 Juni 2024 ia tiba.", target: "He arrived on 19 June 2024." },
    { source: "Kunjungan itu (13/9/2023) penting.", target: "The visit (Sept. 13, 2023) mattered." },
    { source: "selama dua dekade", target: "for two decades" },
    { source: "pukul 10.30 WIB", target: "at 10:30 a.m. local time" },
    { source: "salah satu negara", target: "one of the countries" },
    { source: "kedua negara", target: "both countries", name: "a word-number may vanish" },
    { source: "Ini merupakan kekalahan ketiganya musim ini.", target: "It was their third defeat this season.", name: "an ordinal with -nya" },
    { source: "Kecelakaan itu menewaskan ketiganya.", target: "The crash killed all three.", name: "-nya after a verb: the three, no ordinal" },
    { source: "Sebanyak 12 orang luka-luka dan 2 orang meninggal dalam kebakaran itu.", target: "Two people died and 12 were injured in the fire.", name: "numbers reordered with their words: no swap" },
    { source: "Ekspor naik 5 persen, sedangkan impor turun 3 persen.", target: "Imports fell 3 percent while exports rose 5 percent.", name: "clauses reordered: no swap" },
    { source: "Tabrakan itu menewaskan 4 orang dan melukai 7 lainnya.", target: "Seven people were injured and four killed in the crash.", name: "passive and reordered: no swap" },
    { source: "Romania kalah 0-1 dari Israel.", target: "Romania lost 1-0 to Israel.", name: "a score's numbers are in one clause: no swap" },
    { source: "Korea Utara mengecam.", target: "" },
    { source: "peringatan 70 tahun gencatan senjata", target: "the 70th anniversary of the armistice", name: "a number rendered as the ordinal of the same value" },
    { source: "DKI Genjot Target 2,3 Juta Wisman", target: "City Targeted 2.3 Million Foreign Tourists", name: "scale words capitalised in a headline" },
    { source: "Inflasi 3 Persen", target: "Inflation at 3 Per Cent", name: "percent words capitalised in a headline" },
    { source: "mencapai 51% dari total", target: "accounted for fifty-one per-cent of the total", name: "per-cent with a hyphen" },
    // a range sharing its unit, on either side
    { source: "Inflasi naik dari 5 persen menjadi 10 persen.", target: "Inflation rose from 5 to 10 percent.", name: "from 5 to 10 percent" },
    { source: "Suku bunga antara 6 persen dan 7 persen.", target: "Rates between 6 and 7 percent." },
    { source: "Jumlahnya 5 juta hingga 7 juta orang.", target: "The number is 5 to 7 million people." },
    { source: "Pertumbuhan 5 hingga 6 persen.", target: "Growth of 5 percent to 6 percent." },
    { source: "Antara 2 dan 3 miliar dolar AS.", target: "Between US$2 billion and US$3 billion." },
    { source: "Dari 1,5 hingga 2 triliun.", target: "From 1.5 to 2 trillion." },
    {
      source: "Defisit menurun dari Rp58,3 triliun atau 1,5 persen menjadi Rp49,5 triliun atau 1,3 persen.",
      target: "The deficit fell to Rp49.5 trillion, or 1.3 percent, from Rp58.3 trillion, or 1.5 percent.",
      name: "a number with its own unit before 'atau' keeps it; numbers paired as written stay paired",
    },
    { source: "Musim 2023/2024 berakhir.", target: "The 2023-24 season ended.", name: "a range of years shortening its second" },
    // `1 jam 12 menit` is a span (no clock `jam 12`), its `1` an `an hour`; days as weeks and back
    { source: "Christie menang 21-17, 19-21, 21-15 dalam waktu 1 jam 12 menit.", target: "Christie won 21-17, 19-21, 21-15 in an hour and 12 minutes.", name: "1 jam 12 menit = an hour and 12 minutes" },
    { source: "Kontrak itu berlaku 1 tahun.", target: "The contract runs for a year." },
    // a GMT time the English adds in brackets is the source's time in its zone (WIB +7, WITA +8, WIT +9)
    { source: "Gempa terjadi pukul 15.00 WIB di Maluku.", target: "The quake struck at 3 p.m. local time (0800 GMT) in Maluku.", name: "15.00 WIB = 0800 GMT" },
    { source: "Gempa terjadi pukul 15.00 WIT di Maluku.", target: "The quake struck at 3 p.m. local time (0600 GMT) in Maluku.", name: "15.00 WIT = 0600 GMT" },
    { source: "Rapat dimulai 09.30 WITA.", target: "The meeting began at 9:30 a.m. (01:30 UTC).", name: "09.30 WITA = 01:30 UTC" },
    { source: "Ledakan terjadi pukul 03.00 WIB.", target: "The blast happened at 3 a.m. (2000 GMT).", name: "03.00 WIB = 2000 GMT the day before" },
    { source: "Ledakan terjadi pukul 10.30 malam WIB.", target: "The blast happened at 10:30 p.m. (1530 GMT).", name: "10.30 malam WIB = 1530 GMT (the number reader's clock, evening included)" },
    { source: "Rapat dimulai pukul 09.30.", target: "The meeting began at 9:30 a.m. (0230 GMT).", name: "a time without its zone: the GMT is not read" },
    // a version or an address copied as written: no numbers to compare
    { source: "Aplikasi itu kini versi 4.2.1 dan berukuran 150 MB.", target: "The app is now at version 4.2.1 and takes 150 MB.", name: "a version copied" },
    { source: "Server di 192.168.1.1 mati.", target: "The server at 192.168.1.1 went down.", name: "an address copied" },
    // weekdays: the source's kept, left out or joined by another, or "Minggu" as a week
    { source: "Sidang digelar Kamis (10/12/2026).", target: "The hearing was held on Thursday, Dec. 10, 2026." },
    { source: "Sidang digelar Kamis (10/12/2026).", target: "The hearing was held on Dec. 10, 2026.", name: "a weekday left out" },
    { source: "Minggu lalu, polisi menangkap dua tersangka pada Senin malam.", target: "Last week, police arrested two suspects on Monday night.", name: "Minggu as a week" },
    { source: "Rapat digelar Senin (1/12/2025) di Jakarta.", target: "The meeting was held on Monday, Dec. 1, 2025, in Jakarta.", name: "a weekday and its date that agree" },
    { source: "Rapat digelar Senin pagi (1/12/2025).", target: "The meeting was held on Monday morning, Dec. 1, 2025." },
    { source: "Rapat digelar Kamis (4/12) di Jakarta.", target: "The meeting was held on Thursday, Dec. 4, in Jakarta.", name: "a date without its year: its weekday is not judged" },
    { source: "Pasar buka Senin-Jumat.", target: "The market opens Monday to Friday." },
    { source: "Masa tanggap darurat diperpanjang selama 14 hari ke depan.", target: "The emergency response period was extended by two weeks.", name: "14 days as two weeks" },
    { source: "Pasien dirawat selama dua pekan.", target: "The patient was treated for 14 days." },
    // the same unit of measure in another form, a conversion in brackets, another dimension
    { source: "Atlet itu mengangkat total 302 kg di kelas 61 kg.", target: "He lifted a total of 302 kilograms in the 61-kilogram class.", name: "kg as kilograms, hyphenated" },
    { source: "Kapal itu tenggelam sekitar 2 mil laut dari pantai.", target: "The boat sank about two nautical miles off the coast." },
    { source: "Angin kencang berkecepatan 60 km/jam.", target: "Winds of 60 kph.", name: "km/jam as kph" },
    { source: "Bus itu melaju 90 kilometer per jam.", target: "The bus was travelling at 90 km/h.", name: "kilometer per jam as km/h" },
    { source: "Bus itu melaju 90 kilometer per jam.", target: "The bus was travelling at 90 kilometres an hour.", name: "kilometer per jam as kilometres an hour" },
    { source: "Jarak kedua kota sekitar 150 kilometer.", target: "The two cities are about 150 km (93 miles) apart.", name: "a conversion in brackets" },
    { source: "Kadar gula darahnya 250 mg/dL.", target: "His blood sugar level was 250 mg/dL." },
    { source: "Jaringan 5G sudah menjangkau 5 kota.", target: "5G covers 5 cities.", name: "5G is no gram" },
    { source: "Suhu tubuhnya 39,5 derajat Celsius.", target: "His temperature was 39.5°C." },
    { source: "Tahun anggaran 2023-2024.", target: "Fiscal year 2023/24." },
    // a span of time or a half written in another form
    { source: "Ia divonis 4 tahun 6 bulan penjara.", target: "He was sentenced to four and a half years in prison.", name: "years and months as years and a half" },
    { source: "Ia divonis 1,5 tahun penjara.", target: "He was sentenced to 18 months in prison." },
    { source: "Mereka menunggu selama 2,5 bulan di Yordania.", target: "They waited for two and a half months in Jordan." },
    { source: "Satu setengah tahun lalu ia pindah.", target: "He moved a year and a half ago." },
    { source: "Ia ditahan 6 bulan.", target: "He was held for half a year." },
    { source: "Ia dipenjara 2 tahun.", target: "He was jailed for 24 months." },
    { source: "Setengah abad lalu.", target: "Fifty years ago." },
    // fractions: the same fraction, a fraction of a scale, as a percentage, of an hour, of a century
    { source: "Dua pertiga wartawan tewas dibunuh.", target: "Two-thirds of the journalists were murdered." },
    { source: "Kematian ibu bisa dipangkas hingga hampir sepertiga.", target: "Maternal deaths could be cut by almost a third." },
    { source: "Lebih dari setengah juta orang mengungsi.", target: "More than 500,000 people fled.", name: "setengah juta = 500,000" },
    { source: "Lebih dari satu setengah juta orang mengungsi.", target: "More than 1.5 million people fled." },
    { source: "Jumlahnya mencapai 6,5 juta orang.", target: "It reached six-and-a-half-million people." },
    { source: "Separuh warga memilih.", target: "50 percent of the residents voted.", name: "a half as a percentage" },
    { source: "Sepertiga warga memilih.", target: "33 percent of the residents voted." },
    { source: "Suku bunga naik 0,25%.", target: "The rate rose by a quarter of a percent." },
    { source: "Api dipadamkan setengah jam kemudian.", target: "The fire was put out 30 minutes later.", name: "half an hour in minutes" },
    { source: "Ia memimpin selama seperempat abad.", target: "He led for 25 years.", name: "a quarter of a century in years" },
    { source: "Ia setengah hati mendukung 3 rencana itu.", target: "He reluctantly backed the three plans.", name: "an idiom with setengah is no number" },
    { source: "Ia lolos ke babak perempat final.", target: "She reached the quarter-finals." },
    // the same currency, or another added as a conversion, or both in the source
    { source: "Kerugian ditaksir Rp 300 miliar.", target: "Losses are estimated at 300 billion rupiah." },
    { source: "Biayanya Rp 1,2 miliar.", target: "It cost Rp 1.2 billion (US$ 77,000).", name: "a conversion in brackets" },
    { source: "Nilai proyek itu US$ 1,2 miliar atau sekitar Rp 19,6 triliun.", target: "The project is worth $1.2 billion, or about Rp 19.6 trillion." },
    { source: "Nilai ekspor mencapai 1,5 juta dolar AS.", target: "Exports were worth $1.5 million." },
    { source: "Rupiah melemah ke Rp 16.350 per dolar AS.", target: "The rupiah weakened to 16,350 per US dollar.", name: "a rate: the amount has no currency in the English" },
    { source: "Dua abad lalu.", target: "200 years ago." },
    { source: "Selama dua dasawarsa.", target: "For 20 years.", name: "dasawarsa, a decade" },
    // a conversion the English adds in brackets
    { source: "Gempa terjadi pukul 19.30 WIB.", target: "The quake struck at 7:30 p.m. (1230 GMT)." },
    { source: "Harganya Rp 15.000 per kg.", target: "It costs Rp 15,000 (about US$1) per kg." },
    { source: "Anggaran Rp 1.000 triliun.", target: "The budget is Rp 1,000 trillion ($64 billion)." },
    { source: "Kursnya Rp 15.600.", target: "The rate was Rp 15,600 ($1 = 15,600 rupiah)." },
    // a conversion to US units in brackets
    { source: "Ketinggian air di permukiman mencapai 3 meter.", target: "The water in residential areas rose to 3 meters (10 feet)." },
    { source: "Jalan tol itu sepanjang 50 kilometer.", target: "The toll road is 50 kilometers (about 31 miles) long." },
    { source: "Suhu mencapai 30 derajat Celsius.", target: "The temperature reached 30 degrees Celsius (86 degrees Fahrenheit)." },
    { source: "Suhu mencapai 30 derajat Celsius.", target: "The temperature reached 30C (86F)." },
    { source: "Ikan itu seberat 100 kilogram.", target: "The fish weighed 100 kilograms (220 pounds)." },
    { source: "Lahan seluas 10 hektare terbakar.", target: "Fire destroyed 10 hectares (25 acres) of land." },
    { source: "Tangki berisi 100 liter air.", target: "The tank held 100 liters (26 gallons) of water." },
    { source: "Rudal itu terbang sejauh 800 kilometer.", target: "The missile flew 800 kilometers (500-mile)." },
    { source: "Gelombang setinggi 2 hingga 3 meter.", target: "Waves 2 to 3 meters (6.5-10 feet) high." },
    // clock times of a range or a list after `pukul`, noon and midnight
    { source: "Pemungutan suara berlangsung mulai pukul 07.00 hingga 13.00 waktu setempat.", target: "Voting runs from 7 a.m. to 1 p.m. local time." },
    { source: "Pemungutan suara berlangsung pukul 07.00 hingga 13.00.", target: "Voting runs from 7 a.m. to 1 p.m.", name: "a sentence-final 13.00. is one time" },
    { source: "Ganjil genap berlaku pukul 06.00-10.00 dan 16.00-21.00 WIB.", target: "The odd-even rule applies from 6 a.m. to 10 a.m. and from 4 p.m. to 9 p.m." },
    {
      source: "Sampah diangkat pukul 08.00 sampai 09.30, lalu pukul 13.00 hingga 14.30, dan 19.00 sampai 20.30.",
      target: "The waste is collected from 8 AM to 9.30 AM, then 1 PM to 2.30 PM and 7 PM to 8.30 PM.",
    },
    { source: "Toko itu buka pukul 10.00 hingga 22.00.", target: "The shop opens from 10:00 to 22:00." },
    { source: "TPS ditutup 13.00 waktu setempat.", target: "Polling stations closed at 1pm local time." },
    { source: "Rapat dimulai pukul 12.00 WIB.", target: "The meeting began at noon." },
    { source: "Rapat dimulai pukul 24.00 WIB.", target: "The meeting began at midnight." },
    { source: "Malam tahun baru dirayakan pukul 00.00.", target: "New Year's Eve was celebrated at 12 midnight." },
    { source: "Pesawat mendarat sekitar pukul 15.30.", target: "The plane landed at about 3:30 in the afternoon." },
    { source: "Indeks saham naik 13.00 poin.", target: "The stock index rose 13 points.", name: "a bare HH.MM after no time is a number" },
    { source: "Korban tewas akibat gempa pada tengah malam mencapai 12 orang.", target: "The midnight quake killed 12 people.", name: "midnight with no time in the source is no extra number" },
    // a range of days in one month
    { source: "Pendaftaran dibuka pada 1-15 Maret 2027.", target: "Registration is open from March 1 to 15, 2027." },
    { source: "Pendaftaran dibuka pada 1-15 Maret 2027.", target: "Registration is open March 1-15, 2027." },
    { source: "Pendaftaran dibuka pada 1 hingga 15 Maret 2027.", target: "Registration is open from March 1 to 15, 2027." },
    { source: "Pendaftaran dibuka pada 1 hingga 15 Maret 2027.", target: "Registration is open from 1 to 15 March 2027." },
    { source: "Pendaftaran dibuka pada 1 hingga 15 Maret.", target: "Registration is open March 1-15." },
    { source: "Pameran berlangsung antara 1 dan 15 Maret.", target: "The fair runs between March 1 and March 15." },
    { source: "Sebanyak 2 hingga 3 orang tewas pada 5 Maret.", target: "Two to three people died on March 5." },
    { source: "Festival berlangsung 24 sampai 3 Oktober.", target: "The festival runs from 24 to 3 October.", name: "a range ending on an earlier day: its first day is a number" },
    // `2x24 jam`: 48 hours
    { source: "Polisi memberi waktu 2x24 jam kepada pelaku untuk menyerahkan diri.", target: "Police gave the perpetrator 48 hours to turn himself in." },
    { source: "Warga diberi waktu 3 x 24 jam untuk mengosongkan rumah.", target: "Residents were given 72 hours to leave their homes." },
    { source: "Laporan harus dibuat dalam 1x24 jam.", target: "Reports must be filed within 24 hours." },
    { source: "Polisi memberi waktu 2x24 jam kepada pelaku.", target: "Police gave the perpetrator two days." },
    // a unit of time kept, or the span written in another unit
    { source: "Ia divonis 6 tahun penjara.", target: "He was sentenced to six years in prison." },
    { source: "Remaja berusia 17 tahun itu ditangkap.", target: "The 17-year-old was arrested." },
    { source: "Ia divonis 4 tahun 6 bulan penjara.", target: "He was sentenced to four years and six months in prison." },
    { source: "Ia divonis 5 tahun, rekannya 5 bulan.", target: "His partner got 5 months, he got 5 years.", name: "the same number in two units, in another order" },
    { source: "Pencarian berlangsung sepekan.", target: "The search lasted seven days." },
    { source: "Dua minggu lalu ia tiba.", target: "He arrived two weeks ago." },
    { source: "Aturan itu tercantum dalam UU Nomor 1 Tahun 2023.", target: "The rule is set out in Law No. 1 of 2023, one year on.", name: "Tahun before a year is no unit" },
    // a number written the English way
    { source: "Harga cabai naik menjadi Rp 18.000 per kilogram.", target: "The price of chili rose to Rp 18,000 per kilogram." },
    // Roman numerals are ordinals: as digits, ordinal words or numerals (a single letter only after a word numbering with them)
    { source: "Status Gunung Merapi tetap di Level III (Siaga).", target: "Mount Merapi remains at alert Level 3.", name: "a Roman numeral as digits" },
    { source: "Bab IV laporan itu membahas dampak lingkungan.", target: "Chapter 4 of the report deals with the environmental impact." },
    { source: "Ekonomi tumbuh 5,1 persen pada kuartal III 2026.", target: "The economy grew 5.1 percent in the third quarter of 2026.", name: "a Roman numeral as an ordinal word" },
    { source: "Sekolah itu menampung 1.200 siswa dari kelas VII hingga IX.", target: "The school has 1,200 pupils in grades seven to nine." },
    { source: "Perang Dunia I berakhir pada 1918.", target: "World War I ended in 1918.", name: "a single letter after its word, on both sides" },
    { source: "Paus Leo XIV dijadwalkan mengunjungi Jakarta.", target: "Pope Leo XIV is scheduled to visit Jakarta." },
    { source: "Saya tiba pukul 10.00 WIB.", target: "\"I arrived at 10 a.m.,\" she said.", name: "the pronoun I is no numeral" },
    { source: "Pemenang tender adalah CV Maju Jaya dan XL Axiata.", target: "The tender went to CV Maju Jaya and XL Axiata.", name: "CV and XL are names" },
    { source: "Target penerimaan pajak ditetapkan Rp2.189 triliun.", target: "The tax revenue target was set at 2.189 quadrillion rupiah.", name: "quadrillion" },
    { source: "Ekspor nikel naik dari 12 juta ton pada 2021 menjadi 15 juta ton pada 2022.", target: "Nickel exports rose to 15 million tons in 2022 from 12 million tons in 2021.", name: "figures reordered with their years" },
    { source: "Bantul mencatat 9 kasus, sedangkan Sleman 6 kasus.", target: "Sleman recorded six cases, while Bantul recorded nine.", name: "figures reordered with their names" },
    { source: "Arema kalah 1-3 dari Persik di Kediri, sedangkan Persib menang 2-0.", target: "Arema lost 3-1 to Persik in Kediri, while Persib won 2-0.", name: "a score's sides are no figures with names" },
  ],
  invalid: [
    // (a relative day rendered as another: one finding naming what the reader sees, `H-1`, not its `1`)
    ...([
      ["\"Tiket dibeli paling lambat H-1,\" ujar Heru.", "\"Tickets must be bought two days before at the latest,\" Heru said.", "H-1", "two days before", "-1", "-2", "error"],
      ["Arus mudik memuncak pada H-2.", "Traffic peaked three days before Eid.", "H-2", "three days before", "-2", "-3", "error"],
      ["Arus mudik memuncak sehari sebelumnya.", "Traffic peaked two days earlier.", "sehari sebelumnya", "two days earlier", "-1", "-2", "error"],
      ["Pemungutan suara digelar dua hari setelah debat.", "The vote was held the following day.", "dua hari setelah", "the following day", "2", "1", "error"],
      ["Hasilnya diumumkan lusa.", "The results will be announced tomorrow.", "lusa", "tomorrow", "2", "1", "warning"],
    ] as const).map(([source, target, number, rendered, value, renderedValue, severity]) => ({
      source, target, name: `a relative day changed: ${number} → ${rendered}`,
      errors: [{ messageId: "day", severity, data: { number, rendered, value, renderedValue } }],
    })),
    {
      source: "Laga itu berakhir imbang 1-1.", target: "The match ended in a goalless draw.", name: "a score of goals is no goalless draw",
      errors: [{ messageId: "missing", data: { number: "1", value: "1" } }, { messageId: "missing", data: { number: "1", value: "1" } }],
    },
    {
      source: "Tabrakan beruntun itu menewaskan 4 orang dan melukai 7 lainnya.",
      target: "The pile-up killed seven people and injured four others.",
      name: "numbers swapped between categories",
      errors: [{ messageId: "swapped", severity: "warning", data: { number: "4", other: "7", value: "4", otherValue: "7", said: "menewaskan 4 orang", otherSaid: "melukai 7 lainnya" }, source: { start: 33, end: 34 }, target: { start: 19, end: 24 } }],
    },
    {
      source: "Tim bulu tangkis membawa pulang 2 emas dan 3 perak.",
      target: "The badminton team brought home three golds and two silvers.",
      errors: [{ messageId: "swapped", data: { number: "2", other: "3", value: "2", otherValue: "3", said: "membawa pulang 2 emas", otherSaid: "3 perak" } }],
    },
    {
      source: "Korban berusia 12 tahun dan pelaku berusia 17 tahun.",
      target: "The victim was 17 and the perpetrator 12.",
      errors: [{ messageId: "swapped", data: { number: "12", other: "17", value: "12", otherValue: "17", said: "Korban berusia 12 tahun", otherSaid: "pelaku berusia 17 tahun" } }],
    },
    {
      source: "Ekspor nikel naik dari 12 juta ton pada 2021 menjadi 15 juta ton pada 2022.",
      target: "Nickel exports rose from 12 million tons in 2022 to 15 million tons in 2021.",
      name: "years swapped between two figures that kept their order",
      errors: [{ messageId: "swapped", severity: "warning", data: { number: "12 juta", other: "15 juta", value: "12000000", otherValue: "15000000", said: "12 juta ton pada 2021", otherSaid: "15 juta ton pada 2022" }, source: { start: 23, end: 30 }, target: { start: 25, end: 35 } }],
    },
    {
      source: "Bantul mencatat 9 kasus, sedangkan Sleman 6 kasus.",
      target: "Bantul recorded six cases, while Sleman recorded nine.",
      name: "names swapped between two figures that kept their order",
      errors: [{ messageId: "swapped", data: { number: "9", other: "6", value: "9", otherValue: "6", said: "Bantul mencatat 9", otherSaid: "Sleman 6" } }],
    },
    {
      source: "Medali ini menjadi emas keempatnya di ajang tersebut.",
      target: "The medal is her third gold at the event.",
      name: "an ordinal with -nya after a noun",
      errors: [
        { messageId: "missing", data: { number: "keempatnya", value: "4" }, source: { start: 24, end: 34 } },
        { messageId: "extra", data: { number: "third", value: "3" } },
      ],
    },
    {
      source: "Sebanyak 1.500 warga mengungsi.",
      target: "As many as 15,000 residents fled.",
      errors: [
        { messageId: "missing", data: { number: "1.500", value: "1500" }, source: { start: 9, end: 14 } },
        { messageId: "extra", data: { number: "15,000", value: "15000" }, target: { start: 11, end: 17 } },
      ],
    },
    {
      source: "Inflasi naik 2,5 persen.",
      target: "Inflation rose 25 percent.",
      errors: [{ messageId: "missing", data: { number: "2,5 persen", value: "2.5" } }, { messageId: "extra", data: { number: "25 percent", value: "25" } }],
    },
    { source: "selama dua dekade", target: "for three decades", errors: [{ messageId: "missing", data: { number: "dua dekade", value: "20" } }, { messageId: "extra", data: { number: "three decades", value: "30" } }] },
    { source: "Ia tiba pada 19 Juni.", target: "He arrived on June 18.", errors: [{ messageId: "missing" }, { messageId: "extra" }] },
    { source: "Ia tiba.", target: "He arrived with 300 soldiers.", errors: [{ messageId: "extra", data: { number: "300", value: "300" } }] },
    {
      source: "Ia divonis 4 tahun 6 bulan penjara.",
      target: "He was sentenced to four and a half months in prison.",
      name: "a span in the wrong unit",
      errors: [{ messageId: "missing", data: { number: "6", value: "6" } }, { messageId: "extra", data: { number: "half", value: "0.5" } }],
    },
    { source: "Setengah abad lalu.", target: "Five years ago.", errors: [{ messageId: "missing", data: { number: "Setengah", value: "0.5" } }, { messageId: "extra", data: { number: "Five", value: "5" } }] },
    {
      source: "Ia divonis 1,5 tahun penjara.",
      target: "He was sentenced to 16 months in prison.",
      errors: [{ messageId: "missing", data: { number: "1,5", value: "1.5" } }, { messageId: "extra", data: { number: "16", value: "16" } }],
    },
    { source: "Musim 2023/2024 berakhir.", target: "The 2023-25 season ended.", errors: [{ messageId: "missing", data: { number: "2024", value: "2024" } }, { messageId: "extra", data: { number: "25", value: "25" } }] },
    { source: "Jumlah korban 10 orang.", target: "The death toll was 10 (about 12).", name: "a bracket that is no conversion", errors: [{ messageId: "extra", data: { number: "12", value: "12" } }] },
    {
      source: "Jumlahnya 5 juta orang.",
      target: "The number is 5 to 7 million people.",
      name: "a range's first number takes the unit, the second is still extra",
      errors: [{ messageId: "extra", data: { number: "7 million", value: "7000000" } }],
    },
    {
      source: "Suku bunga 6 persen dan 7 persen.",
      target: "Rates of 6 and 17 percent.",
      errors: [{ messageId: "missing", data: { number: "7 persen", value: "7" } }, { messageId: "extra", data: { number: "17 percent", value: "17" } }],
    },
    {
      source: "Pemungutan suara berlangsung pukul 07.00 hingga 13.00.",
      target: "Voting runs from 7 a.m. to 3 p.m.",
      errors: [{ messageId: "missing", data: { number: "13.00", value: "13:00" } }, { messageId: "extra", data: { number: "3 p.m.", value: "15:00" } }],
    },
    {
      source: "Rapat dimulai pukul 12.00 WIB.",
      target: "The meeting began at midnight.",
      errors: [{ messageId: "missing", data: { number: "pukul 12.00 WIB", value: "12:00" } }, { messageId: "extra", data: { number: "midnight", value: "0:00" } }],
    },
    {
      source: "Pendaftaran dibuka pada 1 hingga 15 Maret 2027.",
      target: "Registration is open from March 1 to 16, 2027.",
      errors: [{ messageId: "missing", data: { number: "1 hingga 15 Maret 2027", value: "2027-03-15" } }, { messageId: "extra", data: { number: "March 1 to 16, 2027", value: "2027-03-16" } }],
    },
    {
      source: "Ketinggian air di permukiman mencapai 3 meter.",
      target: "The water in residential areas rose to 3 meters (10 floors).",
      name: "a bracket in no US unit is no conversion",
      errors: [{ messageId: "extra", data: { number: "10", value: "10" } }],
    },
    {
      source: "Polisi memberi waktu 2x24 jam kepada pelaku.",
      target: "Police gave the perpetrator 24 hours.",
      errors: [{ messageId: "missing", data: { number: "2x24 jam", value: "48" } }, { messageId: "extra", data: { number: "24", value: "24" } }],
    },
    {
      source: "Mantan kepala desa itu divonis 6 tahun penjara.",
      target: "The former village head was sentenced to six months in prison.",
      errors: [{ messageId: "unit", data: { number: "6 tahun", rendered: "six months", value: "6" }, source: { start: 31, end: 38 }, target: { start: 41, end: 51 } }],
    },
    {
      source: "Ia divonis 6 tahun penjara.",
      target: "He was sentenced to 6 months in prison.",
      name: "a unit changed where the numbers pair in order",
      errors: [{ messageId: "unit", data: { number: "6 tahun", rendered: "6 months", value: "6" } }],
    },
    {
      source: "Dalam dua pekan terakhir, sedikitnya 40 kasus demam berdarah dilaporkan.",
      target: "At least 40 dengue cases have been reported in the past two months.",
      errors: [{ messageId: "unit", data: { number: "dua pekan", rendered: "two months", value: "2" } }],
    },
    { source: "Pencarian berlangsung dua hari.", target: "The search lasted two weeks.", errors: [{ messageId: "unit", data: { number: "dua hari", rendered: "two weeks", value: "2" } }] },
    // a unit of measure changed (same dimension)
    { source: "Produksi jagung mencapai 15,2 juta ton.", target: "Corn output reached 15.2 million kilograms.", name: "a scale word between the number and its unit",
      errors: [{ messageId: "measure", data: { number: "15,2 juta ton", rendered: "15.2 million kilograms", value: "15200000" } }] },
    { source: "Satu orang tewas dan empat lainnya luka-luka.", target: "One person was killed.", name: "a count of others left out",
      errors: [{ messageId: "missing", data: { number: "empat", value: "4" } }] },
    {
      source: "Ia melompat sejauh 7,85 meter.",
      target: "He jumped 7.85 feet.",
      name: "metres rendered as feet",
      errors: [{ messageId: "measure", data: { number: "7,85 meter", rendered: "7.85 feet", value: "7.85" }, source: { start: 19, end: 29 }, target: { start: 10, end: 19 } }],
    },
    {
      source: "Pinjaman bank dengan jangka waktu 1 tahun.",
      target: "Bank credits with a term of three months.",
      name: "a 1 before a unit is still missing when the target has no `a year`",
      errors: [{ messageId: "missing", data: { number: "1", value: "1" } }, { messageId: "extra", data: { number: "three", value: "3" } }],
    },
    {
      source: "Masa tanggap darurat diperpanjang selama 14 hari.",
      target: "The emergency period was extended by three weeks.",
      errors: [{ messageId: "missing", data: { number: "14", value: "14" } }, { messageId: "extra", data: { number: "three", value: "3" } }],
    },
    { source: "Dosis harian maksimal adalah 4 gram.", target: "The maximum daily dose is 4 milligrams.", errors: [{ messageId: "measure", data: { number: "4 gram", rendered: "4 milligrams", value: "4" } }] },
    { source: "Suhu udara mencapai 38 derajat Celsius.", target: "Temperatures reached 38 degrees Fahrenheit.", errors: [{ messageId: "measure", data: { number: "38 derajat Celsius", rendered: "38 degrees Fahrenheit", value: "38" } }] },
    { source: "Gempa berada di kedalaman 10 km.", target: "The quake was 10 miles deep.", errors: [{ messageId: "measure", data: { number: "10 km", rendered: "10 miles", value: "10" } }] },
    { source: "Luas kebun sawit itu mencapai 3.200 hektare.", target: "The oil palm plantation covers 3,200 acres.", errors: [{ messageId: "measure", data: { number: "3.200 hektare", rendered: "3,200 acres", value: "3200" } }] },
    { source: "Bayi itu lahir dengan berat 2,4 kilogram.", target: "The baby was born weighing 2.4 pounds.", errors: [{ messageId: "measure", data: { number: "2,4 kilogram", rendered: "2.4 pounds", value: "2.4" } }] },
    { source: "Bus itu melaju dengan kecepatan 90 kilometer per jam.", target: "The bus was travelling at 90 miles per hour.", name: "kilometer per jam as miles per hour", errors: [{ messageId: "measure", data: { number: "90 kilometer per jam", rendered: "90 miles per hour", value: "90" } }] },
    { source: "Angin berkecepatan 60 km/jam.", target: "Winds of 60 miles per hour.", errors: [{ messageId: "measure", data: { number: "60 km/jam", rendered: "60 miles per hour", value: "60" } }] },
    {
      source: "Setengah dari anggaran itu untuk pendidikan.",
      target: "A quarter of the budget goes to education.",
      name: "a fraction changed: one finding naming both",
      errors: [{ messageId: "fraction", data: { number: "Setengah", rendered: "A quarter", value: "0.5", renderedValue: "0.25" }, source: { start: 0, end: 8 }, target: { start: 0, end: 9 } }],
    },
    { source: "Separuh dari anggaran itu untuk pendidikan.", target: "A third of the budget goes to education.", errors: [{ messageId: "fraction", data: { number: "Separuh", rendered: "A third", value: "0.5", renderedValue: "0.333333" } }] },
    { source: "Sepertiga warga tidak memilih.", target: "Half of the residents did not vote.", errors: [{ messageId: "fraction", data: { number: "Sepertiga", rendered: "Half", value: "0.333333", renderedValue: "0.5" } }] },
    { source: "Tiga perempat warga setuju.", target: "Two-thirds of the residents agreed.", errors: [{ messageId: "fraction", data: { number: "Tiga perempat", rendered: "Two-thirds", value: "0.75", renderedValue: "0.666667" } }] },
    {
      source: "Kerugian ditaksir Rp 300 triliun.",
      target: "Losses are estimated at US$300 trillion.",
      name: "another currency",
      errors: [{ messageId: "currency", data: { number: "Rp 300 triliun", rendered: "US$300 trillion", value: "300000000000000", currency: "rupiah", renderedCurrency: "dollar" }, source: { start: 18, end: 32 }, target: { start: 24, end: 39 } }],
    },
    {
      source: "Sebanyak 1.250.000 warga.", target: "Some 1,250,001 residents.", name: "Indonesian thousands are a number, not a code",
      errors: [{ messageId: "missing", data: { number: "1.250.000", value: "1250000" } }, { messageId: "extra", data: { number: "1,250,001", value: "1250001" } }],
    },
    {
      source: "Sidang digelar Kamis (10/12/2026).", target: "The hearing was held on Wednesday, Dec. 10, 2026.", name: "another weekday",
      errors: [{ messageId: "weekday", data: { number: "Kamis", rendered: "Wednesday" }, source: { start: 15, end: 20 }, target: { start: 24, end: 33 } }],
    },
    {
      source: "Gempa terjadi Kamis (4/12/2026) di Lombok.", target: "The quake struck on Thursday, Dec. 4, 2026, in Lombok.", name: "a weekday its date does not fall on, rendered as written: a warning on the source",
      errors: [{
        messageId: "weekday-date", severity: "warning",
        data: { weekday: "Kamis", weekdayEn: "Thursday", date: "4/12/2026", actual: "Jumat", actualEn: "Friday", value: "2026-12-04" },
        source: { start: 14, end: 30 },
      }],
    },
    {
      source: "Gempa terjadi Kamis (4/12/2026) di Lombok.", target: "The quake struck on Friday, Dec. 4, 2026, in Lombok.", name: "the date's own weekday in the target: no other day, the warning stays",
      errors: [{ messageId: "weekday-date", data: { weekday: "Kamis", weekdayEn: "Thursday", date: "4/12/2026", actual: "Jumat", actualEn: "Friday", value: "2026-12-04" } }],
    },
    {
      source: "Sidang digelar hari Rabu tanggal 3 Desember 2026.", target: "The hearing was held on Wednesday, Dec. 3, 2026.", name: "hari … tanggal and a month's name",
      errors: [{ messageId: "weekday-date", data: { weekday: "Rabu", weekdayEn: "Wednesday", date: "3 Desember 2026", actual: "Kamis", actualEn: "Thursday", value: "2026-12-03" }, source: { start: 20, end: 48 } }],
    },
    {
      source: "Gempa terjadi pukul 15.00 WIB di Maluku.", target: "The quake struck at 3 p.m. local time (0900 GMT) in Maluku.", name: "a GMT time that is not the source's",
      errors: [{ messageId: "gmt", data: { rendered: "(0900 GMT)", time: "pukul 15.00 WIB", expected: "0800" }, source: { start: 14, end: 29 }, target: { start: 38, end: 48 } }],
    },
    { source: "Harga tiket Rp 18.000.", target: "Tickets cost $18,000.", name: "another currency where the numbers pair in order", errors: [{ messageId: "currency", data: { number: "Rp 18.000", rendered: "$18,000", value: "18000", currency: "rupiah", renderedCurrency: "dollar" } }] },
    {
      source: "Sekitar setengah juta orang hadir.",
      target: "About a quarter of a million people attended.",
      errors: [{ messageId: "missing", data: { number: "setengah juta", value: "500000" } }, { messageId: "extra", data: { number: "a quarter of a million", value: "250000" } }],
    },
    { source: "Setengah warga memilih.", target: "25 percent of the residents voted.", errors: [{ messageId: "extra", data: { number: "25 percent", value: "25" } }] },
    {
      source: "Api dipadamkan setengah jam kemudian.",
      target: "The fire was put out 20 minutes later.",
      errors: [{ messageId: "missing", data: { number: "setengah", value: "0.5" } }, { messageId: "extra", data: { number: "20", value: "20" } }],
    },
    {
      source: "Harga cabai naik menjadi Rp 18.000 per kilogram.",
      target: "The price of chili rose to Rp 18.000 per kilogram.",
      name: "an Indonesian thousands point kept: one finding with the fix",
      errors: [{ messageId: "format", data: { number: "18.000", suggestion: "18,000", value: "18000" }, source: { start: 28, end: 34 }, target: { start: 30, end: 36 }, fix: { start: 30, end: 36, text: "18,000" } }],
    },
    { source: "Sebanyak 1.000 orang mengungsi.", target: "As many as 1.000 people fled.", errors: [{ messageId: "format", data: { number: "1.000", suggestion: "1,000", value: "1000" } }] },
    {
      source: "Ekonomi tumbuh 5,05 persen pada kuartal itu.",
      target: "The economy grew 5,05 percent in the quarter.",
      name: "an Indonesian decimal comma kept",
      errors: [{ messageId: "format", data: { number: "5,05", suggestion: "5.05", value: "5.05" }, fix: { start: 17, end: 21, text: "5.05" } }],
    },
    { source: "Nilainya Rp 1.400 triliun.", target: "It is worth Rp 1.400 trillion.", errors: [{ messageId: "format", data: { number: "1.400", suggestion: "1,400", value: "1400000000000000" } }] },
    {
      source: "Volume 52,033 juta lembar.",
      target: "A volume of 52,033 shares.",
      name: "written the English way it would still lack its million: missing and extra",
      errors: [{ messageId: "missing", data: { number: "52,033 juta", value: "52033000" } }, { messageId: "extra", data: { number: "52,033", value: "52033" } }],
    },
    {
      source: "Sebanyak 1.500 warga mengungsi.",
      target: "As many as 15.000 residents fled.",
      name: "another number in the Indonesian way is no kept number",
      errors: [{ messageId: "missing", data: { number: "1.500", value: "1500" } }, { messageId: "extra", data: { number: "15.000", value: "15" } }],
    },
    { source: "Target 2,3 Juta Wisman", target: "Target of 23 Million Tourists", errors: [{ messageId: "missing", data: { number: "2,3 Juta", value: "2300000" } }, { messageId: "extra", data: { number: "23 Million", value: "23000000" } }] },
    {
      source: "Ekonomi tumbuh 4,9 persen pada kuartal II.",
      target: "The economy grew 4.9 percent in the third quarter.",
      name: "a Roman numeral rendered as another ordinal",
      errors: [{ messageId: "missing", data: { number: "II", value: "2" }, source: { start: 39, end: 41 } }, { messageId: "extra", data: { number: "third", value: "3" }, target: { start: 36, end: 41 } }],
    },
    {
      source: "Perang Dunia II berakhir pada 1945.",
      target: "World War I ended in 1945.",
      errors: [{ messageId: "missing", data: { number: "II", value: "2" } }, { messageId: "extra", data: { number: "I", value: "1" } }],
    },
    {
      source: "Kongres VI partai itu digelar di Bali.",
      target: "The party's fifth congress was held in Bali.",
      errors: [{ messageId: "missing", data: { number: "VI", value: "6" } }, { messageId: "extra", data: { number: "fifth", value: "5" } }],
    },
    {
      source: "Target penerimaan pajak ditetapkan Rp2.189 triliun.",
      target: "The tax revenue target was set at 2.19 quadrillion rupiah.",
      name: "a quadrillion read, rounded",
      errors: [{ messageId: "missing", data: { number: "2.189 triliun", value: "2189000000000000" } }, { messageId: "extra", data: { number: "2.19 quadrillion", value: "2190000000000000" } }],
    },
  ],
});

describe("number-mismatch's in-order shortcut", () => {
  /** The check without the shortcut: every pair compared by compareNumbers. */
  function oracle(source: string, target: string): unknown[] {
    const s = extractNumbers(source, "id"), t = extractNumbers(target, "en");
    const compared = compareNumbers(s, t);
    let { missing, extra } = compared;
    // (the numbers left over are paired again with the readings of ranges)
    if (missing.length > 0 && extra.length > 0) ({ missing, extra } = pairRanges(source, target, s, t, missing, extra));
    const reportable = (t: NumberToken, others: readonly NumberToken[]) => !t.word || others.some((o) => o.kind === t.kind);
    const out: unknown[] = [...unitChanges(source, target, compared.matched)];
    const extraNumbers = extra;
    for (const t of missing) {
      const kept = keptIndonesianFormat(target, t, extra);
      if (kept === undefined) continue;
      out.push({ messageId: "format", data: { number: kept.numeral, suggestion: kept.suggestion, value: t.value }, source: { start: t.start, end: t.end }, target: { start: kept.start, end: kept.end }, fix: { start: kept.start, end: kept.end, text: kept.suggestion } });
      missing = missing.filter((m) => m !== t);
      extra = extra.filter((x) => !(x.start < kept.end && kept.start < x.end));
    }
    // (the sources here name no weekday: the dated-weekday exception never applies)
    for (const t of missing) if (reportable(t, extraNumbers)) out.push({ messageId: "missing", data: { number: t.raw, value: t.value }, source: { start: t.start, end: t.end } });
    for (const t of extra) if (reportable(t, missing)) out.push({ messageId: "extra", data: { number: t.raw, value: t.value }, target: { start: t.start, end: t.end } });
    return out;
  }
  it("reports what compareNumbers finds, numbers in and out of order, digits and words, dates, alternatives", () => {
    const id = ["1.234", "1,234", "5", "dua", "tiga", "2,5 persen", "19 Juni 2024", "ke-3", "ratusan", "10.30 WIB", "2024", "5 juta", "3 tahun", "dua pekan", "3 bulan"];
    const en = ["1,234", "1.234", "5", "two", "three", "2.5%", "June 19, 2024", "3rd", "hundreds", "10:30", "2024", "5 million", "3 years", "two weeks", "3 months", "1234"];
    let x = 5;
    const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    let reported = 0, clean = 0;
    for (let k = 0; k < 3000; k++) {
      const n = rand(4);
      const s: string[] = [], t: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = rand(id.length);
        s.push(id[w]!);
        t.push(rand(5) === 0 ? en[rand(en.length)]! : en[w]!);
      }
      if (rand(4) === 0) t.reverse();
      const source = `Menurut data ${s.join(" dan ")} orang hadir.`, target = `According to the data ${t.join(" and ")} people came.`;
      // (`swapped`, a reading of the words around the numbers, is tested on its own above)
      const got = check.check({ source, target, sourceTerms: [], targetTerms: [], concepts: undefined }, check.defaultOptions).filter((p) => p.messageId !== "swapped");
      expect({ source, target, got }).toEqual({ source, target, got: oracle(source, target) });
      if (got.length) reported++;
      else clean++;
    }
    expect(reported).toBeGreaterThan(300);
    expect(clean).toBeGreaterThan(300);
  });
});
