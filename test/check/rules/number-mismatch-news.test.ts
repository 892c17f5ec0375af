/**
 * number-mismatch on news pairs nobody tuned it for (elections, economy, disasters, law, tech): points
 * and percent, bounds turned round, a lost minus, a rise for a fall, a coordinate's hemisphere, data and
 * frequency units, units after `per`, and the
 * good renderings beside them (basis points as percentage points, a percentage as a ratio).
 */
import check from "../../../src/check/rules/number-mismatch";
import { numberNeighbours, NEAR_BOUND, NEAR_CHANGE, NEAR_HEMISPHERE, NEAR_MINUS, NEAR_POINTS, rateNearNumber } from "../../../src/check/util";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    // points and percent
    { source: "Quick count menunjukkan selisih 4,5 poin persentase antara kedua kandidat.", target: "The quick count showed a gap of 4.5 percentage points between the two candidates." },
    { source: "Elektabilitasnya naik 2 poin persentase menjadi 15 persen.", target: "His rating rose 2 percentage points to 15 percent." },
    { source: "BI Rate dipangkas 50 basis poin menjadi 5,5 persen.", target: "The BI Rate was cut by half a percentage point to 5.5 percent.", name: "basis points as percentage points" },
    { source: "Yield SUN naik 0,25 poin persentase.", target: "Government bond yields rose 25 basis points.", name: "percentage points as basis points" },
    { source: "BI memangkas suku bunga 50 basis poin.", target: "BI cut rates by 50 bps." },
    { source: "IHSG naik 1,2 persen atau 85 poin.", target: "The index rose 1.2 percent, or 85 points." },
    // a percentage as a ratio
    { source: "Sebanyak 40 persen warga belum divaksin.", target: "Four in ten residents have not been vaccinated." },
    { source: "Sekitar 40 persen anak muda aktif di media sosial.", target: "Some 4 out of 10 young people are active on social media." },
    { source: "Sebanyak 3 dari 10 pekerja bekerja di sektor informal.", target: "Thirty percent of workers are in the informal sector." },
    { source: "Sebanyak 3 dari 10 warga mengaku tidak pernah berolahraga.", target: "Three in 10 residents say they never exercise." },
    // bounds: the same way round, or on one side only
    { source: "Lebih dari 300 orang menghadiri acara itu.", target: "Over 300 people attended the event." },
    { source: "Sedikitnya 17 orang tewas dalam kecelakaan itu.", target: "At least 17 people were killed in the crash." },
    { source: "Hampir 40 persen warga belum menerima bantuan.", target: "Almost 40 percent of residents have yet to receive aid." },
    { source: "Kurang dari 10 persen jalan desa yang beraspal.", target: "Under 10 percent of village roads are paved." },
    { source: "Setiap rumah paling banyak menerima 5 paket.", target: "Each household receives no more than five packages." },
    { source: "Penahanan tidak lebih dari 3 hari.", target: "Detention may last up to three days." },
    { source: "Harga turun dari lebih dari Rp 20.000 menjadi kurang dari Rp 15.000.", target: "Prices fell from over 20,000 rupiah to under 15,000 rupiah." },
    { source: "Kurang dari 24 jam setelah gempa, bantuan tiba.", target: "Within 24 hours of the quake, aid arrived." },
    { source: "Hampir 5.000 warga mengungsi.", target: "About 5,000 residents were evacuated.", name: "a bound on one side only" },
    // a minus: kept, or said in words
    { source: "Suhu turun hingga minus 2 derajat Celsius.", target: "Temperatures dropped to minus 2 degrees Celsius." },
    { source: "Suhu di Dieng mencapai -2 derajat Celsius.", target: "Temperatures in Dieng reached two degrees below zero." },
    { source: "Pada 2020 ekonomi terkontraksi -2,07 persen.", target: "In 2020 the economy contracted 2.07 percent." },
    { source: "IHSG ditutup -0,5 persen.", target: "The index closed 0.5 percent lower." },
    { source: "Indonesia menang 2 -1 atas Thailand.", target: "Indonesia beat Thailand 2-1.", name: "the dash of a score is no minus" },
    { source: "Operasi berlangsung pukul 10.00 -12.00 WIB.", target: "The operation ran from 10 a.m. to noon.", name: "the dash of a range is no minus" },
    // units of data and frequency, units after `per`
    { source: "Ponsel itu dibekali RAM 8 GB dan memori internal 256 GB.", target: "The phone comes with 8GB of RAM and 256GB of internal storage." },
    { source: "Jaringan 5G beroperasi di frekuensi 3,5 GHz.", target: "The 5G network operates on the 3.5 GHz band." },
    { source: "Harga Pertamax Rp 12.950 per liter.", target: "Pertamax costs 12,950 rupiah a litre." },
    { source: "Upah minimum Rp 5 juta per bulan.", target: "The minimum wage is 5 million rupiah a month." },
    { source: "Bunga pinjaman 2 persen per bulan.", target: "The loan carries interest of 2 percent a month." },
    { source: "Harga daging sapi Rp 140.000 per kg.", target: "Beef costs 140,000 rupiah a kilo." },
    { source: "Produktivitas padi 5 ton per hektare.", target: "Rice yields are 5 tonnes per hectare." },
    { source: "Api dapat kami padamkan setengah jam kemudian.", target: "The fire was put out half an hour later.", name: "`an` after a number in words is no rate" },
    // the way of a change, a coordinate's hemisphere: the same, or said on one side only
    { source: "IHSG ditutup melemah 0,8 persen ke level 7.020.", target: "The index closed 0.8 percent lower at 7,020." },
    { source: "Rupiah menguat 0,3 persen ke Rp 16.200 per dolar AS.", target: "The rupiah firmed 0.3 percent to 16,200 per dollar." },
    { source: "Penjualan mobil naik tipis 0,5 persen.", target: "Car sales edged up 0.5 percent." },
    { source: "Saham teknologi merosot hingga 7 persen.", target: "Tech stocks fell by up to 7 percent.", name: "`up to` is a bound, not a rise" },
    { source: "Harga minyak naik 2 persen setelah sempat turun 1 persen.", target: "Oil rose 2 percent after falling 1 percent earlier." },
    { source: "Kasus DBD turun 30 persen dibandingkan tahun lalu.", target: "Dengue cases are down 30 percent from last year." },
    { source: "Kenaikan harga 5 persen diumumkan.", target: "A 5 percent increase was announced.", name: "a change said on one side only" },
    { source: "Pusat gempa di 8,1 LS, 115,2 BT.", target: "The epicentre was at 8.1°S, 115.2°E." },
    { source: "Gempa terjadi di 3,21 LU dan 126,7 BT.", target: "The quake struck at 3.21 degrees north latitude and 126.7 degrees east longitude." },
    // compound ordinals in words, a number of times in a word
    { source: "Pemerintah menargetkan 100 persen desa teraliri listrik.", target: "The government aims to bring electricity to all villages.", name: "100 persen as all" },
    { source: "Kita hidup di abad ke-21.", target: "We live in the twenty-first century." },
    { source: "Nigeria di urutan ke-35 negara paling korup.", target: "Nigeria ranks as the Thirty Fifth most corrupt country." },
    { source: "Dana itu naik 10 kali lipat.", target: "The fund has grown tenfold." },
    { source: "Harga naik 2 kali lipat.", target: "Prices doubled." },
    { source: "Ia sudah dua kali menjadi pelatih nasional.", target: "He has twice been national coach." },
    { source: "Produksi naik 100 kali lipat.", target: "Output rose a hundredfold." },
  ],
  invalid: [
    {
      source: "Elektabilitas partai itu naik 3,2 poin persentase menjadi 17,5 persen.",
      target: "The party's electability rose 3.2 percent to 17.5 percent.",
      errors: [{ messageId: "points", data: { number: "3,2 poin persentase", rendered: "3.2 percent", value: "3.2" }, source: { start: 30, end: 49 }, target: { start: 30, end: 41 } }],
    },
    {
      source: "Suku bunga deposito turun 25 basis poin.",
      target: "Deposit rates fell 25 percent.",
      errors: [{ messageId: "points", data: { number: "25 basis poin", rendered: "25 percent", value: "25" }, source: { start: 26, end: 39 }, target: { start: 19, end: 29 } }],
    },
    {
      source: "Tidak kurang dari 300 pengawas dikerahkan.",
      target: "Fewer than 300 supervisors were deployed.",
      errors: [{ messageId: "bound", data: { number: "Tidak kurang dari 300", rendered: "Fewer than 300", value: "300" }, source: { start: 0, end: 21 }, target: { start: 0, end: 14 } }],
    },
    {
      source: "Hampir 5.000 warga mengungsi.",
      target: "More than 5,000 residents were evacuated.",
      errors: [{ messageId: "bound", data: { number: "Hampir 5.000", rendered: "More than 5,000", value: "5000" }, source: { start: 0, end: 12 }, target: { start: 0, end: 15 } }],
    },
    {
      source: "Kerugian ditaksir lebih dari Rp 5 miliar.",
      target: "Losses are estimated at up to Rp 5 billion.",
      errors: [{ messageId: "bound", data: { number: "lebih dari Rp 5 miliar", rendered: "up to Rp 5 billion", value: "5000000000" } }],
    },
    {
      source: "Pertumbuhan ekonomi Indonesia minus 5,32 persen pada kuartal II 2020.",
      target: "Indonesia's economy grew 5.32 percent in the second quarter of 2020.",
      errors: [{ messageId: "sign", data: { number: "minus 5,32 persen", rendered: "5.32 percent", value: "5.32" }, source: { start: 30, end: 47 }, target: { start: 25, end: 37 } }],
    },
    {
      source: "Suhu di Dieng mencapai -2 derajat Celsius.",
      target: "Temperatures in Dieng reached 2 degrees Celsius.",
      errors: [{ messageId: "sign", data: { number: "-2", rendered: "2", value: "2" }, source: { start: 23, end: 25 }, target: { start: 30, end: 31 } }],
    },
    {
      source: "Laptop ini memiliki penyimpanan SSD 512 GB.",
      target: "The laptop has a 512 MB SSD.",
      errors: [{ messageId: "measure", data: { number: "512 GB", rendered: "512 MB", value: "512" }, source: { start: 36, end: 42 }, target: { start: 17, end: 23 } }],
    },
    { source: "Frekuensi radio 101,5 MHz.", target: "The radio frequency is 101.5 kHz.", errors: [{ messageId: "measure", data: { number: "101,5 MHz", rendered: "101.5 kHz", value: "101.5" } }] },
    {
      source: "Harga cabai rawit mencapai Rp 80.000 per kilogram.",
      target: "The price of bird's eye chilli reached 80,000 rupiah per gram.",
      errors: [{ messageId: "measure", data: { number: "80.000 per kilogram", rendered: "80,000 rupiah per gram", value: "80000" }, source: { start: 30, end: 49 }, target: { start: 39, end: 61 } }],
    },
    { source: "Upah minimum Rp 5 juta per bulan.", target: "The minimum wage is 5 million rupiah a year.", errors: [{ messageId: "unit", data: { number: "5 juta per bulan", rendered: "5 million rupiah a year", value: "5000000" } }] },
    {
      source: "Inflasi naik 0,2 persen dibandingkan bulan lalu.",
      target: "Inflation fell 0.2 percent from last month.",
      errors: [{ messageId: "change", data: { number: "naik 0,2 persen", rendered: "fell 0.2 percent", value: "0.2" }, source: { start: 8, end: 23 }, target: { start: 10, end: 26 } }],
    },
    {
      source: "IHSG ditutup melemah 0,8 persen.",
      target: "The index closed 0.8 percent higher.",
      errors: [{ messageId: "change", data: { number: "melemah 0,8 persen", rendered: "0.8 percent higher", value: "0.8" }, target: { start: 17, end: 35 } }],
    },
    {
      source: "Ekspor naik 5 persen, sementara impor turun 3 persen.",
      target: "Exports fell 5 percent while imports rose 3 percent.",
      errors: [
        { messageId: "change", data: { number: "naik 5 persen", rendered: "fell 5 percent", value: "5" } },
        { messageId: "change", data: { number: "turun 3 persen", rendered: "rose 3 percent", value: "3" } },
      ],
    },
    {
      source: "Gempa terjadi di 3,21 LU dan 126,7 BT.",
      target: "The quake struck at 3.21 degrees south latitude and 126.7 degrees east longitude.",
      errors: [{ messageId: "hemisphere", data: { number: "3,21 LU", rendered: "3.21 degrees south", value: "3.21" }, source: { start: 17, end: 24 }, target: { start: 20, end: 38 } }],
    },
    { source: "Pusat gempa di 8,1 LS, 115,2 BT.", target: "The epicentre was at 8.1°S, 115.2°W.", errors: [{ messageId: "hemisphere", data: { number: "115,2 BT", rendered: "115.2°W", value: "115.2" } }] },
    {
      source: "Kita hidup di abad ke-21.",
      target: "We live in the twenty-second century.",
      errors: [{ messageId: "missing", data: { number: "ke-21", value: "21" } }, { messageId: "extra", data: { number: "twenty-second", value: "22" }, target: { start: 15, end: 28 } }],
    },
    {
      source: "Aplikasi versi 3.2.1 memperbaiki celah keamanan.",
      target: "Version 3.1.2 of the app fixes a security hole.",
      name: "a version changed is one number missing and one extra (was four: 3, 2.1, 3.1, 2)",
      errors: [
        { messageId: "missing", data: { number: "3.2.1", value: "3.2.1" }, source: { start: 15, end: 20 } },
        { messageId: "extra", data: { number: "3.1.2", value: "3.1.2" }, target: { start: 8, end: 13 } },
      ],
    },
    { source: "Sebanyak 100 persen warga sudah divaksin.", target: "Ten percent of all residents have been vaccinated.", errors: [{ messageId: "missing", data: { number: "100 persen", value: "100" } }, { messageId: "extra", data: { number: "Ten percent", value: "10" } }] },
    { source: "Harga naik 2 kali lipat.", target: "Prices tripled.", errors: [{ messageId: "missing", data: { number: "2", value: "2" } }] },
    {
      source: "Anggota DPR dilantik pada Selasa (1/10/2024).",
      target: "House members were sworn in on Tuesday, Jan. 10, 2024.",
      name: "a weekday kept does not excuse its date when the target writes another",
      errors: [{ messageId: "missing", data: { number: "1/10/2024", value: "2024-10-01" } }, { messageId: "extra", data: { number: "Jan. 10, 2024", value: "2024-01-10" } }],
    },
    {
      source: "Sebanyak 4 dari 10 rumah rusak.",
      target: "Forty-five percent of houses were damaged.",
      errors: [{ messageId: "missing", data: { number: "4", value: "4" } }, { messageId: "missing", data: { number: "10", value: "10" } }],
    },
  ],
});

describe("the neighbour tests before signs, bounds, changes, hemispheres and rates", () => {
  it("flags a minus, a bound, a verb of change and a hemisphere next to a number, and only those", () => {
    expect(numberNeighbours("Suhu -3 derajat") & NEAR_MINUS).toBe(NEAR_MINUS);
    expect(numberNeighbours("tumbuh minus 5,32 persen") & NEAR_MINUS).toBe(NEAR_MINUS);
    expect(numberNeighbours("laba minus Rp 2 triliun") & NEAR_MINUS).toBe(NEAR_MINUS);
    expect(numberNeighbours("menang 2-1 dan 2 -1") & NEAR_MINUS).toBe(0);
    expect(numberNeighbours("lebih dari Rp 5 miliar") & NEAR_BOUND).toBe(NEAR_BOUND);
    expect(numberNeighbours("Hampir 5.000 warga") & NEAR_BOUND).toBe(NEAR_BOUND);
    expect(numberNeighbours("naik dari 5 persen, 3 dari 10 warga") & NEAR_BOUND).toBe(0);
    expect(numberNeighbours("IHSG naik 5 persen") & NEAR_CHANGE).toBe(NEAR_CHANGE);
    expect(numberNeighbours("turun tipis 0,1 persen") & NEAR_CHANGE).toBe(NEAR_CHANGE);
    expect(numberNeighbours("kenaikan harga 5 persen") & NEAR_CHANGE).toBe(0);
    expect(numberNeighbours("di 6,84 LS dan 107,05 BT") & NEAR_HEMISPHERE).toBe(NEAR_HEMISPHERE);
    expect(numberNeighbours("sebanyak 6 lusin") & NEAR_HEMISPHERE).toBe(0);
    expect(numberNeighbours("naik 3,2 poin persentase, 25 basis poin, 50 bps") & NEAR_POINTS).toBe(NEAR_POINTS);
    expect(numberNeighbours("poin penting: 3 persen") & NEAR_POINTS).toBe(0);
  });
  it("finds a rate only with a number shortly before per/tiap", () => {
    expect(rateNearNumber("Rp 80.000 per kilogram")).toBe(true);
    expect(rateNearNumber("Rp 5 juta rupiah setiap bulan")).toBe(true);
    expect(rateNearNumber("Rupiah menguat per hari ini.")).toBe(false);
  });
});
